import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from './load.ts';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata', f), 'utf8'));
const createFiles = () => ({ places: read('places.geojson'), passages: read('passages.json'), sources: read('sources.json') });

describe('buildGeodata', () => {
  it('loads the real geodata with nothing dropped', () => {
    const f = createFiles();
    const g = buildGeodata(f.places, f.passages, f.sources);
    expect(g.dropped).toEqual([]);
    expect(g.places.size).toBeGreaterThanOrEqual(60);
    for (const id of ['idlib', 'al-tanf', 'deir-ez-zor', 'afrin', 'manbij', 'daraa']) {
      expect(g.passagesByPlace.get(id)?.length ?? 0, id).toBeGreaterThan(0);
    }
  });
  it('drops bad records and says which', () => {
    const f = createFiles();
    f.places.features[0].properties.kind = 'castle';
    f.passages.push({ id: 'x', source: 'nowhere', text: 'y', places: [] });
    const g = buildGeodata(f.places, f.passages, f.sources);
    expect(g.dropped).toEqual([expect.stringMatching(/^place idlib dropped: properties.kind/), 'passage x dropped: unknown source nowhere']);
    expect(g.places.has('idlib')).toBe(false);
  });
});
