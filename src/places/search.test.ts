import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../data/load.ts';
import { searchEvents, searchPlaces } from './search.ts';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata', f), 'utf8'));
const createPlaces = () => buildGeodata(read('places.geojson'), read('passages.json'), read('sources.json')).places.values();
const first = (q: string) => searchPlaces(createPlaces(), q)[0]?.place.id;

describe('searchPlaces on the real gazetteer', () => {
  it('finds Dara’a by any spelling', () => {
    for (const q of ['Deraa', 'Daraa', 'درعا', "Dara'a", 'Dara’a', 'dera', "Der'a"]) expect(first(q), q).toBe('daraa');
  });
  it('finds Al-Bukamal as Abu Kamal, al-Tanf as Tanaf, and others by their common names', () => {
    expect(first('Abu Kamal')).toBe('al-bukamal');
    expect(first('Tanaf')).toBe('al-tanf');
    expect(first('Tanf')).toBe('al-tanf');
    expect(first('deir al-zour')).toBe('deir-ez-zor');
    expect(first('Kobani')).toBe('kobane');
    expect(first('tadmur')).toBe('palmyra');
    expect(first('دير الزور')).toBe('deir-ez-zor');
    expect(first('حلب')).toBe('aleppo');
  });
  it('ranks prefixes and ignores empty queries', () => {
    expect(searchPlaces(createPlaces(), '   ')).toEqual([]);
    expect(first('Homs')).toBe('homs');
    expect(searchPlaces(createPlaces(), 'Ale').map((h) => h.place.id)).toContain('aleppo');
  });
  it('finds names run together, and takes a query of an article alone as the start of a name', () => {
    expect(first('Albukamal')).toBe('al-bukamal');
    expect(first('ديرالزور')).toBe('deir-ez-zor');
    expect(first('alTanf')).toBe('al-tanf');
    const al = searchPlaces(createPlaces(), 'al');
    expect(al.length).toBeGreaterThan(0);
    expect(al.every((h) => /^al/i.test(h.matched)), al.map((h) => h.matched).join()).toBe(true);
  });
  it('does not take names alike only in their consonants for the same place', () => {
    expect(searchPlaces(createPlaces(), 'Raqqa').map((h) => h.place.id)).not.toContain('iraq');
    // Misspellings that differ in their vowels are still found (Alepo, Raqa, Aman).
    expect(first('Alepo')).toBe('aleppo');
    expect(first('Raqa')).toBe('raqqa');
    expect(first('Aman')).toBe('amman');
    // A query without an article matches names without theirs: "Tell" is al-Tell first.
    expect(first('Tell')).toBe('al-tell');
    expect(first('Edlib')).toBe('idlib');
  });

  it('offers the events whose titles name what no place of the texts is called (Baghuz), earliest first', () => {
    const events = read('events.json') as Array<{ id: string; title: string; date: string }>;
    expect(searchPlaces(createPlaces(), 'Baghuz')).toEqual([]);
    expect(searchEvents(events, 'Baghuz').map((e) => e.id)).toEqual(['baghuz']);
    expect(searchEvents(events, 'baghouz')).toEqual([]);
    // Words' starts only, three letters or more, in date order.
    expect(searchEvents(events, 'ag')).toEqual([]);
    expect(searchEvents(events, 'ghuz')).toEqual([]);
    const palmyra = searchEvents(events, 'palmyra', 10);
    expect(palmyra.length).toBeGreaterThan(1);
    expect(palmyra.map((e) => e.date)).toEqual([...palmyra.map((e) => e.date)].sort());
  });
});
