import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { plainText, type Block } from '../corpus.ts';
import { placeFeatureSchema, placesSchema, type PlaceFeature } from '../schema/places.ts';
import { buildMatcher, foldForMatch, occursIn } from '../../places/match.ts';
import { PLACE_LABELS, placeLabels, placeLabelsText } from '../../places/place-labels.ts';
import { holeProblems, kmOutside, positionProblem, positions, repeatedVertices, ringProblem } from './geojson.ts';
import { offGeonames } from './geonames.ts';
import { clip, showId, type Problem, type Validator } from './problem.ts';
import { duplicates, readJson, readText, recordId, skipped, syriaOutline, zodProblems } from './read.ts';
import { SOURCES, sourceTexts } from './texts.ts';
import { mentionCounts } from '../mention-counts.ts';

const FILE = 'geodata/places.geojson';
const MENTIONS = 'geodata/derived/mentions.json';
const COUNTS = 'geodata/derived/mention-counts.json';
/** The frame of the texts' places: Amman to the Turkish foothills, the Mediterranean to Sinjar. */
export const PLACES_FRAME = { west: 32, south: 30.8, east: 43.5, north: 38.6 };
/**
 * A place (other than a country) this far from Syria is misplaced, most often by a swapped longitude and
 * latitude. The farthest real one, Amman, is 63 km away; a swapped pair for most towns lands over 100 km away.
 */
const MAX_KM_ABROAD = 100;
const COUNTRIES = 'geodata/basemap/countries.geojson';

type Syria = Feature<Polygon | MultiPolygon> | null;

/**
 * The names of the basemap's countries (Syria aside), folded for matching; null when the file cannot be read
 * (the basemap check says so). Only a place named as one of them is a country, free of the distance check: a
 * town given `kind: "country"` is not.
 */
function countryNames(root: string): Set<string> | null {
  const fc = readJson(root, COUNTRIES, []) as { features?: unknown } | null;
  if (!Array.isArray(fc?.features)) return null;
  return new Set((fc.features as Array<{ properties?: { id?: unknown; name?: unknown } } | null>)
    .filter((f) => f?.properties?.id !== 'SYR' && typeof f?.properties?.name === 'string').map((f) => foldForMatch(f!.properties!.name as string)));
}

/** Why a place given `kind: "country"` is not one, or null. */
function notACountry(f: PlaceFeature, countries: Set<string> | null): string | null {
  if (f.properties.location.method === 'geonames') return 'a country is not placed by a GeoNames city: give it a region location, or another kind';
  if (countries && !countries.has(foldForMatch(f.properties.name))) return `${clip(f.properties.name)} is not a country of ${COUNTRIES}: give it another kind`;
  return null;
}

/** Problems of one feature's geometry: ranges, the frame, distance from Syria, rings and holes. */
function geometryProblems(f: PlaceFeature, syria: Syria, isCountry: boolean): Problem[] {
  const id = f.properties.id;
  const out: Problem[] = [];
  for (const [p, at] of positions(f.geometry.coordinates)) {
    const bad = positionProblem(p);
    if (bad) return [{ file: FILE, id, field: at, message: bad }];
    const [x, y] = p as [number, number];
    const F = PLACES_FRAME;
    if (x < F.west || x > F.east || y < F.south || y > F.north) {
      const swapped = y >= F.west && y <= F.east && x >= F.south && x <= F.north;
      return [{ file: FILE, id, field: at, message: `[${x}, ${y}] lies outside the map's frame${swapped ? ' (longitude and latitude swapped?)' : ''}` }];
    }
    const km = syria && !isCountry ? kmOutside([x, y], syria, MAX_KM_ABROAD) : 0;
    if (km > MAX_KM_ABROAD) return [{ file: FILE, id, field: at, message: `[${x}, ${y}] lies ${Math.round(km)} km from Syria (longitude and latitude swapped?)` }];
  }
  if (f.geometry.type === 'Polygon') f.geometry.coordinates.forEach((ring, ri) => {
    const bad = ringProblem(ring, ri === 0);
    if (bad) out.push({ file: FILE, id, field: `geometry.coordinates.${ri}`, message: bad });
  });
  if (f.geometry.type === 'LineString') {
    // A line of one point repeated has no length and draws nothing (routes refuse it too).
    const line = f.geometry.coordinates;
    const k = repeatedVertices(line)[0];
    if (k !== undefined) out.push({ file: FILE, id, field: `geometry.coordinates.${k}`, message: `[${line[k]!.join(', ')}] repeats the vertex before it` });
  }
  if (out.length === 0 && f.geometry.type === 'Polygon') {
    for (const [ri, message] of holeProblems(f.geometry.coordinates)) out.push({ file: FILE, id, field: `geometry.coordinates.${ri}`, message });
  }
  if (out.length === 0 && f.geometry.type !== 'Point') {
    const kink = turf.kinks(f as never).features[0];
    if (kink) out.push({ file: FILE, id, field: 'geometry.coordinates', message: `the ${f.geometry.type === 'Polygon' ? 'ring' : 'line'} crosses itself at [${kink.geometry.coordinates.map((c) => +c.toFixed(4)).join(', ')}]` });
  }
  return out;
}

