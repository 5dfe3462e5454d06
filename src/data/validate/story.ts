import fs from 'node:fs';
import path from 'node:path';
import { BASEMAP_FRAME } from '../../map/frame.ts';
import { storySchema } from '../../story/schema.ts';
import { eventNear } from '../../control/events-layers.ts';
import { dayNumber, isIsoDate } from '../../state/dates.ts';
import { gazetteer, PLACES } from './gazetteer.ts';
import { showId, type Problem, type Validator } from './problem.ts';
import { duplicates, outOfRange, readJson, recordId, recordIds, skipped, zodProblems } from './read.ts';

const [west, south, east, north] = BASEMAP_FRAME;
const FRAME = { west, south, east, north };

/** Every story: shape, unique chapter ids, dates in range, camera in the frame, and every id it refers to known. */
export const validateStories: Validator = (root) => {
  const problems: Problem[] = [];
  const dir = path.join(root, 'geodata/stories');
  if (!fs.existsSync(dir)) return [{ file: 'geodata/stories', message: 'folder missing' }];
  if (!fs.statSync(dir).isDirectory()) return [{ file: 'geodata/stories', message: 'is a file, not a folder of stories' }];
  const routesFc = readJson(root, 'geodata/routes.geojson', []) as { features?: unknown } | null;
  const events = readJson(root, 'geodata/events.json', []);
  const eventList = Array.isArray(events) ? (events as Array<{ id?: unknown; date?: unknown; to?: unknown } | null>) : null;
  // What the chapters refer to; null when its file cannot be read (its own check says why, and these are skipped).
  const known: Record<string, Set<string> | null> = {
    place: gazetteer(root)?.ids ?? null,
    passage: recordIds(root, 'geodata/passages.json'),
    event: eventList && new Set(eventList.map((e) => e?.id).filter((id): id is string => typeof id === 'string')),
    route: Array.isArray(routesFc?.features) ? new Set((routesFc.features as unknown[]).map((f, i) => recordId(f, i))) : null,
  };
  // The events' days, to check that a chapter's highlighted event is on the map at the chapter's date.
  const eventDays = new Map<string, [number, number]>();
  for (const e of eventList ?? []) {
    if (typeof e?.id !== 'string' || typeof e.date !== 'string' || !isIsoDate(e.date)) continue;
    const to = typeof e.to === 'string' && isIsoDate(e.to) ? e.to : e.date;
    eventDays.set(e.id, [dayNumber(e.date), dayNumber(to)]);
  }
  const files: Record<string, string> = { place: PLACES, passage: 'geodata/passages.json', event: 'geodata/events.json', route: 'geodata/routes.geojson' };
  for (const [what, ids] of Object.entries(known)) if (!ids) problems.push(skipped('geodata/stories', `${what}s`, files[what]!));
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = `geodata/stories/${name}`;
    const raw = readJson(root, file, problems);
    if (raw === null) continue;
    const parsed = storySchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push(...zodProblems(file, typeof id === 'string' ? id : undefined, parsed.error.issues));
      continue;
    }
    const s = parsed.data;
    if (`${s.id}.json` !== name) problems.push({ file, id: s.id, field: 'id', message: `the file should be named ${s.id}.json` });
    for (const id of duplicates(s.chapters.map((c) => c.id))) problems.push({ file, id, field: 'chapters', message: 'duplicate chapter id' });
    s.chapters.forEach((c, i) => {
      const at = `chapters.${i}`;
      // The story is told in time: Next moves the slider forwards (two chapters may share a day).
      const before = s.chapters[i - 1];
      if (before && c.date < before.date) problems.push({ file, id: c.id, field: `${at}.date`, message: `${c.date} is before the chapter before it (${before.id}, ${before.date})` });
      for (const [field, ids] of [['passages', c.passages], ['highlight.places', c.highlight.places], ['highlight.events', c.highlight.events], ['highlight.routes', c.highlight.routes]] as const) {
        for (const id of duplicates(ids)) problems.push({ file, id: c.id, field: `${at}.${field}`, message: `lists ${showId(id)} twice` });
      }
      // A highlighted event must be on the map at the chapter's date, or its ring is not there to see.
      for (const [k, id] of c.highlight.events.entries()) {
        const days = eventDays.get(id);
        if (days && !eventNear(dayNumber(c.date), days[0], days[1])) problems.push({ file, id: c.id, field: `${at}.highlight.events.${k}`, message: `event ${showId(id)} is not on the map on ${c.date} (it shows from 10 days before it until 45 days after)` });
      }
      const range = outOfRange(c.date);
      if (range) problems.push({ file, id: c.id, field: `${at}.date`, message: range });
      const [x, y] = c.camera.center;
      if (x < FRAME.west || x > FRAME.east || y < FRAME.south || y > FRAME.north) problems.push({ file, id: c.id, field: `${at}.camera.center`, message: `[${x}, ${y}] lies outside the map's frame` });
      const check = (ids: readonly string[], what: string, field: string) => ids.forEach((id, k) => {
        if (known[what] && !known[what].has(id)) problems.push({ file, id: c.id, field: `${at}.${field}.${k}`, message: `unknown ${what}: ${showId(id)}` });
      });
      check(c.highlight.places, 'place', 'highlight.places');
      check(c.highlight.events, 'event', 'highlight.events');
      check(c.highlight.routes, 'route', 'highlight.routes');
      check(c.passages, 'passage', 'passages');
      check((c.distances ?? []).flatMap((d) => [d.from, d.to]), 'place', 'distances');
    });
  }
  return problems;
};
