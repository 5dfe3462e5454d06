import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../data/corpus.ts';
import { layOut, shownFrom, shownText } from './layout.ts';

describe('layOut', () => {
  it('gathers consecutive list items into one list, each still its own block, and leaves footnotes out', () => {
    const blocks = parseCorpus('Appointments:[^1]\n\n- General A to Aleppo;\n\n- General B to Hama.\n\nThen:\n\n- Colonel C.\n\n[^1]: A note.');
    const laid = layOut(blocks);
    expect(laid.map((l) => (l.kind === 'list' ? l.items.map((b) => b.anchor) : l.block.anchor))).toEqual(['p1', ['p2', 'p3'], 'p4', ['p5']]);
  });

  it('shows a list item without its dash, and says where the shown words start', () => {
    const [item, para] = parseCorpus('- General A to Aleppo;\n\nA - B.');
    expect(shownText(item!)).toBe('General A to Aleppo;');
    expect(shownFrom(item!)).toBe(2);
    expect(shownText(para!)).toBe('A - B.');
    expect(shownFrom(para!)).toBe(0);
  });
});
