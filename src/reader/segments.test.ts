import { describe, expect, it } from 'vitest';
import { createMatcher, segmentBlock } from './segments.ts';

describe('segmentBlock', () => {
  it('splits text into plain runs, mentions and footnote marks', () => {
    const m = createMatcher([{ id: 'al-tanf', aliases: ['al-Tanf'] }, { id: 'al-bukamal', aliases: ['Al-Bukamal'] }]);
    expect(segmentBlock('Towards Al-Bukamal,[^7] from al-Tanf.', m)).toEqual([
      { kind: 'text', text: 'Towards ' }, { kind: 'mention', text: 'Al-Bukamal', place: 'al-bukamal' },
      { kind: 'text', text: ',' }, { kind: 'note', note: '7' }, { kind: 'text', text: ' from ' },
      { kind: 'mention', text: 'al-Tanf', place: 'al-tanf' }, { kind: 'text', text: '.' },
    ]);
  });
});
