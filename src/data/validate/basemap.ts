import fs from 'node:fs';
import path from 'node:path';
import type { Problem, Validator } from './problem.ts';
import { BASEMAP_FRAME } from '../../map/frame.ts';
import { positionProblem, positions, ringProblem, shapeProblem } from './geojson.ts';
import { describe, readJson } from './read.ts';

const DIR = 'geodata/basemap';
/** Every file of the embedded basemap (geodata/basemap/README.md describes each). */
export const BASEMAP_FILES = ['land', 'countries', 'syria', 'borders', 'coastline', 'governorates', 'rivers', 'lakes', 'roads', 'labels'];
const MAX_BYTES = 1.5 * 1024 * 1024;
/** Towns on the Euphrates, Turkey to Iraq: one Euphrates line must pass within 4 km of each (town centres lie off the bank). */
const ON_EUPHRATES: Array<[string, number, number]> = [
  ['Jarabulus', 38.01, 36.82], ['Raqqa', 39.01, 35.95], ['Deir ez-Zor', 40.14, 35.33], ['al-Mayadin', 40.45, 35.02],
  ['Al-Bukamal', 40.92, 34.45], ["al-Qa'im", 40.99, 34.39],
];

type Props = Record<string, unknown>;
interface Feat { type?: string; properties?: Props; geometry?: { type: string; coordinates: unknown } }
interface Fc { type?: string; features?: Feat[] }

/** Distance in km from a point to a polyline (equirectangular: good to a few metres at this scale). */
function kmToLine(lon: number, lat: number, line: number[][]): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = [(line[i]![0]! - lon) * k, line[i]![1]! - lat];
    const [bx, by] = [(line[i + 1]![0]! - lon) * k, line[i + 1]![1]! - lat];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best * 111.2;
}

function checkFeature(name: string, file: string, f: Feat | null, i: number, problems: Problem[]) {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return problems.push({ file, id: `#${i}`, message: `not a feature (holds ${describe(f)})` });
  const id = String(f.properties?.id ?? f.properties?.name ?? `#${i}`);
  if (!f.geometry) return problems.push({ file, id, field: 'geometry', message: 'missing' });
  const shape = shapeProblem(f.geometry);
  if (shape) return problems.push({ file, id, field: 'geometry', message: `${shape} (run npm run basemap)` });
  for (const [p, at] of positions(f.geometry.coordinates)) {
    const bad = positionProblem(p);
    if (bad) { problems.push({ file, id, field: at, message: bad }); break; }
    const [x, y] = p as [number, number];
    if (name !== 'syria' && (x < BASEMAP_FRAME[0] - 1e-6 || x > BASEMAP_FRAME[2] + 1e-6 || y < BASEMAP_FRAME[1] - 1e-6 || y > BASEMAP_FRAME[3] + 1e-6)) {
      problems.push({ file, id, field: at, message: `[${x}, ${y}] lies outside the map frame` });
      break;
    }
  }
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? (g.coordinates as unknown[]) : [];
  (polys as number[][][][]).forEach((rings, pi) => rings.forEach((ring, ri) => {
    const bad = ringProblem(ring, ri === 0);
    if (bad) problems.push({ file, id, field: `geometry.coordinates.${pi}.${ri}`, message: bad });
  }));
  const p = f.properties ?? {};
  const named = name === 'labels' || ((name === 'rivers' || name === 'lakes') && p.name !== null && p.name !== undefined);
  if (named && (typeof p.name !== 'string' || typeof p.nameAr !== 'string')) {
    problems.push({ file, id, field: 'properties.nameAr', message: 'a named feature needs a name and an Arabic name (nameAr)' });
  }
}

/** The embedded basemap: every file present and sound, in the frame, under 1.5 MB, with its key features. */
export const validateBasemap: Validator = (root) => {
  const problems: Problem[] = [];
  let total = 0;
  const read = new Map<string, Fc>();
  for (const name of BASEMAP_FILES) {
    const file = `${DIR}/${name}.geojson`;
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      problems.push({ file, message: 'file missing (run npm run basemap)' });
      continue;
    }
    total += fs.statSync(full).size;
    // As every other file: a byte-order mark, null, a folder or a key given twice is reported by name; these files are made, not edited.
    const found: Problem[] = [];
    const fc = readJson(root, file, found) as Fc | null;
    problems.push(...found.map((p) => ({ ...p, message: `${p.message.replace(/^not valid JSON/, 'not JSON')} (run npm run basemap)` })));
    if (fc === null) continue;
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      problems.push({ file, message: 'not a GeoJSON FeatureCollection' });
      continue;
    }
    read.set(name, fc);
    (fc.features as Array<Feat | null>).forEach((f, i) => checkFeature(name, file, f, i, problems));
  }
  if (total > MAX_BYTES) problems.push({ file: DIR, message: `basemap is ${(total / 1048576).toFixed(2)} MB, over the 1.5 MB budget` });
  const has = (name: string, pred: (p: Props) => boolean, what: string) => {
    const fc = read.get(name);
    if (fc && !fc.features!.some((f) => pred(f?.properties ?? {}))) problems.push({ file: `${DIR}/${name}.geojson`, message: `${what} is missing` });
  };
  has('rivers', (p) => p.name === 'Euphrates', 'the Euphrates');
  has('countries', (p) => p.id === 'SYR', 'Syria');
  has('syria', (p) => p.id === 'SYR', 'Syria');
  has('labels', (p) => p.kind === 'city' && p.name === 'Damascus' && typeof p.nameAr === 'string', 'the Damascus label');
  const euphrates = read.get('rivers')?.features?.filter((f) => f?.properties?.name === 'Euphrates' && f.geometry?.type === 'LineString' && !shapeProblem(f.geometry)) ?? [];
  if (euphrates.length > 0) {
    const line = euphrates.map((f) => f.geometry!.coordinates as number[][]).sort((a, b) => b.length - a.length)[0]!;
    const missed = ON_EUPHRATES.filter(([, x, y]) => kmToLine(x, y, line) > 4).map(([n]) => n);
    if (missed.length > 0) problems.push({ file: `${DIR}/rivers.geojson`, id: 'Euphrates', message: `the Euphrates is not one line through ${missed.join(', ')}` });
  }
  return problems;
};
