import { describe, expect, it } from 'vitest';
import { createMatcher, groupMarked, segmentBlock } from './segments.ts';

const createPlaces = () => createMatcher([{ id: 'al-tanf', aliases: ['al-Tanf'] }, { id: 'al-bukamal', aliases: ['Al-Bukamal'] }]);

describe('segmentBlock', () => {
  it('splits text into plain runs, mentions and footnote marks', () => {
    expect(segmentBlock('Towards Al-Bukamal,[^7] from al-Tanf.', createPlaces())).toEqual([
      { kind: 'text', text: 'Towards ' }, { kind: 'mention', text: 'Al-Bukamal', place: 'al-bukamal' },
      { kind: 'text', text: ',' }, { kind: 'note', note: '7' }, { kind: 'text', text: ' from ' },
      { kind: 'mention', text: 'al-Tanf', place: 'al-tanf' }, { kind: 'text', text: '.' },
    ]);
  });

  it('marks the passage’s words: plain text cut at its ends, mentions inside it whole', () => {
    const text = 'First. Then to al-Tanf, quickly. Last.';
    const segments = segmentBlock(text, createPlaces(), { start: 7, end: 32 });
    expect(segments).toEqual([
      { kind: 'text', text: 'First. ' }, { kind: 'text', text: 'Then to ', marked: true },
      { kind: 'mention', text: 'al-Tanf', place: 'al-tanf', marked: true }, { kind: 'text', text: ', quickly.', marked: true },
      { kind: 'text', text: ' Last.' },
    ]);
    expect(groupMarked(segments).map((g) => [g.marked, g.segments.length])).toEqual([[false, 1], [true, 3], [false, 1]]);
  });
});
