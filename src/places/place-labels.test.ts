import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import * as turf from '@turf/turf';
import { LABEL_MAX_ZOOM, labelAnchor, placeLabels } from './place-labels.ts';
import type { PlaceFeature } from '../data/schema/places.ts';

const real = JSON.parse(fs.readFileSync('geodata/places.geojson', 'utf8')).features as PlaceFeature[];
const point = (id: string, lon: number, lat: number, kind: PlaceFeature['properties']['kind'] = 'town'): PlaceFeature => ({
  type: 'Feature', id,
  properties: { id, name: `Town ${id}`, nameAr: 'بلدة', kind, aliases: [id], searchAliases: [], location: { method: 'manual', note: 'a test place, nowhere' } },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('placeLabels', () => {
  it('labels every place but the countries, points before lines and areas, in the gazetteer order', () => {
    const labels = placeLabels(real).features;
    expect(labels).toHaveLength(real.filter((f) => f.properties.kind !== 'country').length);
    expect(labels.map((l) => l.properties.rank)).toEqual(labels.map((_, i) => i));
    const kinds = labels.map((l) => real.find((f) => f.id === l.id)!.geometry.type === 'Point');
    expect(kinds.indexOf(false)).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf(false))).not.toContain(true);
  });

  it('hangs a line’s label at its middle and an area’s inside it', () => {
    const euphrates = real.find((f) => f.id === 'euphrates')!;
    const [lon, lat] = labelAnchor(euphrates.geometry);
    expect(lon).toBeGreaterThan(38);
    expect(lon).toBeLessThan(41);
    expect(lat).toBeGreaterThan(34.5);
    const badiya = real.find((f) => f.id === 'badiya')!;
    expect(turf.booleanPointInPolygon(labelAnchor(badiya.geometry), badiya as never)).toBe(true);
  });

  it('keeps a lone label at every zoom, and thins ten labels on one spot to the few that fit', () => {
    const lone = placeLabels([point('a', 36, 34), point('far', 41, 37)]).features;
    expect(lone.map((l) => l.properties.minzoom)).toEqual([0, 0]);
    const crowd = placeLabels(Array.from({ length: 10 }, (_, i) => point(`c${i}`, 38 + i * 1e-4, 35))).features;
    // Four anchors around one spot: at most four labels fit at any zoom, so the others are never asked for.
    expect(crowd.filter((l) => l.properties.minzoom < LABEL_MAX_ZOOM).length).toBeLessThanOrEqual(4);
    expect(crowd[0]!.properties.minzoom).toBe(0);
  });

  it('lets a crowded label in once the zoom spreads its neighbours apart', () => {
    // Five towns within 3 km: the last has no room at the country's zoom, and room well before street level.
    const town = (lon: number, lat: number, i: number) => point(`t${i}`, lon, lat);
    const labels = placeLabels([[36.3, 33.5], [36.33, 33.5], [36.3, 33.53], [36.33, 33.53], [36.315, 33.515]].map(([lon, lat], i) => town(lon!, lat!, i))).features;
    expect(labels[0]!.properties.minzoom).toBe(0);
    expect(labels.at(-1)!.properties.minzoom).toBeGreaterThan(6);
    expect(labels.at(-1)!.properties.minzoom).toBeLessThan(LABEL_MAX_ZOOM);
  });

  it('thins the tenfold data to a fraction at the country’s zoom', () => {
    const copies = Array.from({ length: 10 }, (_, k) => real.map((f) => (k === 0 || f.geometry.type !== 'Point' ? { ...f, id: `${f.id}-${k}`, properties: { ...f.properties, id: `${f.id}-${k}` } }
      : { ...f, id: `${f.id}-${k}`, properties: { ...f.properties, id: `${f.id}-${k}` }, geometry: { type: 'Point' as const, coordinates: [f.geometry.coordinates[0] + ((k * 37) % 29 - 14) / 100, f.geometry.coordinates[1] + ((k * 53) % 31 - 15) / 100] as [number, number] } }))).flat() as PlaceFeature[];
    const labels = placeLabels(copies).features;
    const atSix = labels.filter((l) => l.properties.minzoom <= 6).length;
    expect(atSix).toBeLessThan(labels.length * 0.6);
    // The real data loses almost nothing at the same zoom.
    const realLabels = placeLabels(real).features;
    expect(realLabels.filter((l) => l.properties.minzoom <= 6).length).toBeGreaterThan(realLabels.length * 0.9);
  });
});
