import { findPassage, normalizeWhitespace } from '../corpus.ts';
import { occursIn } from '../../places/match.ts';
import { passageSchema } from '../schema/passages.ts';
import { gazetteer, PLACES } from './gazetteer.ts';
import { showId, type Problem, type Validator } from './problem.ts';
import { parseRecords, readJson, skipped } from './read.ts';
import { SOURCES, sourceTexts } from './texts.ts';

const FILE = 'geodata/passages.json';

/**
 * The first space character of a quote other than a plain space, a tab or a line break (which the comparison with
 * the text reads as one space), named by its code point; or null. The search folds every Unicode space into one,
 * so a no-break space, a zero-width no-break space or an ogham mark (drawn as a dash) would pass as the source's words.
 */
function oddSpace(text: string): string | null {
  const c = /[^\S \t\n]/.exec(text)?.[0];
  return c === undefined ? null : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
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
  const records = parseRecords(FILE, data, passageSchema, problems);
  if (!records) return problems;
  if (Array.isArray(data) && data.length === 0) return [{ file: FILE, message: 'holds no passages' }];

  const texts = sourceTexts(root);
  if (!texts) problems.push(skipped(FILE, 'source', SOURCES));
  const byId = new Map((texts ?? []).map((t) => [t.id, t]));
  const gaz = gazetteer(root);
  if (!gaz) problems.push(skipped(FILE, 'places', PLACES));
  const seen = new Map<string, string>();

  for (const p of records) {
    const text = byId.get(p.source);
    const odd = oddSpace(p.text);
    if (texts && !text) problems.push({ file: FILE, id: p.id, field: 'source', message: `unknown source: ${showId(p.source)}` });
    else if (/\[\^\d+\]/.test(p.text)) problems.push({ file: FILE, id: p.id, field: 'text', message: 'contains a footnote mark: cut the passage before it' });
    else if (odd) problems.push({ file: FILE, id: p.id, field: 'text', message: `holds ${odd}, which the texts do not use: type a plain space` });
    else if (text?.blocks && !findPassage(text.blocks, p.text)) problems.push({ file: FILE, id: p.id, field: 'text', message: `not found verbatim in ${p.source}` });
    const key = `${p.source}\t${normalizeWhitespace(p.text)}`;
    const twin = seen.get(key);
    if (twin && twin !== p.id) problems.push({ file: FILE, id: p.id, field: 'text', message: `same text as ${twin}` });
    else seen.set(key, p.id);
    if (p.date !== undefined && !p.dateNote?.trim()) problems.push({ file: FILE, id: p.id, field: 'dateNote', message: 'a date needs a dateNote saying how it was read' });
    const last = p.date === undefined ? undefined : typeof p.date === 'string' ? p.date : p.date.to;
    const written = text?.writtenBy;
    if (last !== undefined && written !== undefined && last > written) problems.push({ file: FILE, id: p.id, field: 'date', message: `${last} is after its text was written (${written})` });
    const named = occursIn(p.text);
    if (gaz) p.places.forEach((pl, i) => {
      const names = gaz.names.get(pl);
      if (p.places.indexOf(pl) < i) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `${pl} listed twice` });
      else if (!gaz.ids.has(pl)) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `unknown place: ${showId(pl)}` });
      // A popup quotes the passage for every place it lists: one it does not name needs a reason a reader can check.
      else if (!p.note?.trim() && !names!.some(named)) problems.push({ file: FILE, id: p.id, field: `places.${i}`, message: `${pl} is not named in the text (${[...new Set(names)].join(', ') || 'no name'}): add a note saying why the passage is tied to it` });
    });
  }
  return problems;
};
