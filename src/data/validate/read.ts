import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import { passageSchema } from '../schema/passages.ts';
import type { Problem } from './problem.ts';
import { positionProblem, positions, ringProblem, shapeProblem } from './geojson.ts';

/** Reads a JSON file of the geodata; on failure (missing, a byte-order mark, not JSON, or `null`) records a
 * problem and gives null, so that a caller given null knows it has been reported. */
export function readJson(root: string, file: string, problems: Problem[]): unknown {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    const link = fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink();
    problems.push({ file, message: link ? 'is a symbolic link to nothing (a missing file, or a loop of links)' : 'file missing' });
    return null;
  }
  const stat = fs.statSync(full);
  if (!stat.isFile()) {
    problems.push({ file, message: stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file (a device, a pipe or a socket)' });
    return null;
  }
  const text = fs.readFileSync(full, 'utf8');
  if (text.startsWith('\uFEFF')) {
    problems.push({ file, message: 'starts with a byte-order mark: save it as UTF-8 without one' });
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // One line per problem: V8's message can quote the text around the fault, newlines and all.
    problems.push({ file, message: `not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ')}` });
    return null;
  }
  if (data === null) problems.push({ file, message: 'holds null instead of its data' });
  // JSON.parse keeps the last of two equal keys: an editor reading the first would see what no check saw.
  const twice = duplicateKey(text);
  if (twice) problems.push({ file, message: `line ${twice.line}: key ${JSON.stringify(twice.key).slice(0, 80)} given twice in one object (only the last counts): remove one` });
  return data;
}

/**
 * The first key given twice in one object of a valid JSON text, with its line, or null. A scan of the text (no
 * recursion, so any depth of nesting is safe), run only once JSON.parse has accepted it.
 */
export function duplicateKey(text: string): { key: string; line: number } | null {
  const stack: Array<Set<string> | null> = []; // one entry per open object (its keys) or array (null)
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const keys = stack.at(-1)!;
        if (keys.has(key)) return { key, line: text.slice(0, i).split('\n').length };
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') stack.push(null);
    else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') expectKey = stack.at(-1) != null;
  }
  return null;
}

/** zod issues as problems: `field` is the issue's path below the record. */
export function zodProblems(file: string, id: string | undefined, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Problem[] {
  return issues.map((i) => ({ file, id, field: i.path.map(String).join('.') || undefined, message: i.message }));
}

/** Ids that occur more than once. */
export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** A schema of one record, as zod gives it. */
export interface RecordSchema<T> { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } }

/** A record's id for a message: its `id` when it has a string one, else `#index`. */
export function recordId(raw: unknown, i: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${i}`;
}

/**
 * Parses a JSON list of records, one by one, with the schema of a record. Each issue is reported against its
 * record's id (or `#index`) with the field below the record, and the record is left out of the list returned, so
 * that the checks that follow run on the sound ones; duplicate ids are reported too. Null (reported) when the
 * data is not a list at all.
 */
export function parseRecords<T extends { id: string }>(file: string, data: unknown, schema: RecordSchema<T>, problems: Problem[]): T[] | null {
  if (!Array.isArray(data)) {
    problems.push({ file, message: `not a list of records (holds ${describe(data)})` });
    return null;
  }
  const valid: T[] = [];
  data.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(...zodProblems(file, recordId(raw, i), parsed.error.issues));
  });
  for (const id of duplicates(valid.map((r) => r.id))) problems.push({ file, id, field: 'id', message: 'duplicate id' });
  return valid;
}

/** What a file holds instead of what it should, in a few words. */
export function describe(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return `a list of ${data.length}`;
  if (typeof data === 'object') return 'an object';
  return `a ${typeof data}`;
}

/** The line a check gives instead of its findings when a file it reads, which another check owns, cannot be used. */
export function skipped(file: string, field: string | undefined, dependency: string): Problem {
  return { file, field, message: `skipped: ${dependency} could not be read` };
}

