import fs from 'node:fs';
import path from 'node:path';
import { parseCorpus } from '../corpus.ts';
import { sourcesSchema } from '../schema/sources.ts';
import type { Problem, Validator } from './problem.ts';
import { duplicates, readJson, zodProblems } from './read.ts';

const FILE = 'geodata/sources.json';

/** sources.json: its shape, unique ids, and a clean text for each source that parses into blocks. */
export const validateSources: Validator = (root) => {
  const problems: Problem[] = [];
  const data = readJson(root, FILE, problems);
  if (data === null) return problems;
  const parsed = sourcesSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const idx = issue.path[0];
      const id = typeof idx === 'number' ? (data as Array<{ id?: string }>)[idx]?.id ?? `#${idx}` : undefined;
      problems.push(...zodProblems(FILE, id, [{ path: issue.path.slice(1), message: issue.message }]));
    }
    return problems;
  }
  for (const id of duplicates(parsed.data.map((s) => s.id))) problems.push({ file: FILE, id, field: 'id', message: 'duplicate id' });
  for (const s of parsed.data) {
    const full = path.join(root, 'geodata', s.file);
    if (!fs.existsSync(full)) problems.push({ file: FILE, id: s.id, field: 'file', message: `${s.file} does not exist` });
    else if (parseCorpus(fs.readFileSync(full, 'utf8')).filter((b) => b.kind === 'body').length === 0) {
      problems.push({ file: `geodata/${s.file}`, id: s.id, message: 'has no body paragraph' });
    }
  }
  return problems;
};
