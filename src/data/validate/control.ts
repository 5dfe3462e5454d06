import { createHash } from 'node:crypto';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { derivedControlTexts } from '../../control/derive.ts';
import { townsSchema, zonesSchema, type ControlPeriod } from '../../control/schema.ts';
import type { Problem, Validator } from './problem.ts';
import { dayNotInPassage, outOfRange, parseRecords, passageDates, readJson, readText, recordIds, syriaOutline } from './read.ts';

const TOWNS = 'geodata/control/towns.json';
const ZONES = 'geodata/control/zones.json';
const CELLS = 'geodata/derived/control-cells.geojson';
const AREAS = 'geodata/derived/control-areas.json';
const FRAME = { west: 35.5, south: 32.2, east: 42.5, north: 37.4 };

type PassageDates = ReturnType<typeof passageDates>;

function checkPeriods(file: string, id: string, periods: readonly ControlPeriod[], passages: Set<string>, dates: PassageDates, mustStart: boolean, problems: Problem[]) {
  if (mustStart && periods[0]?.from !== FIRST_DAY) problems.push({ file, id, field: 'periods.0.from', message: `the first period must start on ${FIRST_DAY}, not ${periods[0]?.from}` });
  periods.forEach((p, i) => {
    const at = `periods.${i}`;
    const range = outOfRange(p.from);
    if (range) problems.push({ file, id, field: `${at}.from`, message: range });
    const prev = periods[i - 1];
    if (prev && p.from === prev.from) problems.push({ file, id, field: `${at}.from`, message: `overlapping control: two periods start on ${p.from}` });
    else if (prev && p.from < prev.from) problems.push({ file, id, field: `${at}.from`, message: `periods out of order: ${p.from} comes before ${prev.from}` });
    if ('passage' in p.source && !passages.has(p.source.passage)) problems.push({ file, id, field: `${at}.source.passage`, message: `unknown passage: ${p.source.passage}` });
    const unsure = 'passage' in p.source && !p.dateUncertain && (i > 0 || !mustStart) ? dayNotInPassage(p.from, p.source.passage, dates) : null;
    if (unsure) problems.push({ file, id, field: `${at}.dateUncertain`, message: unsure });
    if ('date' in p.source && p.source.date > LAST_DAY) problems.push({ file, id, field: `${at}.source.date`, message: `a source dated after ${LAST_DAY}` });
  });
}

/**
 * The control data: shapes, unique ids, towns inside Syria's frame, periods in order without two for one
 * day, every source a known passage or a dated record, and derived cells built from the current towns.
 */
export const validateControl: Validator = (root) => {
  const problems: Problem[] = [];
  const passages = recordIds(root, 'geodata/passages.json');
  const dates = passageDates(root);
  const rawTowns = readJson(root, TOWNS, problems);
  const rawZones = readJson(root, ZONES, problems);
  if (rawTowns === null || rawZones === null) return problems;
  const townList = parseRecords(TOWNS, rawTowns, townsSchema, problems);
  if (!townList) return problems;
  const towns = { data: townList };
  const zoneList = parseRecords(ZONES, rawZones, zonesSchema, problems);
  if (!zoneList) return problems;
  const zones = { data: zoneList };
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
    checkPeriods(TOWNS, t.id, t.periods, passages, dates, true, problems);
  }
  for (const z of zones.data) {
    if (!towns.data.some((t) => t.id === z.centerTown)) problems.push({ file: ZONES, id: z.id, field: 'centerTown', message: `unknown town: ${z.centerTown}` });
    checkPeriods(ZONES, z.id, z.periods, passages, dates, false, problems);
  }
  // The derived geometry and areas, once the table is sound: rebuilt from it and Syria's outline, compared as text.
  const syria = syriaOutline(root);
  if (problems.length === 0 && syria) {
    let want: { cells: string; areas: string };
    try {
      want = derived(towns.data, zones.data, syria);
    } catch (e) {
      problems.push({ file: TOWNS, message: `the cells cannot be built: ${e instanceof Error ? e.message : String(e)}` });
      return problems;
    }
    for (const [file, text] of [[CELLS, want.cells], [AREAS, want.areas]] as const) {
      const have = readText(root, file, problems);
      if (have !== null && have !== text) problems.push({ file, message: 'out of date with the control data (run npm run control)' });
    }
  }
  return problems;
};

/** The derivation takes a second or two: remembered for the same table and outline (the tests validate many copies). */
const memo = new Map<string, { cells: string; areas: string }>();
function derived(towns: Parameters<typeof derivedControlTexts>[0], zones: Parameters<typeof derivedControlTexts>[1], syria: Feature<Polygon | MultiPolygon>) {
  const key = createHash('sha256').update(JSON.stringify([towns, zones, syria])).digest('hex');
  let out = memo.get(key);
  if (!out) memo.set(key, (out = derivedControlTexts(towns, zones, syria)));
  return out;
}
