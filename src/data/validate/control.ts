import { createHash } from 'node:crypto';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { derivedControlTexts } from '../../control/derive.ts';
import { townSchema, zoneSchema, type ControlPeriod } from '../../control/schema.ts';
import { offGeonames } from './geonames.ts';
import { showId, type Problem, type Validator } from './problem.ts';
import { dayNotInPassage, outOfRange, parseRecords, readJson, readText, skipped, syriaOutline } from './read.ts';
import { blankRecord, type Cited, cited, sourceTooFar } from './source-dates.ts';

const TOWNS = 'geodata/control/towns.json';
const ZONES = 'geodata/control/zones.json';
const CELLS = 'geodata/derived/control-cells.geojson';
const AREAS = 'geodata/derived/control-areas.json';
const FRAME = { west: 35.5, south: 32.2, east: 42.5, north: 37.4 };

const PASSAGES = 'geodata/passages.json';

function checkPeriods(file: string, id: string, periods: readonly ControlPeriod[], c: Cited, mustStart: boolean, problems: Problem[], later: Problem[]) {
  if (mustStart && periods[0]?.from !== FIRST_DAY) problems.push({ file, id, field: 'periods.0.from', message: `the first period must start on ${FIRST_DAY}, not ${periods[0]?.from}` });
  periods.forEach((p, i) => {
    const at = `periods.${i}`;
    const range = outOfRange(p.from);
    if (range) problems.push({ file, id, field: `${at}.from`, message: range });
    const prev = periods[i - 1];
    if (prev && p.from === prev.from) problems.push({ file, id, field: `${at}.from`, message: `overlapping control: two periods start on ${p.from}` });
    else if (prev && p.from < prev.from) problems.push({ file, id, field: `${at}.from`, message: `periods out of order: ${p.from} comes before ${prev.from}` });
    if ('passage' in p.source && c.passages && !c.passages.has(p.source.passage)) problems.push({ file, id, field: `${at}.source.passage`, message: `unknown passage: ${showId(p.source.passage)}` });
    const unsure = 'passage' in p.source && !p.dateUncertain && (i > 0 || !mustStart) ? dayNotInPassage(p.from, p.source.passage, c.dates) : null;
    if (unsure) problems.push({ file, id, field: `${at}.dateUncertain`, message: unsure });
    if ('date' in p.source && p.source.date > LAST_DAY) problems.push({ file, id, field: `${at}.source.date`, message: `a source dated after ${LAST_DAY}` });
    const far = sourceTooFar('the change of', { from: p.from, to: p.from }, p.source, c.dates, c.writtenBy, i === 0 && mustStart);
    if (far) later.push({ file, id, field: `${at}.source${'passage' in p.source ? '.passage' : '.date'}`, message: far });
    const blank = blankRecord(p.source);
    if (blank) problems.push({ file, id, field: `${at}.source.${blank}`, message: 'must not be blank' });
  });
}

/**
 * The control data: shapes, unique ids, no blank name or record, towns inside Syria's frame and (from GeoNames)
 * at their record, periods in order without two for one day, every source a known passage or a dated record of
 * the change's time, and derived cells built from the current towns.
 */
export const validateControl: Validator = (root) => {
  const problems: Problem[] = [];
  // What is no bar to rebuilding the cells, reported last: a check skipped, sources too far in time from their
  // change, towns moved from their GeoNames record.
  const later: Problem[] = [];
  const c = cited(root);
  if (!c.passages) later.push(skipped(TOWNS, 'periods.source.passage', PASSAGES));
  const rawTowns = readJson(root, TOWNS, problems);
  const rawZones = readJson(root, ZONES, problems);
  if (rawTowns === null || rawZones === null) return [...problems, ...later];
  const townList = parseRecords(TOWNS, rawTowns, townSchema, problems);
  if (!townList) return [...problems, ...later];
  const towns = { data: townList };
  const zoneList = parseRecords(ZONES, rawZones, zoneSchema, problems);
  if (!zoneList) return [...problems, ...later];
  const zones = { data: zoneList };
  const sound = townList.length === (rawTowns as unknown[]).length && zoneList.length === (rawZones as unknown[]).length;
  const atCoord = new Map<string, string>();
  for (const t of towns.data) {
    const [x, y] = t.coord;
    // Each town is the seed of its own cell: two at one point cannot both have one.
    const twin = atCoord.get(`${x},${y}`);
    if (twin) problems.push({ file: TOWNS, id: t.id, field: 'coord', message: `[${x}, ${y}] is also ${twin}'s: two towns cannot share a point` });
    else atCoord.set(`${x},${y}`, t.id);
    if (x < FRAME.west || x > FRAME.east || y < FRAME.south || y > FRAME.north) {
      problems.push({ file: TOWNS, id: t.id, field: 'coord', message: `[${x}, ${y}] lies outside Syria's frame${y >= FRAME.west && y <= FRAME.east ? ' (longitude and latitude swapped?)' : ''}` });
    }
    if (!t.name.trim()) problems.push({ file: TOWNS, id: t.id, field: 'name', message: 'must not be blank' });
    const moved = t.location.method === 'geonames' ? offGeonames(t.location.geonamesId, t.coord) : null;
    if (moved) later.push({ file: TOWNS, id: t.id, field: 'coord', message: moved });
    checkPeriods(TOWNS, t.id, t.periods, c, true, problems, later);
  }
  for (const z of zones.data) {
    if (!z.name.trim()) problems.push({ file: ZONES, id: z.id, field: 'name', message: 'must not be blank' });
    if (!towns.data.some((t) => t.id === z.centerTown)) problems.push({ file: ZONES, id: z.id, field: 'centerTown', message: `unknown town: ${showId(z.centerTown)}` });
    checkPeriods(ZONES, z.id, z.periods, c, false, problems, later);
  }
  // The derived geometry and areas, once the table is sound: rebuilt from it and Syria's outline, compared as text.
  const syria = syriaOutline(root);
  if (problems.length === 0 && sound && syria) {
    let want: { cells: string; areas: string };
    try {
      want = derived(towns.data, zones.data, syria);
    } catch (e) {
      problems.push({ file: TOWNS, message: `the cells cannot be built: ${e instanceof Error ? e.message : String(e)}` });
      return [...problems, ...later];
    }
    for (const [file, text] of [[CELLS, want.cells], [AREAS, want.areas]] as const) {
      const have = readText(root, file, problems);
      if (have !== null && have !== text) problems.push({ file, message: 'out of date with the control data (run npm run control)' });
    }
  }
  return [...problems, ...later];
};

/** The derivation takes a second or two: remembered for the same table and outline (the tests validate many copies). */
const memo = new Map<string, { cells: string; areas: string }>();
function derived(towns: Parameters<typeof derivedControlTexts>[0], zones: Parameters<typeof derivedControlTexts>[1], syria: Feature<Polygon | MultiPolygon>) {
  const key = createHash('sha256').update(JSON.stringify([towns, zones, syria])).digest('hex');
  let out = memo.get(key);
  if (!out) memo.set(key, (out = derivedControlTexts(towns, zones, syria)));
  return out;
}
