import { describe, expect, it } from 'vitest';
import { joinHyphenated } from './dehyphenate.ts';

describe('joinHyphenated', () => {
  it('joins words broken across lines', () => {
    expect(joinHyphenated('three at-', 'tacks')).toBe('three attacks');
    expect(joinHyphenated('pro-re-', 'gime')).toBe('pro-regime');
    expect(joinHyphenated('Russian-Iranian-Turk-', 'ish')).toBe('Russian-Iranian-Turkish');
    expect(joinHyphenated('Sheik-', 'houn,')).toBe('Sheikhoun,');
    expect(joinHyphenated('Turkey’s al-', 'ready')).toBe('Turkey’s already');
  });
  it('keeps real hyphens', () => {
    expect(joinHyphenated('Pentagon-', 'backed')).toBe('Pentagon-backed');
    expect(joinHyphenated('Tahrir al-', 'Sham')).toBe('Tahrir al-Sham');
    expect(joinHyphenated('the US-', 'backed')).toBe('the US-backed');
    expect(joinHyphenated('IS-', 'held')).toBe('IS-held');
  });
});
