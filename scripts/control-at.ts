/**
 * `npm run --silent control-at -- YYYY-MM-DD LON LAT`: who held a point on a date. Prints one line,
 * tab-separated: the faction id (or `none` outside Syria), the status, the feature the answer rests on
 * (a town's or zone's id, since when, and whether that day is approximate), its source, and the period's note
 * (`-` where there is none), as the viewer's popup gives them. With no arguments, reads `YYYY-MM-DD LON LAT` queries from standard
 * input, one a line, and answers each on its own line, in order; a malformed line is answered
 * `error: <what is wrong>` and the others still answered. Exit status: 0 when every query was answered, 1
 * when any was malformed, 2 for a wrong number of arguments.
 */
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { controlAt, queryProblem, sourceText, type ControlData } from '../src/control/control-at.ts';
import { loadControlData } from '../src/control/load-node.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function answer(data: ControlData, fields: string[]): string {
  if (fields.length !== 3) return `error: expected YYYY-MM-DD LON LAT, got ${fields.length} field(s)`;
  const [date, lonText, latText] = fields as [string, string, string];
  const num = (s: string) => (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN);
  const lon = num(lonText);
  const lat = num(latText);
  const problem = queryProblem(date, lon, lat);
  if (problem) return `error: ${problem.replace(/NaN/, Number.isNaN(lon) ? lonText : latText)}`;
  const a = controlAt(data, date, [lon, lat]);
  if (a.faction === 'none') return `none\t-\t-\t${a.reason}\t-`;
  // A field holds no tab or line break, whatever a record's text has.
  const field = (s: string) => s.replace(/\s+/g, ' ').trim();
  const since = `since ${a.since}${a.dateUncertain ? ', day approximate' : ''}`;
  return [a.faction, a.status, `${a.kind} ${a.feature} (${since})`, field(sourceText(a.source)), a.note ? field(a.note) : '-'].join('\t');
}

const args = process.argv.slice(2);
const data = loadControlData(root);
if (args.length > 0) {
  const line = answer(data, args);
  if (line.startsWith('error: ')) {
    console.error(line);
    process.exit(args.length === 3 ? 1 : 2);
  }
  console.log(line);
} else {
  let failed = false;
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    const fields = raw.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) continue;
    const line = answer(data, fields);
    if (line.startsWith('error: ')) failed = true;
    console.log(line);
  }
  process.exit(failed ? 1 : 0);
}
