import { describe, expect, it } from 'vitest';
import { blockAt, findPassage, findVerbatim, normalizeWhitespace, parseCorpus, plainText } from './corpus.ts';

/** A small clean text with one block of every kind, a paragraph wrapped over two lines and a footnote. */
const createDoc = () => [
  '# A title',
  '',
  '## A heading',
  '',
  '### A subheading',
  '',
  'Held by Pentagon-backed rebels and Tahrir al-Sham,[^1] on two',
  'lines, with Assad.[^2]',
  '',
  '> [pull quote] Held by Pentagon-backed rebels',
  '',
  '> Another voice.',
  '',
  '> [read more] Read more: Elsewhere',
  '',
  '[^1]: “51 U.S. diplomats urge strikes,” New York Times, 16 June 2016.',
  '',
  '[^2]: Second note.',
  '',
].join('\n');

describe('parseCorpus', () => {
  it('reads every kind of block', () => {
    expect(parseCorpus(createDoc()).map((b) => b.kind)).toEqual(
      ['title', 'heading', 'subheading', 'body', 'pullquote', 'quote', 'readmore', 'footnote', 'footnote'],
    );
  });

  it('keeps hyphenated words exactly and unwraps a paragraph with one space', () => {
    const body = parseCorpus(createDoc())[3]!;
    expect(body.text).toBe('Held by Pentagon-backed rebels and Tahrir al-Sham,[^1] on two lines, with Assad.[^2]');
  });

  it('reads footnotes: their number, their text, and the mark left in the body', () => {
    const notes = parseCorpus(createDoc()).filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => [n.note, n.text])).toEqual([
      ['1', '“51 U.S. diplomats urge strikes,” New York Times, 16 June 2016.'],
      ['2', 'Second note.'],
    ]);
  });

  it('gives offsets into the plain text that round-trip, and stable anchors', () => {
    const blocks = parseCorpus(createDoc());
    const text = plainText(blocks);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(blocks.map((b) => b.anchor)).toEqual(blocks.map((_, i) => `p${i + 1}`));
    expect(blockAt(blocks, blocks[4]!.start)!.kind).toBe('pullquote');
    expect(text.split('\n\n')).toHaveLength(blocks.length);
  });
});

describe('findVerbatim', () => {
  it('finds a quote whatever its whitespace, and only word for word', () => {
    const hay = 'one two\nthree  four';
    expect(findVerbatim(hay, 'two three four')).toEqual({ start: 4, end: 19 });
    expect(findVerbatim(hay, ' two\tthree ')).toEqual({ start: 4, end: 13 });
    expect(findVerbatim(hay, 'two four')).toBeNull();
    expect(findVerbatim(hay, '(two')).toBeNull();
    expect(findVerbatim(hay, '')).toBeNull();
  });
  it('finds a quote only on word boundaries, in any script', () => {
    const hay = 'They are unlikely to strike; US aircraft carried out three attacks. Café au lait, قال الأسد';
    expect(findVerbatim(hay, 'likely to strike')).toBeNull();
    expect(findVerbatim(hay, 'unlikely to strike')).toEqual({ start: 9, end: 27 });
    expect(findVerbatim(hay, 'carried out three attac')).toBeNull();
    expect(findVerbatim(hay, 'three attacks.')).not.toBeNull();
    expect(findVerbatim(hay, 'to strike;')).not.toBeNull();
    expect(findVerbatim('Cafe\u0301 au lait', 'Cafe')).toBeNull(); // NFD: the accent belongs to the word
    expect(findVerbatim(hay, 'ال الأسد')).toBeNull();
    expect(findVerbatim(hay, 'قال الأسد')).not.toBeNull();
    expect(findVerbatim('x12 12', '12')).toEqual({ start: 4, end: 6 }); // the first occurrence on word boundaries
  });
  it('finds a quote of 20,000 words without a regular expression of it', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const hay = words.join('\n');
    expect(findVerbatim(hay, words.join(' '))).toEqual({ start: 0, end: hay.length });
    expect(findVerbatim(hay, `${words.join(' ')} more`)).toBeNull();
  });
  it('normalizeWhitespace collapses runs and trims', () => {
    expect(normalizeWhitespace('  a \n\n b\tc ')).toBe('a b c');
  });
});

describe('findPassage', () => {
  const blocks = parseCorpus(createDoc());
  it('finds a passage in the body with offsets of the plain text', () => {
    const hit = findPassage(blocks, 'Pentagon-backed rebels and Tahrir al-Sham,');
    expect(hit?.block.kind).toBe('body');
    expect(plainText(blocks).slice(hit!.start, hit!.end)).toBe('Pentagon-backed rebels and Tahrir al-Sham,');
  });
  it('does not count pull quotes, "read more" lines or footnotes as the text', () => {
    expect(findPassage(blocks, 'Read more: Elsewhere')).toBeNull();
    expect(findPassage(blocks, 'Second note.')).toBeNull();
    expect(findPassage(blocks, 'Held by Pentagon-backed rebels')?.block.kind).toBe('body');
    expect(findPassage(blocks, 'Another voice.')?.block.kind).toBe('quote');
  });
  it('does not find a passage that runs over a footnote mark or across blocks', () => {
    expect(findPassage(blocks, 'Tahrir al-Sham, on two lines')).toBeNull();
    expect(findPassage(blocks, 'with Assad. Another voice.')).toBeNull();
  });
});
