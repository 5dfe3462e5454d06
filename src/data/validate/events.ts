import { eventsSchema } from '../../control/events-schema.ts';
import { eventPointsText } from '../../control/event-points.ts';
import type { Problem, Validator } from './problem.ts';
import { dayNotInPassage, outOfRange, parseRecords, passageDates, readJson, readText, recordIds, syriaOutline } from './read.ts';
import { kmOutside } from './geojson.ts';

const FILE = 'geodata/events.json';
const POINTS = 'geodata/derived/events.geojson';
/** An event given by a point rather than a place is in Syria or at its border (a crossing). */
const MAX_KM_OUTSIDE = 25;

/** events.json: shape, unique ids, dates in the replayed range, points in Syria, known places and passages; and the derived points up to date. */
export const validateEvents: Validator = (root) => {
  const problems: Problem[] = [];
  const raw = readJson(root, FILE, problems);
  if (raw === null) return problems;
  const records = parseRecords(FILE, raw, eventsSchema, problems);
  if (!records) return problems;
  // The gazetteer, read once: its ids for the events' places, its features for the derived points. (One that is
  // missing or unreadable is the places validator's to report.)
  const gazetteer = readJson(root, 'geodata/places.geojson', []) as { features?: unknown } | null;
  const features = Array.isArray(gazetteer?.features) ? gazetteer.features as Array<{ properties?: { id?: unknown } } | null> : null;
  const places = new Set((features ?? []).map((f) => f?.properties?.id).filter((id): id is string => typeof id === 'string'));
  const passages = recordIds(root, 'geodata/passages.json');
  const dates = passageDates(root);
  const syria = syriaOutline(root);
  const before = problems.length;
  for (const e of records) {
    for (const field of ['date', 'to'] as const) {
      const range = e[field] === undefined ? null : outOfRange(e[field]);
      if (range) problems.push({ file: FILE, id: e.id, field, message: range });
    }
    if (e.place && !places.has(e.place)) problems.push({ file: FILE, id: e.id, field: 'place', message: `unknown place: ${e.place}` });
    const km = e.coord && syria ? kmOutside(e.coord, syria) : 0;
    if (km > MAX_KM_OUTSIDE) problems.push({ file: FILE, id: e.id, field: 'coord', message: `[${e.coord!.join(', ')}] lies ${Math.round(km)} km outside Syria (longitude and latitude swapped?)` });
    if ('passage' in e.source && !passages.has(e.source.passage)) problems.push({ file: FILE, id: e.id, field: 'source.passage', message: `unknown passage: ${e.source.passage}` });
    const unsure = 'passage' in e.source && !e.dateUncertain ? dayNotInPassage(e.to && e.to !== e.date ? { from: e.date, to: e.to } : e.date, e.source.passage, dates) : null;
    if (unsure) problems.push({ file: FILE, id: e.id, field: 'dateUncertain', message: unsure });
  }
  // The map's points, once every event is sound (a broken one has no point to compare).
  if (problems.length === before && features) {
    let want: string | null;
    try {
      want = eventPointsText(records, features as unknown as Parameters<typeof eventPointsText>[1]);
    } catch {
      want = null; // a place without a sound geometry, which the places validator reports
    }
    const text = want === null ? null : readText(root, POINTS, problems);
    if (text !== null && text !== want) problems.push({ file: POINTS, message: 'out of date with events.json or places.geojson (run npm run control)' });
  }
  return problems;
};
