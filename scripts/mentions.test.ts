import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../src/data/corpus.ts';
import { findMentions, findUnmatched, summarise, type SourceText } from './mentions.ts';
import { isStopPhrase } from './mentions-stoplist.ts';

// A made-up text in the clean format: a heading, a body paragraph, a pull quote and a footnote.
const createText = (id = 'test-2017'): SourceText => ({
  id, file: `geodata/sources/${id}.md`,
  blocks: parseCorpus([
    '## The Race to Deir Ez-Zor',
    'Loyalist forces took Palmyra, then the province of Deir ez-Zor. The advance of Operation Euphrates Shield stopped near the Euphrates river, in Jordan’s view.[^1] Rebels fled to Jisr al-Shughur and to Moscow in January.',
    '> [pull quote] They took Palmyra',
    '[^1]: “A headline,” Al-Watan (Damascus), 26 April 2017.',
  ].join('\n\n')),
});
const createPlaces = () => [
  { id: 'palmyra', aliases: ['Palmyra'] },
  { id: 'deir-ez-zor', aliases: ['Deir Ez-Zor', 'Deir ez-Zor'] },
  { id: 'deir-ez-zor-province', aliases: ['province of Deir ez-Zor'] },
  { id: 'euphrates', aliases: ['Euphrates'], notAliases: ['Euphrates Shield'] },
  { id: 'jordan', aliases: ['Jordan'] },
  { id: 'damascus', aliases: ['Damascus'] },
  { id: 'homs', aliases: ['Homs'] },
];

describe('findMentions', () => {
  it('finds every mention in every block, with offsets into the plain text and the sentence', () => {
    const text = createText();
    const ms = findMentions(createPlaces(), [text]);
    expect(ms.map((m) => `${m.place}:${m.kind}`)).toEqual([
      'deir-ez-zor:heading', 'palmyra:body', 'deir-ez-zor-province:body', 'euphrates:body', 'jordan:body', 'palmyra:pullquote', 'damascus:footnote',
    ]);
    const plain = text.blocks.map((b) => b.text).join('\n\n');
    for (const m of ms) expect(plain.slice(m.start, m.end)).toBe(m.match);
    expect(ms[2]).toMatchObject({ match: 'province of Deir ez-Zor', block: 'p2', sentence: 'Loyalist forces took Palmyra, then the province of Deir ez-Zor.' });
    expect(ms[4]!.match).toBe('Jordan');
  });
  it('sorts by source, then offset', () => {
    const ms = findMentions(createPlaces(), [createText('b-2018'), createText('a-2017')]);
    expect(ms[0]!.source).toBe('a-2017');
    expect(ms.filter((m) => m.source === 'a-2017').map((m) => m.start)).toEqual([...ms.filter((m) => m.source === 'a-2017').map((m) => m.start)].sort((a, b) => a - b));
  });
});

describe('findUnmatched', () => {
  it('reports place-like phrases that match no place, leaving out stop words and judging the known ones', () => {
    const text = createText();
    const un = findUnmatched([text], findMentions(createPlaces(), [text]));
    expect(un.map((u) => u.phrase)).toEqual(['Jisr al-Shughur', 'Operation Euphrates Shield']);
    expect(un[0]).toMatchObject({ source: 'test-2017', count: 1 });
    expect(un[0]!.judged).toBeUndefined();
    expect(un[0]!.example).toContain('fled to Jisr al-Shughur');
    expect(un[1]!.judged).toMatch(/military operation/);
  });
  it('treats people, organisations, months and places beyond the map as stop words', () => {
    expect(isStopPhrase('Bashar al-Assad')).toBe(true);
    expect(isStopPhrase('Tahrir al-Sham')).toBe(true);
    expect(isStopPhrase('January')).toBe(true);
    expect(isStopPhrase('Moscow')).toBe(true);
    expect(isStopPhrase('Jisr al-Shughur')).toBe(false);
  });
});

describe('summarise', () => {
  it('counts mentions per source and lists places never mentioned', () => {
    const text = createText();
    const ms = findMentions(createPlaces(), [text]);
    const { sources, summary } = summarise(createPlaces(), [text], ms, []);
    expect(sources['test-2017']).toEqual({ file: 'geodata/sources/test-2017.md', mentions: 7, places: 6 });
    expect(summary.placesNotMentioned).toEqual(['homs']);
  });
});
