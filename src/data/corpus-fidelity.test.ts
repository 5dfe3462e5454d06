/**
 * The clean copies say the same as the texts as received: letter for letter and digit for digit, once
 * markup, whitespace, punctuation and line-break hyphens are set aside. Only the artefacts listed in
 * geodata/README.md are dropped. A changed, added or lost word fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from './corpus.ts';

const ROOT = path.resolve(__dirname, '../..');
const RAW = path.resolve(ROOT, '../shared/sources');
const letters = (s: string) => s.replace(/\[\^(\d+)\]/g, '$1').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const clean = (id: string) => parseCorpus(fs.readFileSync(path.join(ROOT, 'geodata/sources', `${id}.md`), 'utf8'));
/** Equal, or the first place where they differ (a short diff rather than two whole texts). */
function sameLetters(actual: string, expected: string) {
  const a = letters(actual);
  const e = letters(expected);
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  expect(i === a.length && a.length === e.length ? 'same' : `differs at ${i}: clean "${a.slice(i - 30, i + 30)}" vs raw "${e.slice(i - 30, i + 30)}"`).toBe('same');
}
const raw = (file: string) => fs.readFileSync(path.join(RAW, file), 'utf8');
const haveRaw = fs.existsSync(RAW);

describe.skipIf(!haveRaw)('clean copies are faithful', () => {
  it('Pierret: the body and every footnote, word for word', () => {
    const blocks = clean('pierret-2017');
    const lines = raw('pierret-deconfliction-2017.txt').split('\n');
    // The footnotes stand at the foot of the PDF's pages (lines starting "N “…"); one runs onto a second line.
    const isNote = (i: number) => /^\d \S/.test(lines[i]!) || (i > 0 && /^\d \S/.test(lines[i - 1]!) && /^‘Iranian/.test(lines[i]!));
    const rawBody = lines.filter((_, i) => !isNote(i)).join('\n');
    const rawNotes = lines.filter((_, i) => isNote(i)).join('\n');
    sameLetters(blocks.filter((b) => b.kind !== 'footnote').map((b) => b.text).join(' '), rawBody);
    sameLetters(blocks.filter((b) => b.kind === 'footnote').map((b) => `${b.note} ${b.text}`).join(' '), rawNotes);
  });

  it('Giustozzi: everything after the front matter', () => {
    const blocks = clean('giustozzi-2025');
    const body = raw('giustozzi-prisoners-of-assad-2025.md').replace(/^---\n[\s\S]*?\n---\n/, '').replace('<excerpt/>', '');
    sameLetters(blocks.slice(1).map((b) => b.text).join(' '), body);
    expect(blocks[0]!.kind).toBe('title');
  });

  it('the 2018 text, whole', () => {
    sameLetters(clean('iran-turkey-2018').map((b) => b.text).join(' '), raw('iran-turkey-idlib-2018.txt'));
  });

  it('the 2024 text, less its repeated title and the page control "font change"', () => {
    const text = raw('iran-syria-visits-2024.txt');
    const title = text.split('\n')[0]!;
    const expected = text.replace(/\nfont change\s*$/, '').replace(`\n${title}\n`, '\n');
    sameLetters(clean('iran-syria-2024').map((b) => b.text).join(' '), expected);
  });

  it('marks the pull quotes and footnotes, so they are not read as body text', () => {
    expect(clean('pierret-2017').filter((b) => b.kind === 'pullquote')).toHaveLength(2);
    expect(clean('pierret-2017').filter((b) => b.kind === 'footnote')).toHaveLength(7);
    expect(clean('iran-syria-2024').filter((b) => b.kind === 'pullquote')).toHaveLength(2);
  });
});
