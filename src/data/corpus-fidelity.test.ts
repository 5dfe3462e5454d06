/**
 * The clean copies say the same as the texts as received, word for word and mark for mark: both sides are
 * cut into whitespace-separated words, markup is set aside, and a word the PDF split over two lines
 * ("at-" + "tacks") may come back with or without its hyphen — every other word must be identical,
 * punctuation and typos included. The only words dropped are those listed in DROPPED (and in
 * geodata/README.md). A changed, added, lost or re-spaced word fails here; the last test proves it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Block, parseCorpus } from './corpus.ts';

const ROOT = path.resolve(__dirname, '../..');
const RAW = path.resolve(ROOT, '../shared/sources');
const haveRaw = fs.existsSync(RAW);

/** Stands for a line-final hyphen of the PDF inside the word it split: a real hyphen or a line break. */
const SOFT = '\u00AD';

/** What the clean copies leave out of the texts as received, and why. */
export const DROPPED = [
  { source: 'giustozzi-2025', what: 'the Jekyll front matter, `<excerpt/>`, `---` and the `_…_`/`__…__` markers', why: 'markup: the front matter is recorded in sources.json' },
  { source: 'iran-syria-2024', what: 'the title printed a second time after the standfirst', why: 'a repetition of the page layout' },
  { source: 'iran-syria-2024', what: '“font change” (last line)', why: 'a control of the web page, not the article’s words' },
] as const;

const clean = (id: string) => parseCorpus(fs.readFileSync(path.join(ROOT, 'geodata/sources', `${id}.md`), 'utf8'));
const raw = (file: string) => fs.readFileSync(path.join(RAW, file), 'utf8').replace(/\r/g, '');

/** The words of a text as received; a word split over two lines (or over a page break) is joined around SOFT. */
export function rawWords(text: string): string[] {
  return text.replace(/-[ \t]*\n(?:[ \t]*\n)*[ \t]*/g, SOFT).split(/\s+/).filter(Boolean);
}

/** The words of clean blocks with the markup set aside (footnote marks `[^1]` back to the digit `1`). */
export function cleanWords(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.kind === 'footnote' ? `${b.note} ${b.text}` : b.text)).join(' ')
    .replace(/\[\^(\d+)\]/g, '$1').split(/\s+/).filter(Boolean);
}

/** Null when the two word lists say the same; otherwise where they first differ, with some context. */
export function firstDifference(cleanW: readonly string[], rawW: readonly string[]): string | null {
  const n = Math.max(cleanW.length, rawW.length);
  for (let i = 0; i < n; i++) {
    const c = cleanW[i];
    const r = rawW[i];
    const same = r !== undefined && c !== undefined
      && (r.includes(SOFT) ? c === r.replaceAll(SOFT, '-') || c === r.replaceAll(SOFT, '') : c === r);
    if (!same) {
      const ctx = (w: readonly string[]) => w.slice(Math.max(0, i - 6), i + 6).join(' ').replaceAll(SOFT, '-¶');
      return `word ${i}: clean "${ctx(cleanW)}" vs raw "${ctx(rawW)}"`;
    }
  }
  return null;
}

/** Pierret's PDF text: its footnotes stand at the foot of the pages (lines "N “…”"); one runs onto a second line. */
function pierretRaw() {
  const lines = raw('pierret-deconfliction-2017.txt').split('\n');
  const isNote = (i: number) => /^\d \S/.test(lines[i]!) || (i > 0 && /^\d \S/.test(lines[i - 1]!) && /^‘Iranian/.test(lines[i]!));
  return {
    body: lines.filter((_, i) => !isNote(i)).join('\n'),
    notes: lines.filter((_, i) => isNote(i)).join('\n'),
  };
}

/** The line-final hyphens of the PDF that are real hyphens (every other one of the 124 is a line break). */
const REAL_HYPHENS = ['Pentagon-backed', 'al-Wa’r', 'al-Sham', 'al-Sham', 'al-Salama.', 'US-backed', 'IS-held', 'Arab-majority', 'Tehran-backed'];

