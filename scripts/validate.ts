/**
 * `npm run validate`: checks every file under geodata/ and exits non-zero with one line per problem
 * (`file: id: field: what is wrong`). A check that cannot run for want of something outside geodata/ (the texts
 * as received, ../shared/sources) says so on a `note:` line, which does not fail. It writes nothing.
 *
 * Usage: tsx scripts/validate.ts [ROOT]   (ROOT defaults to the repository root)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAllWithNotes } from '../src/data/validate/index.ts';
import { formatProblem } from '../src/data/validate/problem.ts';

const root = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { problems, notes } = validateAllWithNotes(root);
for (const n of notes) console.log(`note: ${formatProblem(n)}`);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`validate: ${problems.length} problem(s) in ${root}`);
  process.exit(1);
}
console.log('validate: geodata is valid');