/** The records of a list another validator owns, silently parsed with their schema: the sound ones, or null when the file cannot be read or is not a list. */
export function soundRecords<T>(root: string, file: string, schema: RecordSchema<T>): T[] | null {
  const data = readJson(root, file, []);
  if (!Array.isArray(data)) return null;
  return data.flatMap((raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The `id` of every record of a JSON list, broken records included (a reference to a record whose own problems
 * are reported is not reported again); null when the file cannot be read, is not a list or (`nonEmpty`) is empty.
 */
export function recordIds(root: string, file: string, nonEmpty = false): Set<string> | null {
  const data = readJson(root, file, []);
  if (!Array.isArray(data) || (nonEmpty && data.length === 0)) return null;
  return new Set(data.map((r: unknown) => (r as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
}

/** What a control period or an event needs of a passage: its text's id and the date it gives. */
export interface PassageDate { source: string; date?: string | { from: string; to: string } }

/** The sound passages (see passagesSchema), by id; null when passages.json cannot be read or is not a list. */
export function passageDates(root: string): Map<string, PassageDate> | null {
  const records = soundRecords(root, 'geodata/passages.json', passageSchema);
  return records && new Map(records.map((p) => [p.id, { source: p.source, date: p.date }]));
}

/**
 * Why a day (or an event's span of days) sourced to a passage must be marked `dateUncertain`, or null when it
 * need not: the passage gives that very day or span (a month, a wider span or no date at all leaves the day to
 * the editor).
 */
export function dayNotInPassage(day: string | { from: string; to: string }, passage: string, dates: ReadonlyMap<string, PassageDate>): string | null {
  if (!dates.has(passage)) return null;
  const d = dates.get(passage)!.date;
  const text = (x: string | { from: string; to: string }) => (typeof x === 'string' ? x : `${x.from} to ${x.to}`);
  if (d !== undefined && text(d) === text(day)) return null;
  const given = d === undefined ? 'gives no date' : `is dated ${text(d)}`;
  return `the day ${text(day)} is not in passage ${passage}, which ${given}: mark it dateUncertain, or cite a record of that day`;
}

/** Syria's outline (geodata/basemap/syria.geojson), or null when it is missing or unreadable: the basemap's validator says so. */
export function syriaOutline(root: string): Feature<Polygon | MultiPolygon> | null {
  const fc = readJson(root, 'geodata/basemap/syria.geojson', []) as { features?: unknown } | null;
  const first = Array.isArray(fc?.features) ? fc.features[0] as Feature<Polygon | MultiPolygon> | undefined : undefined;
  return first?.geometry && (first.geometry.type === 'Polygon' || first.geometry.type === 'MultiPolygon') && soundOutline(first.geometry) ? first : null;
}

/**
 * An outline turf can measure against: well shaped, every position in range and every ring sound. turf, handed
 * 100,000 nested lists or a position at 1e400, stops every check that measures against it.
 */
function soundOutline(g: Polygon | MultiPolygon): boolean {
  if (shapeProblem(g)) return false;
  for (const [p] of positions(g.coordinates)) if (positionProblem(p)) return false;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.every((rings) => rings.every((ring, i) => !ringProblem(ring, i === 0)));
}

/**
 * A derived file's text, to compare with what the current data gives, with Windows line ends read as `\n` (a
 * checkout that turned them into CRLF is not out of date); on a missing file records a problem.
 */
export function readText(root: string, file: string, problems: Problem[], rebuild = 'npm run control'): string | null {
  const full = path.join(root, file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
    problems.push({ file, message: `file missing (run ${rebuild})` });
    return null;
  }
  return fs.readFileSync(full, 'utf8').replace(/\r\n/g, '\n');
}

/** What is wrong with a date outside the days the viewer replays, or null. */
export function outOfRange(day: string): string | null {
  return day < FIRST_DAY || day > LAST_DAY ? `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${day}` : null;
}
