import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from './sentences.ts';

describe('sentences', () => {
  it('splits at sentence ends, keeping footnote marks and quotes with their sentence', () => {
    const t = 'One U.S. plan. Two,” he said.[^1] “Three?” (Four.) Five';
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['One U.S. plan.', 'Two,” he said.[^1]', '“Three?”', '(Four.) Five']);
  });
  it('finds the sentence around an offset', () => {
    const t = 'In March, the NSA took al-Tanf. In June it failed.';
    const s = sentenceAt(t, t.indexOf('al-Tanf'));
    expect(t.slice(s.start, s.end)).toBe('In March, the NSA took al-Tanf.');
  });
});
