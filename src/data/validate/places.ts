import fs from 'node:fs';
import path from 'node:path';
import { parseCorpus, plainText } from '../corpus.ts';
import { placeFeatureSchema, placesSchema } from '../schema/places.ts';
import { aliasPattern } from '../../places/match.ts';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { positionProblem, positions, ringProblem } from './geojson.ts';
import type { Problem, Validator } from './problem.ts';
import { duplicates, readJson, zodProblems } from './read.ts';

const FILE = 'geodata/places.geojson';
/** The map's frame: a place outside it is misplaced (a swapped longitude and latitude lands here). */
const FRAME = { west: 30.5, south: 29.5, east: 45.5, north: 39.5 };

/**
 * places.geojson: each feature's shape and provenance, RFC 7946 geometry within the map's frame, unique ids,
 * each alias found in some text (or listed as a search-only spelling), and each place mentioned or quoted.
 */
export const validatePlaces: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const fc = placesSchema.safeParse(data);
  if (!fc.success) return [{ file: FILE, message: 'not a GeoJSON FeatureCollection' }];

  const sources = (readJson(root, 'geodata/sources.json', []) ?? []) as Array<{ file: string }>;
  const corpus = sources.map((s) => {
    const full = path.join(root, 'geodata', s.file);
    return fs.existsSync(full) ? plainText(parseCorpus(fs.readFileSync(full, 'utf8'))) : '';
  }).join('\n\n');
  const mentioned = new Set<string>();
  const mentionsFile = path.join(root, 'geodata/derived/mentions.json');
  if (fs.existsSync(mentionsFile)) {
    for (const m of (JSON.parse(fs.readFileSync(mentionsFile, 'utf8')) as { mentions: Array<{ place: string }> }).mentions) mentioned.add(m.place);
  } else problems.push({ file: 'geodata/derived/mentions.json', message: 'missing (run npm run mentions)' });
  const quoted = new Set<string>();
  const passages = readJson(root, 'geodata/passages.json', []);
  if (Array.isArray(passages)) for (const p of passages as Array<{ places?: string[] }>) for (const id of p.places ?? []) quoted.add(id);

  // The texts' places are in Syria or just across its borders (Amman, Sinjar): a point far from Syria is
  // misplaced, most often by a swapped longitude and latitude.
  const syriaFile = path.join(root, 'geodata/basemap/syria.geojson');
  const syria = fs.existsSync(syriaFile) ? (JSON.parse(fs.readFileSync(syriaFile, 'utf8')).features[0] as Feature<Polygon | MultiPolygon>) : null;
  const kmFromSyria = (p: [number, number]) => (!syria || turf.booleanPointInPolygon(p, syria) ? 0 : turf.pointToPolygonDistance(p, syria as never, { units: 'kilometers' }));
  const MAX_KM_ABROAD = 150;

  const ids: string[] = [];
  const parents: Array<[string, string]> = [];
  fc.data.features.forEach((raw, i) => {
    const rid = (raw as { properties?: { id?: string } })?.properties?.id ?? `#${i}`;
    const parsed = placeFeatureSchema.safeParse(raw);
    if (!parsed.success) return problems.push(...zodProblems(FILE, rid, parsed.error.issues));
    const f = parsed.data;
    const id = f.properties.id;
    ids.push(id);
    if (f.id !== id) problems.push({ file: FILE, id, field: 'id', message: `feature id ${f.id} differs from properties.id` });
    if (f.properties.parent) parents.push([id, f.properties.parent]);
    for (const [p, at] of positions(f.geometry.coordinates)) {
      const bad = positionProblem(p);
      if (bad) { problems.push({ file: FILE, id, field: at, message: bad }); break; }
      const [x, y] = p as [number, number];
      if (x < FRAME.west || x > FRAME.east || y < FRAME.south || y > FRAME.north) {
        const swapped = y >= FRAME.west && y <= FRAME.east && x >= FRAME.south && x <= FRAME.north;
        problems.push({ file: FILE, id, field: at, message: `[${x}, ${y}] lies outside the map's frame${swapped ? ' (longitude and latitude swapped?)' : ''}` });
        break;
      }
    }
    if (f.geometry.type === 'Point' && f.properties.kind !== 'country' && !positionProblem(f.geometry.coordinates)) {
      const km = kmFromSyria(f.geometry.coordinates);
      const [x, y] = f.geometry.coordinates;
      if (km > MAX_KM_ABROAD) problems.push({ file: FILE, id, field: 'geometry.coordinates', message: `[${x}, ${y}] lies ${Math.round(km)} km from Syria (longitude and latitude swapped?)` });
    }
    if (f.geometry.type === 'Polygon') f.geometry.coordinates.forEach((ring, ri) => {
      const bad = ringProblem(ring, ri === 0);
      if (bad) problems.push({ file: FILE, id, field: `geometry.coordinates.${ri}`, message: bad });
    });
    f.properties.aliases.forEach((alias, ai) => {
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${aliasPattern(alias)}(?![\\p{L}\\p{N}])`, 'iu').test(corpus)) {
        problems.push({ file: FILE, id, field: `properties.aliases.${ai}`, message: `"${alias}" occurs in no text (move it to searchAliases?)` });
      }
    });
    if (!mentioned.has(id) && !quoted.has(id)) problems.push({ file: FILE, id, message: 'no text mentions it and no passage quotes it' });
  });
  for (const id of duplicates(ids)) problems.push({ file: FILE, id, field: 'properties.id', message: 'duplicate id' });
  for (const [id, parent] of parents) if (!ids.includes(parent)) problems.push({ file: FILE, id, field: 'properties.parent', message: `unknown place: ${parent}` });
  return problems;
};
