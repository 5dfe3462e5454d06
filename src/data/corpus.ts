/**
 * The clean texts under geodata/sources/ are written in a small Markdown subset. This module reads them
 * into blocks and gives the plain text that offsets (mentions, passages, the reader) refer to.
 *
 * | line starts with | block |
 * | --- | --- |
 * | `# ` | title |
 * | `## ` / `### ` | heading / subheading |
 * | `> [pull quote] ` | a sentence the page repeats in display type: not body text |
 * | `> [read more] ` | a link line of the web page: not body text |
 * | `> ` | a quotation of another voice within the text |
 * | `[^N]: ` | footnote N (its reference in the body is written `[^N]`) |
 * | anything else | a body paragraph |
 *
 * Blocks are separated by a blank line; a block's lines are joined with one space.
 */
export type BlockKind = 'title' | 'heading' | 'subheading' | 'body' | 'quote' | 'pullquote' | 'readmore' | 'footnote'
  // No text is marked as a standfirst any more (the 2024 standfirst is a body paragraph); the member stays
  // until src/reader/reader.tsx drops its `case 'standfirst'`.
  | 'standfirst';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Offsets of `text` in the plain text (blocks joined by a blank line). */
  start: number;
  end: number;
  /** A stable anchor for links: `p` and the block's index, from 1. */
  anchor: string;
  /** The footnote's number, for footnotes. */
  note?: string;
}

/** Blocks whose words the text speaks in its own running voice (or quotes as part of it): passages come from these. */
export const QUOTABLE: ReadonlySet<BlockKind> = new Set(['title', 'heading', 'subheading', 'quote', 'body']);

const PREFIXES: Array<[RegExp, BlockKind]> = [
  [/^### /, 'subheading'], [/^## /, 'heading'], [/^# /, 'title'],
  [/^> \[pull quote\] /, 'pullquote'], [/^> \[read more\] /, 'readmore'],
  [/^> /, 'quote'],
];

/**
 * Reads a clean text into blocks.
 * @example parseCorpus('# T\n\nOne,[^1] two.\n\n[^1]: A note.').map((b) => b.kind) // ['title', 'body', 'footnote']
 */
export function parseCorpus(markdown: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const para of markdown.replace(/\r/g, '').split(/\n\s*\n/)) {
    const line = para.replace(/\s*\n\s*/g, ' ').trim();
    if (!line) continue;
    let kind: BlockKind = 'body';
    let text = line;
    let note: string | undefined;
    const fn = /^\[\^(\d+)\]: (.*)$/.exec(line);
    if (fn) {
      kind = 'footnote';
      note = fn[1];
      text = fn[2]!;
    } else {
      const hit = PREFIXES.find(([re]) => re.test(line));
      if (hit) {
        kind = hit[1];
        text = line.replace(hit[0], '');
      }
    }
    if (blocks.length > 0) offset += 2;
    blocks.push({ kind, text, start: offset, end: offset + text.length, anchor: `p${blocks.length + 1}`, ...(note ? { note } : {}) });
    offset += text.length;
  }
  return blocks;
}

/** The plain text the offsets refer to: every block's text, joined by a blank line. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Collapses every run of whitespace to one space and trims. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A letter, a digit or a combining mark, in any script: a quote must not start or end inside a run of these. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character (a whole code point) ending just before offset `i`, or a space at the start. */
function charBefore(s: string, i: number): string {
  if (i <= 0) return ' ';
  const low = s.charCodeAt(i - 1);
  return i >= 2 && low >= 0xdc00 && low <= 0xdfff ? s.slice(i - 2, i) : s[i - 1]!;
}

/** A text folded for comparison, and the offset in the original of each of its characters. */
export interface Folded { text: string; at: number[] }

/**
 * `s` with every run of whitespace as one space, each other character passed through `map` (which may drop it,
 * or fold a curly quote to a straight one), and the text `skip` matches at a "[" left out (footnote marks); with
 * where each folded character came from, so that a match in the folded text has offsets in the original. The
 * validator's verbatim search uses it bare, the reader's locating of a passage with quotes, case and footnotes.
 */
export function foldWithOffsets(s: string, map?: (c: string) => string, skip?: RegExp): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '[' && skip) {
      skip.lastIndex = i;
      const m = skip.exec(s);
      if (m && m.index === i) { i += m[0].length - 1; continue; }
    }
    if (/\s/.test(c)) {
      if (!text.endsWith(' ')) { text += ' '; at.push(i); }
      continue;
    }
    const out = map ? map(c) : c;
    for (let k = 0; k < out.length; k++) at.push(i);
    text += out;
  }
  return { text, at };
}

const collapse = (s: string): Folded => foldWithOffsets(s);
/** Haystacks are the blocks of the texts, searched once per passage: each is collapsed once. */
const collapsed = new Map<string, Folded>();
function collapsedOf(s: string): Folded {
  let c = collapsed.get(s);
  if (!c) {
    if (collapsed.size > 10_000) collapsed.clear();
    collapsed.set(s, (c = collapse(s)));
  }
  return c;
}

/**
 * Where `needle` stands in `haystack`, ignoring differences of whitespace; offsets are in `haystack`.
 * Null when it is not there word for word: it must also start and end on word boundaries, so that a quote cut
 * inside a word ("likely" of "unlikely", "attac" of "attacks") is not found.
 * @example findVerbatim('one two\nthree', 'two three') // { start: 4, end: 13 }
 */
export function findVerbatim(haystack: string, needle: string): { start: number; end: number } | null {
  return findCollapsed(haystack, normalizeWhitespace(needle));
}

/** `findVerbatim` for a needle whose whitespace is already collapsed (a passage sought block by block). */
function findCollapsed(haystack: string, want: string): { start: number; end: number } | null {
  if (want === '') return null;
  const hay = collapsedOf(haystack);
  const opensWord = WORD_CHAR.test(want[0]!);
  const closesWord = WORD_CHAR.test(want.at(-1)!);
  for (let i = hay.text.indexOf(want); i >= 0; i = hay.text.indexOf(want, i + 1)) {
    const start = hay.at[i]!;
    const end = hay.at[i + want.length - 1]! + 1;
    if (opensWord && WORD_CHAR.test(charBefore(haystack, start))) continue;
    if (closesWord && WORD_CHAR.test(String.fromCodePoint(haystack.codePointAt(end) ?? 32))) continue;
    return { start, end };
  }
  return null;
}

/**
 * Where a passage stands in a text: inside one quotable block (never across blocks, never in a pull quote,
 * a "read more" line or a footnote), as offsets of the plain text. A passage that spans a footnote mark
 * (`[^N]`) is not found, since the mark is part of the block's text.
 */
export function findPassage(blocks: readonly Block[], text: string): { block: Block; start: number; end: number } | null {
  const want = normalizeWhitespace(text);
  for (const block of blocks) {
    if (!QUOTABLE.has(block.kind)) continue;
    const at = findCollapsed(block.text, want);
    if (at) return { block, start: block.start + at.start, end: block.start + at.end };
  }
  return null;
}

/** The block containing an offset of the plain text. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.find((b) => offset >= b.start && offset < b.end);
}
