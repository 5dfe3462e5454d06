import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { eventsSchema } from '../../control/events-schema.ts';
import { eventPointsText } from '../../control/event-points.ts';
import { placeIds } from './passages.ts';
import type { Problem, Validator } from './problem.ts';
import { dayNotInPassage, parseRecords, passageDates, readJson, recordIds, syriaOutline } from './read.ts';
import { readText } from './derived.ts';

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
  const places = placeIds(root) ?? new Set<string>();
  const passages = recordIds(root, 'geodata/passages.json');
  const dates = passageDates(root);
  const syria = syriaOutline(root);
  const before = problems.length;
  for (const e of records) {
    for (const field of ['date', 'to'] as const) {
      const d = e[field];
      if (d !== undefined && (d < FIRST_DAY || d > LAST_DAY)) problems.push({ file: FILE, id: e.id, field, message: `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${d}` });
    }
    if (e.place && !places.has(e.place)) problems.push({ file: FILE, id: e.id, field: 'place', message: `unknown place: ${e.place}` });
    if (e.coord && syria && !turf.booleanPointInPolygon(e.coord, syria)) {
      const km = turf.pointToPolygonDistance(e.coord, syria as never, { units: 'kilometers' });
      if (km > MAX_KM_OUTSIDE) problems.push({ file: FILE, id: e.id, field: 'coord', message: `[${e.coord.join(', ')}] lies ${Math.round(km)} km outside Syria (longitude and latitude swapped?)` });
    }
    if ('passage' in e.source && !passages.has(e.source.passage)) problems.push({ file: FILE, id: e.id, field: 'source.passage', message: `unknown passage: ${e.source.passage}` });
    const unsure = 'passage' in e.source && !e.dateUncertain ? dayNotInPassage(e.to && e.to !== e.date ? { from: e.date, to: e.to } : e.date, e.source.passage, dates) : null;
    if (unsure) problems.push({ file: FILE, id: e.id, field: 'dateUncertain', message: unsure });
  }
  // The map's points, once every event is sound (a broken one has no point to compare).
  const gazetteer = path.join(root, 'geodata/places.geojson');
  if (problems.length === before && fs.existsSync(gazetteer)) {
    const text = readText(root, POINTS, problems);
    let features: Array<{ properties: { id: string }; geometry: { type: string; coordinates: unknown } }> | null = null;
    try {
      features = (JSON.parse(fs.readFileSync(gazetteer, 'utf8')) as { features: typeof features }).features;
    } catch {
      // unreadable: the places validator says so
    }
    if (text !== null && Array.isArray(features) && text !== eventPointsText(records, features)) problems.push({ file: POINTS, message: 'out of date with events.json or places.geojson (run npm run control)' });
  }
  return problems;
};
