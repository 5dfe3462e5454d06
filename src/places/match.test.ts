import { describe, expect, it } from 'vitest';
import { buildMatcher, foldForMatch, foldForSearch, occursIn, words } from './match.ts';

const createMatcher = () => buildMatcher([
  { id: 'deir-ez-zor', aliases: ['Deir ez-Zor', 'Deir Ez-Zor', 'Deir ez Zor'] },
  { id: 'deir-ez-zor-province', aliases: ['province of Deir ez-Zor', 'Deir ez Zor province'] },
  { id: 'al-waer', aliases: ['al-Wa’r'] },
  { id: 'aleppo', aliases: ['Aleppo'] },
  { id: 'eastern-aleppo', aliases: ['eastern Aleppo'] },
  { id: 'euphrates', aliases: ['Euphrates'], notAliases: ['Euphrates Shield'] },
  { id: 'jordan', aliases: ['Jordan'] },
  { id: 'daraa', aliases: ['Der’a'] },
]);
const ids = (text: string) => createMatcher().find(text).map((m) => m.id);

describe('buildMatcher', () => {
  it('finds every spelling, case-insensitive, the longest phrase winning', () => {
    const found = createMatcher().find('the province of Deir ez-Zor; DEIR EZ-ZOR; Deir ez Zor province; eastern Aleppo and Aleppo');
    expect(found.map((f) => f.id)).toEqual(['deir-ez-zor-province', 'deir-ez-zor', 'deir-ez-zor-province', 'eastern-aleppo', 'aleppo']);
    expect(found[1]).toMatchObject({ start: 29, end: 40, text: 'DEIR EZ-ZOR' });
    expect(found[0]).toMatchObject({ start: 4, text: 'province of Deir ez-Zor' });
  });
  it('takes any apostrophe, a hyphen for a space, and whole words only', () => {
    expect(createMatcher().find("Homs' al-Wa'r, al Wa’r and al-Wa‘r").map((f) => f.text)).toEqual(["al-Wa'r", 'al Wa’r', 'al-Wa‘r']);
    expect(ids('Aleppos Aleppo-based Aleppo2')).toEqual(['aleppo']);
    expect(ids('Deir ez.Zor')).toEqual([]);
  });
  it('leaves a possessive out of the name', () => {
    const [m] = createMatcher().find('Jordan’s balancing act');
    expect(m).toMatchObject({ id: 'jordan', text: 'Jordan', start: 0, end: 6 });
    expect(ids("the Damascus-Der’a highway, Der'a's hinterland")).toEqual(['daraa', 'daraa']);
  });
  it('skips phrases that contain an alias but name something else', () => {
    expect(ids('Operation Euphrates Shield reached the Euphrates river')).toEqual(['euphrates']);
    expect(createMatcher().find('Euphrates Shield forces')).toEqual([]);
  });
  it('gives offsets into the text as written, diacritics and all', () => {
    const text = 'near Ḩamāh and Hama';
    expect(buildMatcher([{ id: 'hama', aliases: ['Hama'] }]).find(text).map((f) => f.text)).toEqual(['Hama']);
    expect(buildMatcher([{ id: 'hama', aliases: ['Hamah'] }]).find(text)[0]).toMatchObject({ text: 'Ḩamāh', start: 5 });
  });
  it('finds nothing with no places', () => {
    expect(buildMatcher([]).find('Aleppo')).toEqual([]);
  });
});

describe('words', () => {
  it('keeps apostrophes inside a word and marks words joined by spaces or hyphens', () => {
    expect(words('Fu’a, Kefraya-Idlib').map((w) => [w.fold, w.joined])).toEqual([['fua', false], ['kefraya', false], ['idlib', true]]);
  });
});

describe('foldForMatch', () => {
  it('folds case, diacritics, ayn and hamza marks, hyphens and Arabic letter forms', () => {
    expect(foldForMatch('Shu‘ayrat')).toBe(foldForMatch("shu'ayrat"));
    expect(foldForMatch('Deir ez-Zor')).toBe('deir ez zor');
    expect(foldForMatch('  ʿAfrīn ')).toBe('afrin');
    expect(foldForMatch('مؤتة إدلب حماة مصطفى')).toBe('موته ادلب حماه مصطفي');
  });
});

describe('occursIn', () => {
  it('finds a phrase as whole words anywhere, shadowed or not', () => {
    const has = occursIn('the Abu Kamal Border Crossing with Iraq, in Homs’ al-Wa’r neighbourhood');
    expect(has('Abu Kamal')).toBe(true);
    expect(has("al-Wa'r")).toBe(true);
    expect(has('Kama')).toBe(false);
    expect(has('')).toBe(false);
  });
});

describe('foldForSearch', () => {
  it('folds spellings together and drops articles', () => {
    expect(foldForSearch('Dara’a')).toBe(foldForSearch("Dara'a"));
    expect(foldForSearch('al-Tanf')).toBe('tanf');
    expect(foldForSearch('Ḩamāh')).toBe('hamah');
    expect(foldForSearch('درعا')).toBe('درعا');
    expect(foldForSearch('إدلب')).toBe('ادلب');
    expect(foldForSearch('الرقة')).toBe('رقه');
    expect(foldForSearch('دير الزور')).toBe('دير زور');
  });
});
