import fs from 'node:fs';
import path from 'node:path';
import { storySchema } from '../../story/schema.ts';
import { placeIds } from './passages.ts';
import type { Problem, Validator } from './problem.ts';
import { duplicates, outOfRange, readJson, recordIds, zodProblems } from './read.ts';

const FRAME = { west: 30.5, south: 29.5, east: 45.5, north: 39.5 };

/** Every story: shape, unique chapter ids, dates in range, camera in the frame, and every id it refers to known. */
export const validateStories: Validator = (root) => {
  const problems: Problem[] = [];
  const dir = path.join(root, 'geodata/stories');
  if (!fs.existsSync(dir)) return [{ file: 'geodata/stories', message: 'folder missing' }];
  const places = placeIds(root) ?? new Set<string>();
  const passages = recordIds(root, 'geodata/passages.json');
  const events = recordIds(root, 'geodata/events.json');
  const routes = new Set((((readJson(root, 'geodata/routes.geojson', []) ?? {}) as { features?: Array<{ id: string }> }).features ?? []).map((f) => f.id));
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = `geodata/stories/${name}`;
    const raw = readJson(root, file, problems);
    if (raw === null) continue;
    const parsed = storySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, (raw as { id?: string })?.id, parsed.error.issues));
      continue;
    }
    const s = parsed.data;
    if (`${s.id}.json` !== name) problems.push({ file, id: s.id, field: 'id', message: `the file should be named ${s.id}.json` });
    for (const id of duplicates(s.chapters.map((c) => c.id))) problems.push({ file, id, field: 'chapters', message: 'duplicate chapter id' });
    s.chapters.forEach((c, i) => {
      const at = `chapters.${i}`;
      const range = outOfRange(c.date);
      if (range) problems.push({ file, id: c.id, field: `${at}.date`, message: range });
      const [x, y] = c.camera.center;
      if (x < FRAME.west || x > FRAME.east || y < FRAME.south || y > FRAME.north) problems.push({ file, id: c.id, field: `${at}.camera.center`, message: `[${x}, ${y}] lies outside the map's frame` });
      const check = (ids: readonly string[], known: Set<string>, field: string, what: string) => ids.forEach((id, k) => {
        if (!known.has(id)) problems.push({ file, id: c.id, field: `${at}.${field}.${k}`, message: `unknown ${what}: ${id}` });
      });
      check(c.highlight.places, places, 'highlight.places', 'place');
      check(c.highlight.events, events, 'highlight.events', 'event');
      check(c.highlight.routes, routes, 'highlight.routes', 'route');
      check(c.passages, passages, 'passages', 'passage');
      check((c.distances ?? []).flatMap((d) => [d.from, d.to]), places, 'distances', 'place');
    });
  }
  return problems;
};
