import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { townsSchema, zonesSchema, type ControlPeriod } from '../../control/schema.ts';
import type { Problem, Validator } from './problem.ts';
import { parseRecords, readJson, recordIds, zodProblems } from './read.ts';

const TOWNS = 'geodata/control/towns.json';
const ZONES = 'geodata/control/zones.json';
const CELLS = 'geodata/derived/control-cells.geojson';
const FRAME = { west: 35.5, south: 32.2, east: 42.5, north: 37.4 };

function checkPeriods(file: string, id: string, periods: readonly ControlPeriod[], passages: Set<string>, mustStart: boolean, problems: Problem[]) {
  if (mustStart && periods[0]?.from !== FIRST_DAY) problems.push({ file, id, field: 'periods.0.from', message: `the first period must start on ${FIRST_DAY}, not ${periods[0]?.from}` });
  periods.forEach((p, i) => {
    const at = `periods.${i}`;
    if (p.from < FIRST_DAY || p.from > LAST_DAY) problems.push({ file, id, field: `${at}.from`, message: `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${p.from}` });
    const prev = periods[i - 1];
    if (prev && p.from === prev.from) problems.push({ file, id, field: `${at}.from`, message: `overlapping control: two periods start on ${p.from}` });
    else if (prev && p.from < prev.from) problems.push({ file, id, field: `${at}.from`, message: `periods out of order: ${p.from} comes before ${prev.from}` });
    if ('passage' in p.source && !passages.has(p.source.passage)) problems.push({ file, id, field: `${at}.source.passage`, message: `unknown passage: ${p.source.passage}` });
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
  const rawTowns = readJson(root, TOWNS, problems);
  const rawZones = readJson(root, ZONES, problems);
  if (rawTowns === null || rawZones === null) return problems;
  const townList = parseRecords(TOWNS, rawTowns, townsSchema, problems);
  if (!townList) return problems;
  const towns = { data: townList };
  const zones = zonesSchema.safeParse(rawZones);
  if (!zones.success) return [...problems, ...zodProblems(ZONES, undefined, zones.error.issues)];
  for (const t of towns.data) {
    const [x, y] = t.coord;
    if (x < FRAME.west || x > FRAME.east || y < FRAME.south || y > FRAME.north) {
      problems.push({ file: TOWNS, id: t.id, field: 'coord', message: `[${x}, ${y}] lies outside Syria's frame${y >= FRAME.west && y <= FRAME.east ? ' (longitude and latitude swapped?)' : ''}` });
    }
    checkPeriods(TOWNS, t.id, t.periods, passages, true, problems);
  }
  for (const z of zones.data) {
    if (!towns.data.some((t) => t.id === z.centerTown)) problems.push({ file: ZONES, id: z.id, field: 'centerTown', message: `unknown town: ${z.centerTown}` });
    checkPeriods(ZONES, z.id, z.periods, passages, false, problems);
  }
  const cells = readJson(root, CELLS, problems) as { features?: Array<{ id?: number; properties?: { town?: string; zone?: string } }> } | null;
  if (cells) {
    const expected = [...towns.data.map((t) => t.id), ...zones.data.map((z) => z.id)];
    const actual = (cells.features ?? []).map((f) => f.properties?.town ?? f.properties?.zone);
    if (expected.join() !== actual.join()) problems.push({ file: CELLS, message: 'out of date with the control data (run npm run control)' });
  }
  return problems;
};
