/**
 * `npm run control`: writes geodata/control/towns.json and zones.json from the tables in scripts/control/,
 * and derives, once, the geometry the map colours per date (geodata/derived/control-cells.geojson: the
 * towns' Voronoi cells clipped to Syria, then the zones) and their areas (geodata/derived/control-areas.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { city, lonLat } from '../basemap/geonames.ts';
import { TOWNS } from './towns.ts';
import { ZONES } from './zones.ts';
import { EVENTS } from './events.ts';
import { derivedControlTexts } from '../../src/control/derive.ts';
import { eventPointsText } from '../../src/control/event-points.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`${file}: ${(text.length / 1024).toFixed(0)} KiB`);
};

const towns = TOWNS.map((t) => {
  const c = t.geonames ? city(t.name, 'SY', t.geonames) : null;
  return {
    id: t.id, name: t.name, coord: c ? lonLat(c) : t.at!,
    location: c ? { method: 'geonames', geonamesId: c.cityId, geonamesName: c.name } : { method: 'manual', note: t.note ?? 'placed by hand' },
    periods: t.periods,
  };
});
write('geodata/control/towns.json', `[\n${towns.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`);
write('geodata/control/zones.json', `${JSON.stringify(ZONES, null, 1)}\n`);

const syria = JSON.parse(fs.readFileSync(path.join(root, 'geodata/basemap/syria.geojson'), 'utf8')).features[0] as Feature<Polygon | MultiPolygon>;
const derived = derivedControlTexts(towns, ZONES, syria);
write('geodata/derived/control-cells.geojson', derived.cells);
write('geodata/derived/control-areas.json', derived.areas);
const periods = towns.reduce((a, t) => a + t.periods.length, 0);
console.log(`${towns.length} towns, ${periods} periods, ${periods - towns.length} changes; ${ZONES.length} zone(s); Syria ${Math.round(turf.area(syria) / 1e6)} km²`);

// Events: written as data, and as points for the map (at their place's position), each with its day number
// so that the layer's filter can show the events near the current date.
write('geodata/events.json', `[\n${EVENTS.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
const places = JSON.parse(fs.readFileSync(path.join(root, 'geodata/places.geojson'), 'utf8')).features;
write('geodata/derived/events.geojson', eventPointsText(EVENTS, places));
console.log(`${EVENTS.length} events`);

// Routes: lines of advance with a date per vertex; ends on the border are snapped onto Syria's outline.
// Their segments, each with its end day, let the map draw a route as far as the date has reached.
import { ROUTES } from './routes.ts';
import { routeSegmentsText } from '../../src/story/route-segments.ts';
const outlineLines = turf.flatten(turf.polygonToLine(syria as never) as never).features;
const snap = (p: [number, number]): [number, number] => {
  const lines = outlineLines;
  let best: [number, number] = p;
  let bestD = Infinity;
  for (const l of lines) {
    const n = turf.nearestPointOnLine(l as never, p);
    if ((n.properties.dist ?? Infinity) < bestD) { bestD = n.properties.dist!; best = n.geometry.coordinates as [number, number]; }
  }
  return [Math.round(best[0] * 1e5) / 1e5, Math.round(best[1] * 1e5) / 1e5];
};
const routes = ROUTES.map((r) => {
  const coords = r.vertices.map((v, i) => (r.end === 'border' && i === r.vertices.length - 1 ? snap(v.at) : v.at));
  return { type: 'Feature', id: r.id, properties: { id: r.id, name: r.name, faction: r.faction, ...(r.side ? { side: r.side } : {}), ...(r.group ? { group: r.group } : {}),
    from: r.vertices[0]!.date, to: r.vertices.at(-1)!.date, times: r.vertices.map((v) => v.date), via: r.vertices.map((v) => v.via), source: r.source, schematic: true },
  geometry: { type: 'LineString', coordinates: coords } };
});
write('geodata/routes.geojson', `{"type":"FeatureCollection","features":[\n${routes.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
const segments = routeSegmentsText(routes);
write('geodata/derived/route-segments.geojson', segments);
console.log(`${routes.length} routes, ${segments.split('\n').length - 2} segments`);
