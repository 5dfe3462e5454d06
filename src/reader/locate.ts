import { foldWithOffsets, QUOTABLE, type Block, type Folded } from '../data/corpus.ts';

/** Where a passage stands: its block, and its words' offsets in the block's text (none when only its start was found). */
export interface Located { block: Block; start?: number; end?: number }

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"' };
const FOOTNOTE_MARK = /\[\^\d+\]/y;

/**
 * A text folded for matching (whitespace runs as one space, curly quotes as straight ones, lower case, footnote
 * marks left out), with the offset in the original of each folded character.
 */
const fold = (s: string): Folded => foldWithOffsets(s, (c) => (QUOTES[c] ?? c).toLowerCase(), FOOTNOTE_MARK);

/** Each block is folded once: a popup locates each of its quotes (29 for Damascus) among all of a text's blocks. */
const folded = new WeakMap<Block, Folded>();
function foldedBlock(block: Block): Folded {
  let f = folded.get(block);
  if (!f) folded.set(block, (f = fold(block.text)));
  return f;
}

function within(block: Block, needle: string): { start: number; end: number } | null {
  const hay = foldedBlock(block);
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
  const needle = fold(text).text.trim();
  if (needle === '') return null;
  const candidates = blocks.filter((b) => b.kind !== 'footnote');
  const ranked = [...candidates.filter((b) => QUOTABLE.has(b.kind)), ...candidates.filter((b) => !QUOTABLE.has(b.kind))];
  for (const block of ranked) {
    const at = within(block, needle);
    if (at) return { block, ...at };
  }
  const opening = needle.slice(0, 60);
  const block = ranked.find((b) => foldedBlock(b).text.includes(opening));
  return block ? { block } : null;
}
