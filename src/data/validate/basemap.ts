import fs from 'node:fs';
import path from 'node:path';
import type { Problem, Validator } from './problem.ts';
import { positionProblem, positions, ringProblem } from './geojson.ts';

const DIR = 'geodata/basemap';
const FILES = ['land', 'countries', 'syria', 'borders', 'coastline', 'rivers', 'lakes', 'roads', 'labels'];
const MAX_BYTES = 1.5 * 1024 * 1024;
const FRAME = [30.5, 29.5, 45.5, 39.5];

interface Fc { type?: string; features?: Array<{ type?: string; properties?: Record<string, unknown>; geometry?: { type: string; coordinates: unknown } }> }

/** The embedded basemap: every file present and sound, in the frame, under 1.5 MB, with its key features. */
export const validateBasemap: Validator = (root) => {
  const problems: Problem[] = [];
  let total = 0;
  const read = new Map<string, Fc>();
  for (const name of FILES) {
    const file = `${DIR}/${name}.geojson`;
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      problems.push({ file, message: 'file missing (run npm run basemap)' });
      continue;
    }
    total += fs.statSync(full).size;
    let fc: Fc;
    try {
      fc = JSON.parse(fs.readFileSync(full, 'utf8')) as Fc;
    } catch (e) {
      problems.push({ file, message: `not JSON: ${(e as Error).message}` });
      continue;
    }
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      problems.push({ file, message: 'not a GeoJSON FeatureCollection' });
      continue;
    }
    read.set(name, fc);
    fc.features.forEach((f, i) => {
      const id = String(f.properties?.name ?? f.properties?.id ?? `#${i}`);
      if (!f.geometry) return problems.push({ file, id, field: 'geometry', message: 'missing' });
      for (const [p, at] of positions(f.geometry.coordinates)) {
        const bad = positionProblem(p);
        if (bad) { problems.push({ file, id, field: at, message: bad }); break; }
        const [x, y] = p as number[];
        if (name !== 'syria' && (x! < FRAME[0]! - 1e-6 || x! > FRAME[2]! + 1e-6 || y! < FRAME[1]! - 1e-6 || y! > FRAME[3]! + 1e-6)) {
          problems.push({ file, id, field: at, message: `[${x}, ${y}] lies outside the map frame` });
          break;
        }
      }
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? (f.geometry.coordinates as unknown[]) : [];
      (polys as number[][][][]).forEach((rings, pi) => rings.forEach((ring, ri) => {
        const bad = ringProblem(ring, ri === 0);
        if (bad) problems.push({ file, id, field: `geometry.coordinates.${pi}.${ri}`, message: bad });
      }));
    });
  }
  if (total > MAX_BYTES) problems.push({ file: DIR, message: `basemap is ${(total / 1048576).toFixed(2)} MB, over the 1.5 MB budget` });
  const has = (name: string, pred: (p: Record<string, unknown>) => boolean, what: string) => {
    const fc = read.get(name);
    if (fc && !fc.features!.some((f) => pred(f.properties ?? {}))) problems.push({ file: `${DIR}/${name}.geojson`, message: `${what} is missing` });
  };
  has('rivers', (p) => p.name === 'Euphrates', 'the Euphrates');
  has('countries', (p) => p.id === 'SYR', 'Syria');
  has('labels', (p) => p.name === 'Damascus' && typeof p.nameAr === 'string', 'the Damascus label');
  return problems;
};
