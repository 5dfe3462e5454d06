/**
 * The clean copies (geodata/sources/*.md) against the texts as received (`../shared/sources/`, next to the
 * repository): both sides are cut into whitespace-separated words, markup is set aside, and a word the PDF split
 * over two lines ("at-" + "tacks") may come back with or without its hyphen; every other word must be identical,
 * punctuation and typos included. The only words dropped are those listed in DROPPED (and in geodata/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Block, parseCorpus } from '../corpus.ts';

/** Stands for a line-final hyphen of the PDF inside the word it split: a real hyphen or a line break. */
export const SOFT = '\u00AD';

/** Where the texts as received are, for a repository at `root`. */
export const rawDir = (root: string) => path.resolve(root, '../shared/sources');

/** What the clean copies leave out of the texts as received, and why. */
export const DROPPED = [
  { source: 'giustozzi-2025', what: 'the Jekyll front matter, `<excerpt/>`, `---` and the `_…_`/`__…__` markers', why: 'markup: the front matter is recorded in sources.json' },
  { source: 'iran-syria-2024', what: 'the title printed a second time after the standfirst', why: 'a repetition of the page layout' },
  { source: 'iran-syria-2024', what: '“font change” (last line)', why: 'a control of the web page, not the article’s words' },
] as const;

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
export function pierretRaw(text: string): { body: string; notes: string } {
  const lines = text.split('\n');
  const isNote = (i: number) => /^\d \S/.test(lines[i]!) || (i > 0 && /^\d \S/.test(lines[i - 1]!) && /^‘Iranian/.test(lines[i]!));
  return {
    body: lines.filter((_, i) => !isNote(i)).join('\n'),
    notes: lines.filter((_, i) => isNote(i)).join('\n'),
  };
}

/** Giustozzi's Markdown: its front matter and the body with the markup the clean copy drops set aside. */
/** A text's Jekyll front matter (between its opening `---` lines), or undefined when it has none. */
function frontMatterOf(text: string): string | undefined {
  return /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
}

export function giustozziRaw(text: string): { front: string; body: string } {
  const front = frontMatterOf(text) ?? '';
  const body = text.slice(front.length + 9).split('\n')
    .filter((l) => l.trim() !== '<excerpt/>' && l.trim() !== '---')
    .map((l) => l.replace(/^#{3,4} /, '').replace(/^_(.*)_\s*$/, '$1').replace(/__(.+?)__/g, '$1'))
    .join('\n');
  return { front, body };
}

/**
 * The fields of a Jekyll front matter, key by key as they stand (a value's surrounding quotes aside), its
 * commented-out lines left out: what sources.json records as `frontMatter`.
 */
export function frontMatterFields(front: string): Record<string, string> {
  return Object.fromEntries(front.split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => {
    const m = /^(\w+)\s*:\s*(.*)$/.exec(l);
    return m ? [[m[1]!, m[2]!.replace(/^"(.*)"$/, '$1')]] : [];
  }));
}

/** Giustozzi's title line, made of the front matter's `title` and `description`: its words, in lower case (the shared README's capitals are kept). */
function giustozziTitle(front: string): string[] {
  const f = frontMatterFields(front);
  return rawWords(`${f.title ?? ''}: ${f.description ?? ''}`).map((w) => w.toLowerCase());
}

/** The 2024 web page less its repeated title and the page control “font change”. */
export function iranSyriaRaw(text: string): string {
  const lines = text.split('\n');
  const second = lines.indexOf(lines[0]!, 1);
  const last = lines.map((l) => l.trim()).lastIndexOf('font change');
  return lines.filter((_, i) => i !== second && i !== last).join('\n');
}

/** Each text as received (file name) and how its words and the clean copy's are compared: pairs [clean, raw] that must agree. */
export const RAW_TEXTS: Record<string, { file: string; pairs: (clean: Block[], raw: string) => Array<[string[], string[]]> }> = {
  'pierret-2017': {
    file: 'pierret-deconfliction-2017.txt',
    pairs: (clean, raw) => {
      const { body, notes } = pierretRaw(raw);
      return [[cleanWords(clean.filter((b) => b.kind !== 'footnote')), rawWords(body)], [cleanWords(clean.filter((b) => b.kind === 'footnote')), rawWords(notes)]];
    },
  },
  'giustozzi-2025': {
    file: 'giustozzi-prisoners-of-assad-2025.md',
    pairs: (clean, raw) => {
      const { front, body } = giustozziRaw(raw);
      return [[cleanWords(clean.slice(0, 1)).map((w) => w.toLowerCase()), giustozziTitle(front)], [cleanWords(clean.slice(1)), rawWords(body)]];
    },
  },
  'iran-turkey-2018': { file: 'iran-turkey-idlib-2018.txt', pairs: (clean, raw) => [[cleanWords(clean), rawWords(raw)]] },
  'iran-syria-2024': { file: 'iran-syria-visits-2024.txt', pairs: (clean, raw) => [[cleanWords(clean), rawWords(iranSyriaRaw(raw))]] },
};

/** A text as received, with Windows line ends read as `\n`. */
export function readRaw(root: string, file: string): string {
  return fs.readFileSync(path.join(rawDir(root), file), 'utf8').replace(/\r/g, '');
}

/**
 * Why a source's recorded `frontMatter` is not the front matter of its text as received (the first key that
 * differs), or null when it is, or when the text has none or its received file is absent.
 */
export function frontMatterDiff(root: string, id: string, recorded: Readonly<Record<string, string>> | undefined): string | null {
  const t = Object.hasOwn(RAW_TEXTS, id) ? RAW_TEXTS[id] : undefined;
  if (!t || !fs.existsSync(path.join(rawDir(root), t.file))) return null;
  const front = frontMatterOf(readRaw(root, t.file));
  if (front === undefined) return recorded ? 'the text as received has no front matter' : null;
  const want = frontMatterFields(front);
  const have = recorded ?? {};
  const key = [...new Set([...Object.keys(want), ...Object.keys(have)])].find((k) => want[k] !== have[k]);
  return key === undefined ? null : `${JSON.stringify(key)} is ${JSON.stringify(have[key] ?? null).slice(0, 60)}, the text as received has ${JSON.stringify(want[key] ?? null).slice(0, 60)}`;
}

/**
 * Where the clean copy of source `id` (its markdown) first differs from the text as received, or null when they
 * agree, or when the text is not one of the four (nothing to compare) or its received file is absent.
 */
export function unfaithful(root: string, id: string, markdown: string): string | null {
  const t = Object.hasOwn(RAW_TEXTS, id) ? RAW_TEXTS[id] : undefined;
  if (!t || !fs.existsSync(path.join(rawDir(root), t.file))) return null;
  const clean = parseCorpus(markdown);
  const raw = readRaw(root, t.file);
  for (const [c, r] of t.pairs(clean, raw)) {
    const diff = firstDifference(c, r);
    if (diff) return diff;
  }
  return null;
}
