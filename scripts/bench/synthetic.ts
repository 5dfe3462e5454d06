/**
 * Writes a synthetic data set ten times larger than geodata/ into .bench/geodata-10x (never into geodata/):
 * ten copies of every place, passage, town and event, each copy moved a little, with the control geometry
 * derived again from the 1,170 towns and the places' labels placed again. Used by `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { deriveCells } from '../../src/control/derive.ts';
import { PLACE_LABELS, placeLabels, placeLabelsText } from '../../src/places/place-labels.ts';

export function writeSynthetic(root: string, out: string, factor = 10) {
  const src = path.join(root, 'geodata');
  fs.rmSync(out, { recursive: true, force: true });
  fs.cpSync(src, out, { recursive: true });
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(src, f), 'utf8'));
  const write = (f: string, v: unknown) => fs.writeFileSync(path.join(out, f), JSON.stringify(v));
  // A deterministic jitter, so that two runs measure the same data.
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
  const copies = <T,>(xs: T[], f: (x: T, k: number) => T) => Array.from({ length: factor }, (_, k) => xs.map((x) => f(x, k))).flat();
  const sfx = (id: string, k: number) => (k === 0 ? id : `${id}-s${k}`);

  const places = read('places.geojson');
  places.features = copies(places.features, (f: { id: string; properties: { id: string }; geometry: { type: string; coordinates: number[] } }, k) => {
    const g = f.geometry.type === 'Point' && k > 0 ? { ...f.geometry, coordinates: [f.geometry.coordinates[0]! + rnd() * 0.3, f.geometry.coordinates[1]! + rnd() * 0.3] } : f.geometry;
    return { ...f, id: sfx(f.id, k), properties: { ...f.properties, id: sfx(f.properties.id, k) }, geometry: g };
  });
  write('places.geojson', places);
  fs.writeFileSync(path.join(out, PLACE_LABELS.replace(/^geodata\//, '')), placeLabelsText(placeLabels(places.features)));
  const counts = read('derived/mention-counts.json');
  counts.counts = Object.fromEntries(Object.entries(counts.counts as Record<string, unknown>).flatMap(([id, row]) => Array.from({ length: factor }, (_, k) => [sfx(id, k), row])));
  write('derived/mention-counts.json', counts);
  const realPassages = read('passages.json');
  write('passages.json', copies(realPassages, (p: { id: string; places: string[] }, k) => ({ ...p, id: sfx(p.id, k), places: p.places.map((pl) => sfx(pl, k)) })));
  const syria = JSON.parse(fs.readFileSync(path.join(src, 'basemap/syria.geojson'), 'utf8')).features[0] as Feature<Polygon | MultiPolygon>;
  // Every copy of a town inside Syria, so that every town has a cell and the control entries are ten times as
  // many: a jittered border town that lands outside is jittered again, closer (halving the radius every 20
  // tries). Dropping such copies, as before, left 8.7 times the towns.
  const realTowns = read('control/towns.json');
  const inside = copies(realTowns, (t: { id: string; coord: [number, number]; periods: unknown[] }, k) => {
    if (k === 0) return t;
    for (let i = 0, r = 0.6; i < 200; i++, r = i % 20 === 0 ? r / 2 : r) {
      const c: [number, number] = [t.coord[0] + rnd() * r, t.coord[1] + rnd() * r];
      if (isInside(c, syria)) return { ...t, id: sfx(t.id, k), coord: c };
    }
    throw new Error(`no copy of town ${t.id} falls inside Syria`);
  });
  write('control/towns.json', inside);
  const zones = read('control/zones.json');
  const { cells, areas } = deriveCells(inside, zones, syria);
  write('derived/control-cells.geojson', cells);
  write('derived/control-areas.json', areas);
  const realEvents = read('events.json');
  const events = copies(realEvents, (e: { id: string }, k) => ({ ...e, id: sfx(e.id, k) }));
  write('events.json', events);
  const points = read('derived/events.geojson');
  points.features = copies(points.features, (f: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }, k) => ({ ...f, properties: { ...f.properties, event: sfx(String(f.properties.event), k) }, geometry: { type: 'Point', coordinates: [f.geometry.coordinates[0]! + (k ? rnd() * 0.3 : 0), f.geometry.coordinates[1]! + (k ? rnd() * 0.3 : 0)] } }))
    .map((f, i) => ({ ...f, id: i }));
  write('derived/events.geojson', points);
  const periods = (ts: Array<{ periods: unknown[] }>) => ts.reduce((n, t) => n + t.periods.length, 0);
  const real = { places: places.features.length / factor, passages: realPassages.length, towns: realTowns.length, periods: periods(realTowns), events: realEvents.length };
  const made = { places: places.features.length, passages: factor * realPassages.length, towns: inside.length, periods: periods(inside), events: events.length };
  return { ...made, real };
}

import * as turf from '@turf/turf';
function isInside(p: [number, number], syria: Feature<Polygon | MultiPolygon>) {
  return turf.booleanPointInPolygon(p, syria);
}
