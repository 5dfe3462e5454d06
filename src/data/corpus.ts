/**
 * The clean texts under geodata/sources/ are written in a small Markdown subset. This module reads them
 * into blocks and gives the plain text that offsets (mentions, passages, the reader) refer to.
 *
 * | line starts with | block |
 * | --- | --- |
 * | `# ` | title |
 * | `## ` / `### ` | heading / subheading |
 * | `> [pull quote] ` | a sentence the page repeats in display type: not body text |
 * | `> [standfirst] ` | the summary under a web article's title |
 * | `> [read more] ` | a link line of the web page |
 * | `> ` | a quotation of another voice within the text |
 * | `[^N]: ` | footnote N (its reference in the body is written `[^N]`) |
 * | anything else | a body paragraph |
 */
export type BlockKind = 'title' | 'heading' | 'subheading' | 'pullquote' | 'standfirst' | 'readmore' | 'quote' | 'footnote' | 'body';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Offsets of `text` in the plain text (blocks joined by a blank line). */
  start: number;
  end: number;
  /** A stable anchor for links: `p` and the block's index. */
  anchor: string;
  /** The footnote's number, for footnotes. */
  note?: string;
}

/** Blocks whose words the text speaks in its own running voice (or quotes as part of it). */
export const QUOTABLE: ReadonlySet<BlockKind> = new Set(['title', 'heading', 'subheading', 'quote', 'body']);

const PREFIXES: Array<[RegExp, BlockKind]> = [
  [/^### /, 'subheading'], [/^## /, 'heading'], [/^# /, 'title'],
  [/^> \[pull quote\] /, 'pullquote'], [/^> \[standfirst\] /, 'standfirst'], [/^> \[read more\] /, 'readmore'],
  [/^> /, 'quote'],
];

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
      for (const [re, k] of PREFIXES) {
        if (re.test(line)) {
          kind = k;
          text = line.replace(re, '');
          break;
        }
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

/**
 * Where `needle` stands in `haystack`, ignoring differences of whitespace; offsets are in `haystack`.
 * Null when it is not there word for word.
 */
export function findVerbatim(haystack: string, needle: string): { start: number; end: number } | null {
  const words = normalizeWhitespace(needle).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return null;
  const m = new RegExp(words.join('\\s+')).exec(haystack);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The block containing an offset of the plain text. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.find((b) => offset >= b.start && offset < b.end);
}
