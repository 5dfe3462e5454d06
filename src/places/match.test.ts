import { describe, expect, it } from 'vitest';
import { buildMatcher, foldForSearch } from './match.ts';

const createMatcher = () => buildMatcher([
  { id: 'deir-ez-zor', aliases: ['Deir ez-Zor', 'Deir Ez-Zor', 'Deir ez Zor'] },
  { id: 'deir-ez-zor-province', aliases: ['province of Deir ez-Zor', 'Deir ez Zor province'] },
  { id: 'al-waer', aliases: ['al-Wa’r'] },
  { id: 'aleppo', aliases: ['Aleppo'] },
  { id: 'eastern-aleppo', aliases: ['eastern Aleppo'] },
]);

describe('buildMatcher', () => {
  it('finds every spelling, case-insensitive, longest first', () => {
    const m = createMatcher();
    const found = m.find('the province of Deir ez-Zor; DEIR EZ-ZOR; Deir ez Zor province; eastern Aleppo and Aleppo');
    expect(found.map((f) => f.id)).toEqual(['deir-ez-zor-province', 'deir-ez-zor', 'deir-ez-zor-province', 'eastern-aleppo', 'aleppo']);
    expect(found[1]).toMatchObject({ start: 29, text: 'DEIR EZ-ZOR' });
  });
  it('takes any apostrophe and whole words only', () => {
    const m = createMatcher();
    expect(m.find("Homs' al-Wa'r and al-Wa’r").map((f) => f.text)).toEqual(["al-Wa'r", 'al-Wa’r']);
    expect(m.find('Aleppos Aleppo-based')).toHaveLength(1);
  });
});

describe('foldForSearch', () => {
  it('folds spellings together', () => {
    expect(foldForSearch('Dara’a')).toBe(foldForSearch("Dara'a"));
    expect(foldForSearch('al-Tanf')).toBe('tanf');
    expect(foldForSearch('Ḩamāh')).toBe('hamah');
    expect(foldForSearch('درعا')).toBe('درعا');
    expect(foldForSearch('إدلب')).toBe('ادلب');
    expect(foldForSearch('الرقة')).toBe('رقه');
  });
});
