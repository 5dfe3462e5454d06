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