type Texts = Array<{ id: string; blocks: Block[] }>;

/** Parents in a loop (homs → al-waer → homs), once per loop, named from its first place in the file's order. */
function parentLoops(places: readonly PlaceFeature[]): string[][] {
  const parent = new Map(places.map((f) => [f.properties.id, f.properties.parent]));
  const reported = new Set<string>();
  const out: string[][] = [];
  for (const f of places) {
    const chain: string[] = [];
    for (let at: string | undefined = f.properties.id; at !== undefined && !reported.has(at); at = parent.get(at)) {
      const k = chain.indexOf(at);
      if (k >= 0) { const loop = chain.slice(k); loop.forEach((id) => reported.add(id)); out.push(loop); break; }
      chain.push(at);
    }
  }
  return out;
}

/** An object of plain objects of numbers, as mention-counts.json holds (checked first, so that 100,000 nested lists are not stringified). */
function countsShaped(c: unknown): boolean {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(c) && Object.values(c).every((per) => isObject(per) && Object.values(per).every((n) => typeof n === 'number'));
}

/** mentions.json against the mentions the gazetteer gives now: a short list of what differs. */
function staleMentions(places: readonly PlaceFeature[], texts: Texts, recorded: ReadonlyArray<{ place: string; source: string; start: number }>): string[] {
  const matcher = buildMatcher(places.map((f) => f.properties));
  const now = new Set<string>();
  for (const t of texts) for (const b of t.blocks) for (const m of matcher.find(b.text)) now.add(`${m.id} in ${t.id} at ${b.start + m.start}`);
  const was = new Set(recorded.map((m) => `${m.place} in ${m.source} at ${m.start}`));
  return [...[...now].filter((k) => !was.has(k)).map((k) => `new: ${k}`), ...[...was].filter((k) => !now.has(k)).map((k) => `gone: ${k}`)];
}

/**
 * places.geojson: each feature's shape and provenance, RFC 7946 geometry within the places' frame and near
 * Syria, unique ids, each alias (and phrase not to match) found in some text, each place mentioned or quoted,
 * and mentions.json up to date with the gazetteer.
 */
