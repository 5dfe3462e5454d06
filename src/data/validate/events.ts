import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { eventsSchema } from '../../control/events-schema.ts';
import { placeIds } from './passages.ts';
import type { Problem, Validator } from './problem.ts';
import { parseRecords, readJson, recordIds } from './read.ts';

const FILE = 'geodata/events.json';

/** events.json: shape, unique ids, dates in the replayed range, known places and passages. */
export const validateEvents: Validator = (root) => {
  const problems: Problem[] = [];
  const raw = readJson(root, FILE, problems);
  if (raw === null) return problems;
  const records = parseRecords(FILE, raw, eventsSchema, problems);
  if (!records) return problems;
  const places = placeIds(root) ?? new Set<string>();
  const passages = recordIds(root, 'geodata/passages.json');
  for (const e of records) {
    if (e.date < FIRST_DAY || e.date > LAST_DAY) problems.push({ file: FILE, id: e.id, field: 'date', message: `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${e.date}` });
    if (e.place && !places.has(e.place)) problems.push({ file: FILE, id: e.id, field: 'place', message: `unknown place: ${e.place}` });
    if ('passage' in e.source && !passages.has(e.source.passage)) problems.push({ file: FILE, id: e.id, field: 'source.passage', message: `unknown passage: ${e.source.passage}` });
  }
  return problems;
};
