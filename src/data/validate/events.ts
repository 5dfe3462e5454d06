import { eventSchema } from '../../control/events-schema.ts';
import { eventPointsText, placeCenter } from '../../control/event-points.ts';
import { gazetteer, PLACES } from './gazetteer.ts';
import { showId, type Problem, type Validator } from './problem.ts';
import { dayNotInPassage, outOfRange, parseRecords, readJson, readText, skipped, syriaOutline } from './read.ts';
import { kmOutside } from './geojson.ts';
import { blankRecord, cited, sourceTooFar } from './source-dates.ts';

const FILE = 'geodata/events.json';
const POINTS = 'geodata/derived/events.geojson';
/** An event is drawn in Syria or at its border (a crossing): its point, or its place's, within this of Syria. */
const MAX_KM_OUTSIDE = 25;

/**
 * events.json: shape, unique ids, dates in the replayed range, points (given, or their place's) in Syria, known
 * places and passages, a source of the event's time; and the derived points up to date.
 */
export const validateEvents: Validator = (root) => {
  const problems: Problem[] = [];
  const raw = readJson(root, FILE, problems);
  if (raw === null) return problems;
  const records = parseRecords(FILE, raw, eventSchema, problems);
  if (!records) return problems;
  // The gazetteer, read once: its ids for the events' places, its sound features for the points. (One that is
  // missing or unreadable is the places validator's to report.)
  const gaz = gazetteer(root);
  if (!gaz) problems.push(skipped(FILE, 'place', PLACES));
  const c = cited(root);
  if (!c.passages) problems.push(skipped(FILE, 'source.passage', 'geodata/passages.json'));
  const syria = syriaOutline(root);
  const before = problems.length;
  // Sources too far in time from their event: reported last, and no bar to comparing the points.
  const later: Problem[] = [];
  for (const e of records) {
    for (const field of ['date', 'to'] as const) {
      const range = e[field] === undefined ? null : outOfRange(e[field]);
      if (range) problems.push({ file: FILE, id: e.id, field, message: range });
    }
    if (!e.title.trim() || !e.description.trim()) problems.push({ file: FILE, id: e.id, field: e.title.trim() ? 'description' : 'title', message: 'must not be blank' });
    if (e.place && gaz && !gaz.ids.has(e.place)) problems.push({ file: FILE, id: e.id, field: 'place', message: `unknown place: ${showId(e.place)}` });
    // Drawn where the map draws it: its coord, or its place's centre (see src/control/event-points.ts).
    const at = e.coord ?? (e.place && gaz ? placeCenter(gaz.sound, e.place) : null);
    const km = at && syria ? kmOutside(at, syria, MAX_KM_OUTSIDE) : 0;
    if (km > MAX_KM_OUTSIDE) {
      const where = e.coord ? 'coord' : 'place';
      const whose = e.coord ? '' : ` (where ${e.place} is drawn)`;
      problems.push({ file: FILE, id: e.id, field: where, message: `[${at!.map((x) => +x.toFixed(5)).join(', ')}]${whose} lies ${Math.round(km)} km outside Syria (${e.coord ? 'longitude and latitude swapped?' : 'give a coord in Syria, or a place there'})` });
    }
    if ('passage' in e.source && c.passages && !c.passages.has(e.source.passage)) problems.push({ file: FILE, id: e.id, field: 'source.passage', message: `unknown passage: ${showId(e.source.passage)}` });
    const unsure = 'passage' in e.source && !e.dateUncertain ? dayNotInPassage(e.to && e.to !== e.date ? { from: e.date, to: e.to } : e.date, e.source.passage, c.dates) : null;
    if (unsure) problems.push({ file: FILE, id: e.id, field: 'dateUncertain', message: unsure });
    const far = sourceTooFar('the event of', { from: e.date, to: e.to ?? e.date }, e.source, c.dates, c.writtenBy);
    if (far) later.push({ file: FILE, id: e.id, field: `source.${'passage' in e.source ? 'passage' : 'date'}`, message: far });
    const blank = blankRecord(e.source);
    if (blank) problems.push({ file: FILE, id: e.id, field: `source.${blank}`, message: 'must not be blank' });
  }
  // The map's points, once every event is sound (a broken one has no point to compare).
  const fc = readJson(root, PLACES, []) as { features?: unknown } | null;
  if (problems.length === before && records.length === (raw as unknown[]).length && gaz && Array.isArray(fc?.features)) {
    let want: string | null;
    try {
      want = eventPointsText(records, fc.features as Parameters<typeof eventPointsText>[1]);
    } catch {
      want = null; // a place without a sound geometry, which the places validator reports
    }
    const text = want === null ? null : readText(root, POINTS, problems);
    if (text !== null && text !== want) problems.push({ file: POINTS, message: 'out of date with events.json or places.geojson (run npm run control)' });
  }
  return [...problems, ...later];
};