export const validatePlaces: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const fc = placesSchema.safeParse(data);
  if (!fc.success) return [{ file: FILE, message: 'not a GeoJSON FeatureCollection' }];
  if (fc.data.features.length === 0) return [{ file: FILE, message: 'holds no places' }];

  const listed = sourceTexts(root);
  if (!listed) problems.push(skipped(FILE, 'properties.aliases', SOURCES));
  const texts: Texts = (listed ?? []).flatMap((t) => (t.blocks ? [{ id: t.id, blocks: t.blocks }] : []));
  const occurs = occursIn(texts.map((t) => plainText(t.blocks)).join('\n\n'));
  const mentionsData = readJson(root, MENTIONS, problems) as { mentions?: unknown } | null;
  const mentionsShaped = Array.isArray(mentionsData?.mentions) && mentionsData.mentions.every((m) => typeof m?.place === 'string' && typeof m?.source === 'string' && typeof m?.start === 'number');
  if (mentionsData !== null && !mentionsShaped) problems.push({ file: MENTIONS, message: 'not a list of mentions ({ place, source, start }) (run npm run mentions)' });
  const recorded = mentionsShaped ? mentionsData!.mentions as Array<{ place: string; source: string; start: number }> : [];
  const mentioned = new Set(recorded.map((m) => m.place));
  const quoted = new Set<string>();
  const passages = readJson(root, 'geodata/passages.json', []);
  if (Array.isArray(passages)) for (const p of passages as Array<{ places?: unknown } | null>) for (const id of Array.isArray(p?.places) ? p.places : []) quoted.add(id);
  const syria: Syria = syriaOutline(root);
  const countries = countryNames(root);

  const valid: PlaceFeature[] = [];
  let geometryOk = true;
  fc.data.features.forEach((raw, i) => {
    const rid = recordId((raw as { properties?: unknown } | null)?.properties, i);
    const parsed = placeFeatureSchema.safeParse(raw);
    if (!parsed.success) return problems.push(...zodProblems(FILE, rid, parsed.error.issues));
    const f = parsed.data;
    const { id, aliases, notAliases, location } = f.properties;
    valid.push(f);
    if (f.id !== id) problems.push({ file: FILE, id, field: 'id', message: `feature id ${showId(f.id)} differs from properties.id` });
    const notCountry = f.properties.kind === 'country' ? notACountry(f, countries) : null;
    if (notCountry) problems.push({ file: FILE, id, field: 'properties.kind', message: notCountry });
    const bad = geometryProblems(f, syria, f.properties.kind === 'country' && !notCountry);
    if (bad.length) { problems.push(...bad); geometryOk = false; }
    const moved = location.method === 'geonames' && f.geometry.type === 'Point' ? offGeonames(location.geonamesId, f.geometry.coordinates) : null;
    if (moved) problems.push({ file: FILE, id, field: 'geometry.coordinates', message: moved });
    if (listed) aliases.forEach((alias, ai) => {
      if (!occurs(alias)) problems.push({ file: FILE, id, field: `properties.aliases.${ai}`, message: `"${clip(alias)}" occurs in no text (move it to searchAliases?)` });
    });
    if (listed) (notAliases ?? []).forEach((phrase, ni) => {
      if (!occurs(phrase)) problems.push({ file: FILE, id, field: `properties.notAliases.${ni}`, message: `"${clip(phrase)}" occurs in no text (drop it?)` });
    });
    if (!mentioned.has(id) && !quoted.has(id)) problems.push({ file: FILE, id, message: 'no text mentions it and no passage quotes it (run npm run mentions?)' });
  });
  const ids = valid.map((f) => f.properties.id);
  for (const id of duplicates(ids)) problems.push({ file: FILE, id, field: 'properties.id', message: 'duplicate id' });
  // An alias is what finds a place in the texts: one shared by two places would give every mention to one of them.
  const aliasOwner = new Map<string, string>();
  for (const f of valid) f.properties.aliases.forEach((alias, ai) => {
    const key = foldForMatch(alias);
    const owner = aliasOwner.get(key);
    if (owner === undefined) aliasOwner.set(key, f.properties.id);
    else if (owner !== f.properties.id) problems.push({ file: FILE, id: f.properties.id, field: `properties.aliases.${ai}`, message: `"${clip(alias)}" is also an alias of ${owner}: a name in the texts must point to one place` });
  });
  for (const f of valid) {
    const parent = f.properties.parent;
    if (parent && !ids.includes(parent)) problems.push({ file: FILE, id: f.properties.id, field: 'properties.parent', message: `unknown place: ${showId(parent)}` });
  }
  for (const loop of parentLoops(valid)) problems.push({ file: FILE, id: loop[0], field: 'properties.parent', message: `parents run in a loop: ${[...loop, loop[0]].join(' → ')}` });
  // The label points, once every feature and its geometry are valid (an invalid one has no label to compare, and
  // placing labels around a point at longitude 1e308 exhausts the memory).
  if (valid.length === fc.data.features.length && geometryOk) {
    const labels = readText(root, PLACE_LABELS, problems, 'npm run labels');
    if (labels !== null && labels !== placeLabelsText(placeLabels(valid))) problems.push({ file: PLACE_LABELS, message: 'out of date with places.geojson (run npm run labels)' });
  }
  if (mentionsShaped && listed) {
    const stale = staleMentions(valid, texts, recorded);
    if (stale.length) problems.push({ file: MENTIONS, message: `out of date with the gazetteer or the texts (run npm run mentions): ${stale.slice(0, 3).join('; ')}${stale.length > 3 ? ` and ${stale.length - 3} more` : ''}` });
    const counts = readJson(root, COUNTS, problems) as { counts?: unknown } | null;
    if (counts && !(countsShaped(counts.counts) && JSON.stringify(counts.counts) === JSON.stringify(mentionCounts(recorded)))) problems.push({ file: COUNTS, message: 'differs from the counts of mentions.json (run npm run mentions)' });
  }
  return problems;
};
