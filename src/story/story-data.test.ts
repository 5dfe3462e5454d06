import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../data/load.ts';
import { storySchema } from './schema.ts';
import { chapterDistances } from './distances.ts';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
const story = storySchema.parse(read('geodata/stories/race-to-the-border-2017.json'));
const data = buildGeodata(read('geodata/places.geojson'), read('geodata/passages.json'), read('geodata/sources.json'));

describe('the 2017 race story', () => {
  it('has at least eight chapters, in date order, from al-Tanf 2016 to the land bridge', () => {
    expect(story.chapters.length).toBeGreaterThanOrEqual(8);
    const dates = story.chapters.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(story.chapters[0]!.date).toBe('2016-03-04');
    expect(story.chapters.some((c) => c.id === 'loyalists-reach-the-border' && c.date === '2017-06-09')).toBe(true);
  });
  it('quotes every passage of the texts about the race in some chapter', () => {
    const quoted = new Set(story.chapters.flatMap((c) => c.passages));
    const race = [...data.passages.values()].filter((p) => (p as { topics?: string[] }).topics?.includes('race-to-the-border-2017')).map((p) => p.id);
    expect(race.length).toBeGreaterThan(10);
    expect(race.filter((id) => !quoted.has(id))).toEqual([]);
  });
  it('computes its distances with turf from the gazetteer', () => {
    const center = (id: string) => data.places.get(id)?.center;
    const tanfBukamal = chapterDistances(story.chapters.find((c) => c.id === 'abu-kamal')!, center)[0]!;
    const palmyraDeir = chapterDistances(story.chapters.find((c) => c.id === 'deir-ez-zor-siege-broken')!, center)[0]!;
    // al-Tanf to Al-Bukamal is some 235 km as the crow flies (2.3° of longitude and 1° of latitude apart at 34° N);
    // Palmyra to Deir ez-Zor some 200 km. A misplaced town falls outside these bounds.
    expect(tanfBukamal.km).toBeGreaterThan(220);
    expect(tanfBukamal.km).toBeLessThan(250);
    expect(palmyraDeir.km).toBeGreaterThan(180);
    expect(palmyraDeir.km).toBeLessThan(220);
    expect(tanfBukamal.km % 5).toBe(0);
  });
});
