import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { buildGeodata } from '../data/load.ts';
import { kindsOf, listRows, placesNamedIn, type ListQuery } from './place-list-model.ts';
import { kindName } from '../i18n/strings.ts';

const read = (f: string) => JSON.parse(fs.readFileSync(`geodata/${f}`, 'utf8'));
const data = buildGeodata(read('places.geojson'), read('passages.json'), read('sources.json'), undefined, undefined, undefined, read('derived/mention-counts.json'));
const sources = [...data.sources.keys()];
const rows = (over: Partial<ListQuery>) => listRows(data.places.values(), sources, data.mentionCounts, data.passagesByPlace,
  { query: '', kind: null, text: null, sort: 'name', descending: false, ...over });

describe('the list of places', () => {
  it('lists every place once, by name', () => {
    const all = rows({});
    expect(all).toHaveLength(data.places.size);
    const names = all.map((r) => r.place.name);
    expect(names.indexOf('A’zaz')).toBeGreaterThan(names.indexOf('Afrin'));
    expect(names.indexOf('A’zaz')).toBeGreaterThan(names.indexOf('Aleppo'));
    expect(rows({ descending: true }).map((r) => r.place.name)).toEqual([...names].reverse());
  });

  it('says where a text speaks of a place it does not name, which the filter counts as named', () => {
    const daraa = rows({ text: 'giustozzi-2025' }).find((r) => r.place.id === 'daraa')!;
    expect(daraa.bySource['giustozzi-2025']).toBe(0);
    expect(daraa.quotedBySource['giustozzi-2025']).toBeGreaterThan(0);
  });

  it('sorts by mentions, most first: Damascus (33) then Turkey (31), as mentions.json counts them', () => {
    const top = rows({ sort: 'total', descending: true }).slice(0, 2).map((r) => [r.place.id, r.total]);
    expect(top).toEqual([['damascus', 33], ['turkey', 31]]);
  });

  it('sorts by one text: the places Giustozzi names most come first, and the counts add up to his 77 mentions', () => {
    const g = rows({ sort: 'text:giustozzi-2025', descending: true });
    expect(g[0]!.bySource['giustozzi-2025']).toBeGreaterThanOrEqual(g[1]!.bySource['giustozzi-2025']!);
    expect(g.reduce((a, r) => a + r.bySource['giustozzi-2025']!, 0)).toBe(77);
  });

  it('filters by text: only the places the 2024 text names (its 3 mentioned places, and any it is quoted about)', () => {
    const named = rows({ text: 'iran-syria-2024' });
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(named.length).toBeLessThan(data.places.size);
    for (const r of named) expect(r.bySource['iran-syria-2024']! > 0 || (data.passagesByPlace.get(r.place.id) ?? []).some((p) => p.source === 'iran-syria-2024')).toBe(true);
    expect(placesNamedIn('iran-syria-2024', data.places.values(), data.mentionCounts, data.passagesByPlace).sort()).toEqual(named.map((r) => r.place.id).sort());
  });

  it('filters by kind and by any spelling, Arabic included', () => {
    const crossings = rows({ kind: 'crossing' });
    expect(crossings.length).toBeGreaterThan(0);
    expect(crossings.every((r) => r.place.kind === 'crossing')).toBe(true);
    expect(rows({ query: 'deraa' }).map((r) => r.place.id)).toContain('daraa');
    expect(rows({ query: 'درعا' }).map((r) => r.place.id)).toContain('daraa');
    expect(rows({ query: 'zzzz' })).toEqual([]);
  });

  it('offers each kind of place once, in the order of its name in the interface', () => {
    const kinds = kindsOf(data.places.values(), kindName);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(kinds)).toEqual(new Set([...data.places.values()].map((p) => p.kind)));
    const names = kinds.map(kindName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names[0]).toBe('Airbase');
  });
});
