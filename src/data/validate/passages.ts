import fs from 'node:fs';
import path from 'node:path';
import { QUOTABLE, parseCorpus } from '../corpus.ts';
import { passagesSchema } from '../schema/passages.ts';
import { normalizeWhitespace } from '../corpus.ts';
import type { Problem, Validator } from './problem.ts';
import { duplicates, readJson, zodProblems } from './read.ts';

const FILE = 'geodata/passages.json';

/**
 * The quotable text of each source: body, quotations and headings (not pull quotes, standfirsts or
 * footnotes), with footnote marks removed and whitespace normalised. Passages must stand in it verbatim.
 */
export function quotableText(markdown: string): string {
  return normalizeWhitespace(parseCorpus(markdown).filter((b) => QUOTABLE.has(b.kind)).map((b) => b.text.replace(/\[\^\d+\]/g, '')).join('\n'));
}

export function placeIds(root: string): Set<string> | null {
  const full = path.join(root, 'geodata/places.geojson');
  if (!fs.existsSync(full)) return null;
  try {
    const fc = JSON.parse(fs.readFileSync(full, 'utf8')) as { features?: Array<{ properties?: { id?: string } }> };
    return new Set((fc.features ?? []).map((f) => f.properties?.id).filter((x): x is string => typeof x === 'string'));
  } catch {
    return null;
  }
}

/** passages.json: shape, unique ids, known sources and places, and every quote word for word in its source. */
export const validatePassages: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const parsed = passagesSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const idx = issue.path[0];
      const id = typeof idx === 'number' ? (data as Array<{ id?: string }>)[idx]?.id ?? `#${idx}` : undefined;
      problems.push(...zodProblems(FILE, id, [{ path: issue.path.slice(1), message: issue.message }]));
    }
    return problems;
  }
  for (const id of duplicates(parsed.data.map((p) => p.id))) problems.push({ file: FILE, id, field: 'id', message: 'duplicate id' });

  const sources = (readJson(root, 'geodata/sources.json', problems) ?? []) as Array<{ id: string; file: string }>;
  const texts = new Map<string, string>();
  for (const s of sources) {
    const full = path.join(root, 'geodata', s.file);
    if (fs.existsSync(full)) texts.set(s.id, quotableText(fs.readFileSync(full, 'utf8')));
  }
  const places = placeIds(root);
  if (!places) problems.push({ file: 'geodata/places.geojson', message: 'missing or unreadable: passages cannot be checked against it' });

  for (const p of parsed.data) {
    const text = texts.get(p.source);
    if (text === undefined) problems.push({ file: FILE, id: p.id, field: 'source', message: `unknown source: ${p.source}` });
    else if (!text.includes(normalizeWhitespace(p.text))) problems.push({ file: FILE, id: p.id, field: 'text', message: `not found verbatim in ${p.source}` });
    p.places.forEach((pl, i) => {
      if (places && !places.has(pl)) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `unknown place: ${pl}` });
    });
  }
  return problems;
};
