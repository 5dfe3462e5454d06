import { describe, expect, it } from 'vitest';
import { highlightNames } from './highlight.ts';

describe('highlightNames', () => {
  it('marks every spelling, whole words only, longest first', () => {
    const segs = highlightNames('towards al-Tanaf, a crossing; the al-Tanf garrison; Tanafs', ['al-Tanaf', 'al-Tanf', 'Tanaf']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['al-Tanaf', 'al-Tanf']);
    expect(segs.map((s) => s.text).join('')).toBe('towards al-Tanaf, a crossing; the al-Tanf garrison; Tanafs');
  });
  it('is case-insensitive and keeps markup as text', () => {
    const segs = highlightNames('<b>DEIR EZ-ZOR</b>', ['Deir ez-Zor']);
    expect(segs).toEqual([{ text: '<b>', mark: false }, { text: 'DEIR EZ-ZOR', mark: true }, { text: '</b>', mark: false }]);
  });
  it('returns the text whole when no name is given', () => {
    expect(highlightNames('Idlib', [])).toEqual([{ text: 'Idlib', mark: false }]);
  });
});
