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
import { parseCorpus } from './corpus.ts';
import { cleanWords, firstDifference, giustozziRaw, iranSyriaRaw, pierretRaw as pierretText, rawDir, rawWords, readRaw, SOFT, unfaithful } from './validate/fidelity.ts';


const ROOT = path.resolve(__dirname, '../..');
const haveRaw = fs.existsSync(rawDir(ROOT));

const clean = (id: string) => parseCorpus(fs.readFileSync(path.join(ROOT, 'geodata/sources', `${id}.md`), 'utf8'));
const raw = (file: string) => readRaw(ROOT, file);
const pierretRaw = () => pierretText(raw('pierret-deconfliction-2017.txt'));

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
    const { front, body } = giustozziRaw(raw('giustozzi-prisoners-of-assad-2025.md'));
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
    expect(firstDifference(cleanWords(clean('iran-syria-2024')), rawWords(iranSyriaRaw(raw('iran-syria-visits-2024.txt'))))).toBeNull();
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

  it('is what npm run validate runs: every clean copy agrees, and one changed word does not', () => {
    for (const id of ['pierret-2017', 'giustozzi-2025', 'iran-turkey-2018', 'iran-syria-2024']) {
      expect(unfaithful(ROOT, id, fs.readFileSync(path.join(ROOT, 'geodata/sources', `${id}.md`), 'utf8'))).toBeNull();
    }
    const md = fs.readFileSync(path.join(ROOT, 'geodata/sources/pierret-2017.md'), 'utf8');
    expect(md).toContain('three attacks');
    expect(unfaithful(ROOT, 'pierret-2017', md.replace('three attacks', 'seven attacks'))).toMatch(/^word \d+: clean ".*seven.*" vs raw ".*three.*"$/);
  });
});
