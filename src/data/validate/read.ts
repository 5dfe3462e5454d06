import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** Reads a JSON file of the geodata; on failure records a problem and gives null. */
export function readJson(root: string, file: string, problems: Problem[]): unknown {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, message: 'file missing' });
    return null;
  }
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (e) {
    problems.push({ file, message: `not valid JSON: ${(e as Error).message}` });
    return null;
  }
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
