import { describe, expect, it } from 'vitest';
import { blockAt, findVerbatim, parseCorpus, plainText } from './corpus.ts';

const createDoc = () => [
  '# A title', '## A heading', 'First para,[^1] on two', 'lines.', '', '> [pull quote] Said again.',
  '', '> Another voice.', '', '[^1]: “A note,” Paper, 1 May 2017.',
].join('\n').replace('## A heading\n', '## A heading\n\n').replace('# A title\n', '# A title\n\n');

describe('parseCorpus', () => {
  it('reads every kind of block', () => {
    const blocks = parseCorpus(createDoc());
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'body', 'pullquote', 'quote', 'footnote']);
    expect(blocks[2]!.text).toBe('First para,[^1] on two lines.');
    expect(blocks[5]).toMatchObject({ note: '1', text: '“A note,” Paper, 1 May 2017.' });
  });
  it('gives offsets into the plain text', () => {
    const blocks = parseCorpus(createDoc());
    const text = plainText(blocks);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(blockAt(blocks, blocks[3]!.start)!.kind).toBe('pullquote');
  });
});

describe('findVerbatim', () => {
  it('finds a quote whatever its whitespace', () => {
    const hay = 'one two\nthree  four';
    expect(findVerbatim(hay, 'two three four')).toEqual({ start: 4, end: 19 });
    expect(findVerbatim(hay, 'two four')).toBeNull();
    expect(findVerbatim(hay, '(two')).toBeNull();
  });
});
