import type { Block } from '../data/corpus.ts';

/** What the reader lays out: a block on its own, or a run of list items. */
export type Laid = { kind: 'block'; block: Block } | { kind: 'list'; items: Block[] };

/** A list item keeps its `- ` in the clean text (Giustozzi's lists of appointments): it is still a body block. */
export const isListItem = (b: Block) => b.kind === 'body' && b.text.startsWith('- ');

/** The words a block shows: a list item without its `- `, which the list's bullet stands for. */
export const shownText = (b: Block) => (isListItem(b) ? b.text.slice(2) : b.text);

/** Where a block's shown text starts in its text (the offsets of a passage's words are in the latter). */
export const shownFrom = (b: Block) => (isListItem(b) ? 2 : 0);

/** The blocks of a text in order, consecutive list items gathered into one list; footnotes are left to the notes. */
export function layOut(blocks: readonly Block[]): Laid[] {
  const out: Laid[] = [];
  for (const block of blocks) {
    if (block.kind === 'footnote') continue;
    const last = out.at(-1);
    if (!isListItem(block)) out.push({ kind: 'block', block });
    else if (last?.kind === 'list') last.items.push(block);
    else out.push({ kind: 'list', items: [block] });
  }
  return out;
}