describe.skipIf(!haveRaw)('clean copies are faithful', () => {
  it('Pierret: the body and every footnote, word for word', () => {
    const blocks = clean('pierret-2017');
    const { body, notes } = pierretRaw();
    expect(firstDifference(cleanWords(blocks.filter((b) => b.kind !== 'footnote')), rawWords(body))).toBeNull();
    expect(firstDifference(cleanWords(blocks.filter((b) => b.kind === 'footnote')), rawWords(notes))).toBeNull();
  });

  it('Pierret: each line-break hyphen is kept only where it is a real hyphen', () => {
    const rawW = rawWords(pierretRaw().body);
    const cleanW = cleanWords(clean('pierret-2017').filter((b) => b.kind !== 'footnote'));
    const split = rawW.map((w, i) => [w, cleanW[i]!] as const).filter(([w]) => w.includes(SOFT));
    expect(split).toHaveLength(124);
    expect(split.filter(([w, c]) => c === w.replaceAll(SOFT, '-')).map(([, c]) => c)).toEqual(REAL_HYPHENS);
    const joined = new Set(split.map(([, c]) => c));
    for (const w of ['attacks', 'strategy', 'pro-regime', 'already', 'allowed', 'Russian-Iranian-Turkish', 'Sheikhoun,', 'decision-makers,']) expect(joined).toContain(w);
  });

  it('Giustozzi: everything after the front matter, and a title made of the front matter', () => {
    const blocks = clean('giustozzi-2025');
    const text = raw('giustozzi-prisoners-of-assad-2025.md');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
    const body = text.slice(front.length + 9).split('\n')
      .filter((l) => l.trim() !== '<excerpt/>' && l.trim() !== '---')
      .map((l) => l.replace(/^#{3,4} /, '').replace(/^_(.*)_\s*$/, '$1').replace(/__(.+?)__/g, '$1'))
      .join('\n');
    expect(firstDifference(cleanWords(blocks.slice(1)), rawWords(body))).toBeNull();
    const field = (k: string) => new RegExp(`^${k}\\s*:\\s*"?(.*?)"?$`, 'm').exec(front)![1];
    expect(blocks[0]!.kind).toBe('title');
    expect(blocks[0]!.text.toLowerCase()).toBe(`${field('title')}: ${field('description')}`.toLowerCase());
  });

  it('sources.json records the Giustozzi front matter as it stands (its commented-out line aside)', () => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(raw('giustozzi-prisoners-of-assad-2025.md'))![1]!;
    const fields = Object.fromEntries(front.split('\n').filter((l) => !l.startsWith('#'))
      .map((l) => /^(\w+)\s*:\s*(.*)$/.exec(l)!).map((m) => [m[1]!, m[2]!.replace(/^"(.*)"$/, '$1')]));
    const sources = JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata/sources.json'), 'utf8')) as Array<{ id: string; frontMatter?: unknown }>;
    expect(sources.find((s) => s.id === 'giustozzi-2025')?.frontMatter).toEqual(fields);
  });

  it('the 2018 text, whole', () => {
    expect(firstDifference(cleanWords(clean('iran-turkey-2018')), rawWords(raw('iran-turkey-idlib-2018.txt')))).toBeNull();
  });

  it('the 2024 text, less its repeated title and the page control “font change”', () => {
    const lines = raw('iran-syria-visits-2024.txt').split('\n');
    const title = lines[0]!;
    const second = lines.indexOf(title, 1);
    const last = lines.map((l) => l.trim()).lastIndexOf('font change');
    expect(second).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(second);
    const kept = lines.filter((_, i) => i !== second && i !== last).join('\n');
    expect(firstDifference(cleanWords(clean('iran-syria-2024')), rawWords(kept))).toBeNull();
  });

  it('marks the pull quotes, footnotes and “read more” lines, so they are not read as body text', () => {
    const kinds = (id: string, kind: string) => clean(id).filter((b) => b.kind === kind);
    expect(kinds('pierret-2017', 'pullquote')).toHaveLength(2);
    expect(kinds('pierret-2017', 'footnote')).toHaveLength(7);
    expect(kinds('pierret-2017', 'title')).toHaveLength(1);
    expect(kinds('iran-syria-2024', 'pullquote')).toHaveLength(2);
    expect(kinds('iran-syria-2024', 'readmore')).toHaveLength(1);
    expect(kinds('giustozzi-2025', 'quote').length).toBeGreaterThan(20);
  });

  it('fails when a word, a mark or a space is changed', () => {
    const { body } = pierretRaw();
    const rawW = rawWords(body);
    const good = cleanWords(clean('pierret-2017').filter((b) => b.kind !== 'footnote'));
    expect(firstDifference(good, rawW)).toBeNull();
    const edit = (from: string, to: string) => good.map((w) => (w === from ? to : w));
    expect(firstDifference(edit('attacks', 'attack'), rawW)).toMatch(/^word \d+/);
    expect(firstDifference(edit('Assad’s', "Assad's"), rawW)).toMatch(/^word \d+/);
    // A line-break hyphen passes either way here; the test above pins which reading each one gets.
    expect(firstDifference(edit('Pentagon-backed', 'Pentagonbacked'), rawW)).toBeNull();
    expect(firstDifference(good.slice(1), rawW)).not.toBeNull();
    const g = cleanWords(clean('giustozzi-2025').slice(1));
    const fixed = g.flatMap((w, i) => (w === 'W' && g[i + 1] === 'esterners' ? ['Westerners'] : w === 'esterners' && g[i - 1] === 'W' ? [] : [w]));
    expect(fixed.length).toBe(g.length - 1);
    expect(firstDifference(fixed, g)).not.toBeNull(); // fixing the source's typo "W esterners" fails
  });
});
