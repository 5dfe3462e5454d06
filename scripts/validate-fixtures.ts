/**
 * Copies of the real geodata to break, for the validator's tests (`validate.test.ts`, `validate-corruptions.test.ts`):
 * each test validates its own copy, in a temporary folder, and removes it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAll } from '../src/data/validate/index.ts';
import { formatProblem } from '../src/data/validate/problem.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A copy of the real geodata, one folder down in a folder of its own (`<tmp>/main/geodata`), so that whether a
 * `../shared/sources` stands next to it is the test's choice (`withTexts`: a link to the real one).
 */
export function copyOfGeodata(withTexts = false): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geodata-')), 'main');
  fs.cpSync(path.join(ROOT, 'geodata'), path.join(dir, 'geodata'), { recursive: true });
  if (withTexts) {
    fs.mkdirSync(path.join(dir, '../shared'));
    fs.symlinkSync(path.join(ROOT, '../shared/sources'), path.join(dir, '../shared/sources'));
  }
  return dir;
}
export const removeCopy = (root: string) => fs.rmSync(path.dirname(root), { recursive: true, force: true });
/** The validator's messages for a copy of the geodata changed by `change` (given the copy's root); the copy is removed. */
export function messagesAfter(change: (root: string) => void, withTexts = false): string[] {
  const root = copyOfGeodata(withTexts);
  try {
    change(root);
    return validateAll(root).map(formatProblem);
  } finally {
    removeCopy(root);
  }
}
/** Edits a file of the copy: `fn` changes the parsed data in place, or returns what to write instead (a string as raw text). */
export function edit(root: string, file: string, fn: (data: any) => unknown) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const full = path.join(root, 'geodata', file);
  const data = JSON.parse(fs.readFileSync(full, 'utf8'));
  const out = fn(data);
  fs.writeFileSync(full, typeof out === 'string' ? out : JSON.stringify(out === undefined ? data : out));
}
export const route = (d: { features: Array<{ id: string }> }, id: string) => d.features.find((f) => f.id === id)! as any; // eslint-disable-line @typescript-eslint/no-explicit-any
export const event = (d: Array<{ id: string }>, id: string) => d.find((e) => e.id === id)! as any; // eslint-disable-line @typescript-eslint/no-explicit-any
export const place = (d: { features: Array<{ properties: { id: string } }> }, id: string) => d.features.find((f) => f.properties.id === id)! as any; // eslint-disable-line @typescript-eslint/no-explicit-any
export const town = (d: Array<{ id: string }>, id: string) => d.find((t) => t.id === id)! as any; // eslint-disable-line @typescript-eslint/no-explicit-any
