import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../data/corpus.ts';
import { locatePassage } from './locate.ts';

// A text whose pull quote repeats, above it, the opening of a body paragraph (as Pierret's does).
const createText = () => parseCorpus([
  '# A title',
  '> [pull quote] The string of victories won by loyalist forces in western Syria throughout 2016 allowed the regime to turn east.',
  'Far from the front.',
  'It ended there. The string of victories won by loyalist forces in western Syria throughout 2016 allowed the regime and its allies to redirect their attention against a retreating IS.[^1] Then more.',
  '[^1]: A note.',
].join('\n\n'));

describe('locatePassage', () => {
  it('lands on the body paragraph that holds the whole passage, not a pull quote repeating its opening', () => {
    const blocks = createText();
    const passage = 'The string of victories won by loyalist forces in western Syria throughout 2016 allowed the regime and its allies to redirect their attention against a retreating IS.';
    const at = locatePassage(blocks, passage)!;
    expect(at.block.kind).toBe('body');
    expect(at.block.anchor).toBe('p4');
    expect(at.block.text.slice(at.start, at.end)).toBe(passage);
  });

  it('forgives whitespace, curly or straight quotes and case, and gives the words’ offsets in the block', () => {
    const blocks = parseCorpus('Before. The civil war’s “western\ntheatre” ended. After.');
    const at = locatePassage(blocks, 'the civil war\'s  "western theatre" ended.')!;
    expect(blocks[0]!.text.slice(at.start, at.end)).toBe('The civil war’s “western theatre” ended.');
  });

  it('falls back on the block holding the passage’s first 60 characters, without marking words', () => {
    const blocks = createText();
    const at = locatePassage(blocks, 'Far from the front. And a sentence the text does not have at all, copied wrongly.');
    expect(at).toBeNull();
    const start = locatePassage(blocks, 'It ended there. The string of victories won by loyalist forces in wes… (cut)')!;
    expect(start.block.anchor).toBe('p4');
    expect(start.start).toBeUndefined();
  });

  // The real texts and passages (geodata/), read from disk.
  const passages = JSON.parse(readFileSync('geodata/passages.json', 'utf8')) as Array<{ id: string; source: string; text: string }>;
  const textOf = (id: string) => parseCorpus(readFileSync(`geodata/sources/${id}.md`, 'utf8'));

  it('finds every passage whole in a quotable block; Pierret’s conclusion in his conclusion', () => {
    for (const source of new Set(passages.map((p) => p.source))) {
      const blocks = textOf(source);
      for (const p of passages.filter((q) => q.source === source)) {
        const at = locatePassage(blocks, p.text);
        expect(at?.block.kind, p.id).toMatch(/^(body|heading|subheading|title|quote)$/);
        expect(at?.start, p.id).toBeDefined();
      }
    }
    const blocks = textOf('pierret-2017');
    const at = locatePassage(blocks, passages.find((p) => p.id === 'pierret-conclusion-string-of-victories')!.text)!;
    expect(blocks.slice(0, blocks.indexOf(at.block)).some((b) => b.kind === 'heading' && b.text === 'Conclusion')).toBe(true);
  });

  it('tells the quotations of other voices by their markup: Giustozzi’s eleven block quotations', () => {
    const blocks = textOf('giustozzi-2025');
    const quoted = passages.filter((p) => p.source === 'giustozzi-2025' && locatePassage(blocks, p.text)?.block.kind === 'quote').map((p) => p.id);
    expect(quoted).toHaveLength(11);
    expect(quoted).toContain('giustozzi-we-will-only-really-accept-a');
    expect(quoted).toContain('giustozzi-assad-views-iran-as-a-useful');
  });
});
