/**
 * `npm run sources`: writes the clean transcriptions geodata/sources/<id>.md from the texts as received
 * (../shared/sources, or the folder given as first argument). The clean copies are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPierret } from './pierret.ts';
import { cleanGiustozzi, cleanIranSyria, cleanIranTurkey } from './others.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const from = process.argv[2] ?? path.resolve(root, '../shared/sources');

export const RAW_FILES: Record<string, string> = {
  'pierret-2017': 'pierret-deconfliction-2017.txt',
  'giustozzi-2025': 'giustozzi-prisoners-of-assad-2025.md',
  'iran-turkey-2018': 'iran-turkey-idlib-2018.txt',
  'iran-syria-2024': 'iran-syria-visits-2024.txt',
};
const CLEAN: Record<string, (raw: string) => string> = {
  'pierret-2017': cleanPierret,
  'giustozzi-2025': cleanGiustozzi,
  'iran-turkey-2018': cleanIranTurkey,
  'iran-syria-2024': cleanIranSyria,
};

for (const [id, file] of Object.entries(RAW_FILES)) {
  const raw = fs.readFileSync(path.join(from, file), 'utf8');
  const out = path.join(root, 'geodata/sources', `${id}.md`);
  fs.writeFileSync(out, CLEAN[id]!(raw));
  console.log(`${id}: ${fs.statSync(out).size} bytes`);
}
