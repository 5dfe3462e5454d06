import { QUOTABLE, type Block } from '../data/corpus.ts';

/** Where a passage stands: its block, and its words' offsets in the block's text (none when only its start was found). */
export interface Located { block: Block; start?: number; end?: number }

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"' };

/**
 * A text folded for matching (whitespace runs as one space, curly quotes as straight ones, lower case, footnote
 * marks left out), with the offset in the original of each folded character.
 */
function fold(s: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const mark = /^\[\^\d+\]/.exec(s.slice(i, i + 8));
    if (mark) { i += mark[0].length - 1; continue; }
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (text !== '' && !text.endsWith(' ')) { text += ' '; at.push(i); }
      continue;
    }
    text += (QUOTES[c] ?? c).toLowerCase();
    at.push(i);
  }
  return { text, at };
}

const foldedNeedle = (s: string) => fold(s).text.trim();

function within(block: Block, needle: string): { start: number; end: number } | null {
  const hay = fold(block.text);
  const i = hay.text.indexOf(needle);
  return i < 0 ? null : { start: hay.at[i]!, end: hay.at[i + needle.length - 1]! + 1 };
}

/**
 * The block a passage is quoted from, and where its words stand in it, so that "Read in context" lands on the
 * paragraph itself: a body block that holds the whole passage wins over a pull quote that repeats its opening
 * words (Pierret's pull quote on the string of victories stands four paragraphs above the conclusion it repeats).
 * Whitespace, curly quotes, case and footnote marks are forgiven, since the passages are copied by hand. With
 * no block holding the whole text, the first that holds its first 60 characters, without the words marked.
 */
export function locatePassage(blocks: readonly Block[], text: string): Located | null {
  const needle = foldedNeedle(text);
  if (needle === '') return null;
  const candidates = blocks.filter((b) => b.kind !== 'footnote');
  const ranked = [...candidates.filter((b) => QUOTABLE.has(b.kind)), ...candidates.filter((b) => !QUOTABLE.has(b.kind))];
  for (const block of ranked) {
    const at = within(block, needle);
    if (at) return { block, ...at };
  }
  const opening = needle.slice(0, 60);
  const block = ranked.find((b) => fold(b.text).text.includes(opening));
  return block ? { block } : null;
}
