import fs from 'node:fs';
import path from 'node:path';
import { parseCorpus } from '../corpus.ts';
import { sourceSchema } from '../schema/sources.ts';
import { frontMatterDiff, RAW_TEXTS, rawDir, unfaithful } from './fidelity.ts';
import type { Problem, Validator } from './problem.ts';
import { duplicates, parseRecords, readJson } from './read.ts';

const FILE = 'geodata/sources.json';

/**
 * sources.json: its shape, unique ids, and for each source a clean text that exists, parses and (when the texts
 * as received are at ../shared/sources, next to the repository) says the same as the text received, word for word.
 */
export const validateSources: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const records = parseRecords(FILE, data, sourceSchema, problems);
  if (!records) return problems;
  if (records.length === 0 && Array.isArray(data) && data.length === 0) return [{ file: FILE, message: 'lists no text' }];
  const haveRaw = fs.existsSync(rawDir(root));
  if (!haveRaw) problems.push({ file: 'geodata/sources', message: `not compared with the texts as received: ${rawDir(root)} is absent`, note: true });
  for (const s of records) {
    // A text the validator has no received copy of could say anything: every passage quoting it would pass.
    if (!Object.hasOwn(RAW_TEXTS, s.id)) {
      problems.push({ file: FILE, id: s.id, field: 'id', message: `not one of the texts as received (${Object.keys(RAW_TEXTS).join(', ')}): a text must be in ../shared/sources and in RAW_TEXTS (src/data/validate/fidelity.ts) to be compared word for word` });
      continue;
    }
    if (haveRaw && !fs.existsSync(path.join(rawDir(root), RAW_TEXTS[s.id]!.file))) {
      problems.push({ file: `geodata/${s.file}`, id: s.id, message: `not compared with the text as received: ${path.join(rawDir(root), RAW_TEXTS[s.id]!.file)} is absent`, note: true });
    }
    const full = path.join(root, 'geodata', s.file);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
      problems.push({ file: FILE, id: s.id, field: 'file', message: `${s.file} does not exist` });
      continue;
    }
    const markdown = fs.readFileSync(full, 'utf8');
    const blocks = parseCorpus(markdown);
    const file = `geodata/${s.file}`;
    if (!blocks.some((b) => b.kind === 'body')) problems.push({ file, id: s.id, message: 'has no body paragraph' });
    const titles = blocks.filter((b) => b.kind === 'title').length;
    if (titles > 1) problems.push({ file, id: s.id, message: `${titles} titles (# lines): at most one` });
    const notes = blocks.filter((b) => b.kind === 'footnote').map((b) => b.note ?? '');
    for (const n of duplicates(notes)) problems.push({ file, id: s.id, message: `footnote ${n} defined twice` });
    const marks = new Set(blocks.filter((b) => b.kind !== 'footnote').flatMap((b) => [...b.text.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]!)));
    for (const n of marks) if (!notes.includes(n)) problems.push({ file, id: s.id, message: `footnote mark [^${n}] has no footnote` });
    for (const n of notes) if (!marks.has(n)) problems.push({ file, id: s.id, message: `footnote ${n} is never referenced` });
    const front = haveRaw ? frontMatterDiff(root, s.id, s.frontMatter) : null;
    if (front) problems.push({ file: FILE, id: s.id, field: 'frontMatter', message: `not as it stands in the text as received: ${front}` });
    const diff = haveRaw ? unfaithful(root, s.id, markdown) : null;
    if (diff) problems.push({ file, id: s.id, message: `differs from the text as received (../shared/sources), ${diff} (run npm run sources, or undo the edit)` });
  }
  return problems;
};
