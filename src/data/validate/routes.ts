import { z } from 'zod';
import { FACTION_IDS } from '../../control/factions.ts';
import { sourceRefSchema } from '../../control/schema.ts';
import { routeSegmentsText } from '../../story/route-segments.ts';
import { isoDate, lonLat, slug } from '../schema/common.ts';
import { showId, type Problem, type Validator } from './problem.ts';
import { duplicates, outOfRange, readJson, readText, recordId, recordIds, skipped, syriaOutline, zodProblems } from './read.ts';
import { blankRecord } from './source-dates.ts';
import { kmOutside, repeatedVertices } from './geojson.ts';

const FILE = 'geodata/routes.geojson';
const SEGMENTS = 'geodata/derived/route-segments.geojson';
/**
 * A route runs in or near Syria: the Iraqi militias' starts 75 km inside Iraq. A swapped longitude and
 * latitude of a Syrian point lands 150 km or more away (as for places).
 */
const MAX_KM_OUTSIDE = 100;

const routeSchema = z.object({
  type: z.literal('Feature'),
  id: slug,
  properties: z.object({
    id: slug,
    name: z.string().regex(/\S/, 'must not be blank'),
    faction: z.enum(FACTION_IDS),
    side: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    from: isoDate,
    to: isoDate,
    times: z.array(isoDate).min(2),
    via: z.array(z.string().min(1)),
    source: sourceRefSchema,
    schematic: z.literal(true),
  }).strict(),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }).strict(),
}).strict();
type Route = z.infer<typeof routeSchema>;

/**
 * routes.geojson (the lines of advance): shape, unique ids, a date and a `via` (what the vertex stands for) per
 * vertex, dates in order from `from` to `to` within the replayed range, no vertex repeating the one before, every
 * vertex in Syria, a known passage as source; and the derived segments built from the current routes.
 */
export const validateRoutes: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems) as { type?: unknown; features?: unknown } | null;
  if (data === null) return problems;
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) return [{ file: FILE, message: 'not a GeoJSON FeatureCollection' }];
  const passages = recordIds(root, 'geodata/passages.json');
  if (!passages) problems.push(skipped(FILE, 'properties.source.passage', 'geodata/passages.json'));
  const syria = syriaOutline(root);
  const routes: Route[] = [];
  (data.features as unknown[]).forEach((raw, i) => {
    const id = recordId(raw, i);
    const parsed = routeSchema.safeParse(raw);
    if (!parsed.success) return problems.push(...zodProblems(FILE, id, parsed.error.issues));
    const r = parsed.data;
    const { properties: p, geometry: g } = r;
    routes.push(r);
    if (p.id !== r.id) problems.push({ file: FILE, id, field: 'properties.id', message: `differs from the feature id ${r.id}` });
    if (p.times.length !== g.coordinates.length) problems.push({ file: FILE, id, field: 'properties.times', message: `${p.times.length} dates for ${g.coordinates.length} vertices` });
    if (p.via.length !== g.coordinates.length) problems.push({ file: FILE, id, field: 'properties.via', message: `${p.via.length} names for ${g.coordinates.length} vertices: say what each vertex stands for` });
    p.via.forEach((v, k) => { if (!v.trim()) problems.push({ file: FILE, id, field: `properties.via.${k}`, message: 'must not be blank' }); });
    for (const k of repeatedVertices(g.coordinates)) {
      const [x, y] = g.coordinates[k]!;
      problems.push({ file: FILE, id, field: `geometry.coordinates.${k}`, message: `[${x}, ${y}] repeats the vertex before it: a line of advance must move` });
    }
    const blank = blankRecord(p.source);
    if (blank) problems.push({ file: FILE, id, field: `properties.source.${blank}`, message: 'must not be blank' });
    p.times.forEach((t, k) => {
      const range = outOfRange(t);
      if (range) problems.push({ file: FILE, id, field: `properties.times.${k}`, message: range });
      if (k > 0 && t < p.times[k - 1]!) problems.push({ file: FILE, id, field: `properties.times.${k}`, message: `dates go backwards: ${t} after ${p.times[k - 1]}` });
    });
    if (p.from !== p.times[0]) problems.push({ file: FILE, id, field: 'properties.from', message: `${p.from} is not the first vertex's date ${p.times[0]}` });
    if (p.to !== p.times.at(-1)) problems.push({ file: FILE, id, field: 'properties.to', message: `${p.to} is not the last vertex's date ${p.times.at(-1)}` });
    if ('passage' in p.source && passages && !passages.has(p.source.passage)) problems.push({ file: FILE, id, field: 'properties.source.passage', message: `unknown passage: ${showId(p.source.passage)}` });
    const kms = syria ? g.coordinates.map((c) => kmOutside(c, syria, MAX_KM_OUTSIDE)) : [];
    const far = kms.findIndex((km) => km > MAX_KM_OUTSIDE);
    if (far >= 0) {
      const [x, y] = g.coordinates[far]!;
      problems.push({ file: FILE, id, field: `geometry.coordinates.${far}`, message: `[${x}, ${y}] lies ${Math.round(kms[far]!)} km from Syria (longitude and latitude swapped?)` });
    }
  });
  for (const id of duplicates(routes.map((r) => r.id))) problems.push({ file: FILE, id, field: 'id', message: 'duplicate id' });
  if (routes.length === data.features.length && problems.length === 0) {
    const segments = readText(root, SEGMENTS, problems);
    if (segments !== null && segments !== routeSegmentsText(routes)) problems.push({ file: SEGMENTS, message: 'out of date with routes.geojson (run npm run control)' });
  }
  return problems;
};
