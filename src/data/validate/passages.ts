import fs from 'node:fs';
import path from 'node:path';
import { type Block, findPassage, normalizeWhitespace, parseCorpus } from '../corpus.ts';
import { occursIn } from '../../places/match.ts';
import { passagesSchema } from '../schema/passages.ts';
import type { Problem, Validator } from './problem.ts';
import { parseRecords, readJson } from './read.ts';

const FILE = 'geodata/passages.json';

/**
 * The places of geodata/places.geojson: each id (`properties.id`) with the names a text may call it by (`name`
 * and `aliases`, as the popups highlight them), or null when the file is absent or unreadable.
 */
export function placeNames(root: string): Map<string, string[]> | null {
  const full = path.join(root, 'geodata/places.geojson');
  if (!fs.existsSync(full)) return null;
  try {
    const fc = JSON.parse(fs.readFileSync(full, 'utf8')) as { features?: Array<{ properties?: { id?: unknown; name?: unknown; aliases?: unknown } }> };
    const out = new Map<string, string[]>();
    for (const f of fc.features ?? []) {
      const { id, name, aliases } = f.properties ?? {};
      if (typeof id !== 'string') continue;
      out.set(id, [name, ...(Array.isArray(aliases) ? aliases : [])].filter((n): n is string => typeof n === 'string'));
    }
    return out;
  } catch {
    return null;
  }
}

/** The ids of geodata/places.geojson, or null when the file is absent or unreadable. */
export function placeIds(root: string): Set<string> | null {
  const names = placeNames(root);
  return names && new Set(names.keys());
}

/** The parsed clean text of each source listed in sources.json whose file exists. */
function sourceBlocks(root: string, sources: unknown): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  for (const s of (Array.isArray(sources) ? sources : []) as Array<{ id?: unknown; file?: unknown }>) {
    if (typeof s.id !== 'string' || typeof s.file !== 'string') continue;
    const full = path.join(root, 'geodata', s.file);
    if (fs.existsSync(full)) out.set(s.id, parseCorpus(fs.readFileSync(full, 'utf8')));
  }
  return out;
}

/**
 * passages.json: shape and real dates (schema), unique ids, a known source, the text word for word inside one
 * quotable block of that source (not a pull quote or footnote, not across a footnote mark), a dateNote for every
 * date, and places that exist in the gazetteer, each named in the text by its name or an alias unless a `note`
 * says why the passage is tied to it.
 */
export const validatePassages: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const records = parseRecords(FILE, data, passagesSchema, problems);
  if (!records) return problems;

  const sources = readJson(root, 'geodata/sources.json', problems);
  const texts = sourceBlocks(root, sources);
  // The last day each text can speak of: its date (a year's last day for a year); none for "not stated".
  const writtenBy = new Map<string, string>();
  if (Array.isArray(sources)) for (const s of sources as Array<{ id?: unknown; date?: unknown }>) {
    if (typeof s.id !== 'string' || typeof s.date !== 'string') continue;
    if (/^\d{4}$/.test(s.date)) writtenBy.set(s.id, `${s.date}-12-31`);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(s.date)) writtenBy.set(s.id, s.date);
  }
  const places = placeNames(root);
  if (!places) problems.push({ file: 'geodata/places.geojson', message: 'missing or unreadable: passage places cannot be checked' });
  const seen = new Map<string, string>();

  for (const p of records) {
    const blocks = texts.get(p.source);
    if (blocks === undefined) problems.push({ file: FILE, id: p.id, field: 'source', message: `unknown source: ${p.source}` });
    else if (/\[\^\d+\]/.test(p.text)) problems.push({ file: FILE, id: p.id, field: 'text', message: 'contains a footnote mark: cut the passage before it' });
    else if (!findPassage(blocks, p.text)) problems.push({ file: FILE, id: p.id, field: 'text', message: `not found verbatim in ${p.source}` });
    const key = `${p.source}\t${normalizeWhitespace(p.text)}`;
    const twin = seen.get(key);
    if (twin && twin !== p.id) problems.push({ file: FILE, id: p.id, field: 'text', message: `same text as ${twin}` });
    else seen.set(key, p.id);
    if (p.date !== undefined && !p.dateNote) problems.push({ file: FILE, id: p.id, field: 'dateNote', message: 'a date needs a dateNote saying how it was read' });
    const last = p.date === undefined ? undefined : typeof p.date === 'string' ? p.date : p.date.to;
    const written = writtenBy.get(p.source);
    if (last !== undefined && written !== undefined && last > written) problems.push({ file: FILE, id: p.id, field: 'date', message: `${last} is after its text was written (${written})` });
    const named = occursIn(p.text);
    if (places) p.places.forEach((pl, i) => {
      const names = places.get(pl);
      if (p.places.indexOf(pl) < i) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `${pl} listed twice` });
      else if (!names) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `unknown place: ${pl}` });
      // A popup quotes the passage for every place it lists: one it does not name needs a reason a reader can check.
      else if (!p.note && !names.some(named)) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `${pl} is not named in the text (${[...new Set(names)].join(', ') || 'no name'}): add a note saying why the passage is tied to it` });
    });
  }
  return problems;
};
