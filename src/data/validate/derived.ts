import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** A derived file's text, to compare with what the current data gives; on a missing file records a problem. */
export function readText(root: string, file: string, problems: Problem[]): string | null {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, message: 'file missing (run npm run control)' });
    return null;
  }
  return fs.readFileSync(full, 'utf8');
}
