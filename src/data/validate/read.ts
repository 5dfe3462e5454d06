import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { FIRST_DAY, LAST_DAY } from '../../state/dates.ts';
import type { Problem } from './problem.ts';

/** Reads a JSON file of the geodata; on failure (missing, a byte-order mark, not JSON, or `null`) records a
 * problem and gives null, so that a caller given null knows it has been reported. */
export function readJson(root: string, file: string, problems: Problem[]): unknown {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, message: 'file missing' });
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
  return data;
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

/**
 * Parses a JSON list of records with its schema. Each issue is reported against its record's id (or `#index`)
 * with the field below the record; duplicate ids are reported too. Null when the list failed the schema.
 */
export function parseRecords<T extends { id: string }>(
  file: string, data: unknown, schema: { safeParse(d: unknown): { success: true; data: T[] } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } },
  problems: Problem[],
): T[] | null {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const idx = issue.path[0];
      const id = typeof idx === 'number' ? (data as Array<{ id?: string }>)[idx]?.id ?? `#${idx}` : undefined;
      problems.push(...zodProblems(file, id, [{ path: issue.path.slice(1), message: issue.message }]));
    }
    return null;
  }
  for (const id of duplicates(parsed.data.map((r) => r.id))) problems.push({ file, id, field: 'id', message: 'duplicate id' });
  return parsed.data;
}

/** The `id` of every record of a JSON list (empty when the file is missing or unreadable: its own validator says why). */
export function recordIds(root: string, file: string): Set<string> {
  const data = readJson(root, file, []);
  return new Set(Array.isArray(data) ? (data as Array<{ id?: unknown }>).map((r) => r.id).filter((id): id is string => typeof id === 'string') : []);
}

/** The date each passage gives (a day, or a span `{ from, to }`), by passage id; empty when passages.json is unreadable. */
export function passageDates(root: string): Map<string, string | { from: string; to: string } | undefined> {
  const data = readJson(root, 'geodata/passages.json', []);
  const out = new Map<string, string | { from: string; to: string } | undefined>();
  if (Array.isArray(data)) for (const p of data as Array<{ id?: unknown; date?: unknown }>) {
    if (typeof p.id === 'string') out.set(p.id, p.date as string | { from: string; to: string } | undefined);
  }
  return out;
}

/**
 * Why a day (or an event's span of days) sourced to a passage must be marked `dateUncertain`, or null when it
 * need not: the passage gives that very day or span (a month, a wider span or no date at all leaves the day to
 * the editor).
 */
export function dayNotInPassage(day: string | { from: string; to: string }, passage: string, dates: ReadonlyMap<string, string | { from: string; to: string } | undefined>): string | null {
  if (!dates.has(passage)) return null;
  const d = dates.get(passage);
  const text = (x: string | { from: string; to: string }) => (typeof x === 'string' ? x : `${x.from} to ${x.to}`);
  if (d !== undefined && text(d) === text(day)) return null;
  const given = d === undefined ? 'gives no date' : `is dated ${text(d)}`;
  return `the day ${text(day)} is not in passage ${passage}, which ${given}: mark it dateUncertain, or cite a record of that day`;
}

/** Syria's outline (geodata/basemap/syria.geojson), or null when it is missing or unreadable: the basemap's validator says so. */
export function syriaOutline(root: string): Feature<Polygon | MultiPolygon> | null {
  const fc = readJson(root, 'geodata/basemap/syria.geojson', []) as { features?: unknown } | null;
  const first = Array.isArray(fc?.features) ? fc.features[0] as Feature<Polygon | MultiPolygon> | undefined : undefined;
  return first?.geometry && (first.geometry.type === 'Polygon' || first.geometry.type === 'MultiPolygon') ? first : null;
}

/** A derived file's text, to compare with what the current data gives; on a missing file records a problem. */
export function readText(root: string, file: string, problems: Problem[]): string | null {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, message: 'file missing (run npm run control)' });
    return null;
  }
  return fs.readFileSync(full, 'utf8');
}

/** What is wrong with a date outside the days the viewer replays, or null. */
export function outOfRange(day: string): string | null {
  return day < FIRST_DAY || day > LAST_DAY ? `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${day}` : null;
}
