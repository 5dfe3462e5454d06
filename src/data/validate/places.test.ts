import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import { validatePlaces } from './places.ts';

const ROOT = path.resolve(__dirname, '../../..');
type Fc = { features: Array<{ properties: Record<string, any>; geometry: any }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the real geodata with places.geojson (and optionally mentions.json) edited. */
function createRoot(editPlaces: (fc: Fc) => void, editMentions?: (m: { mentions: unknown[] }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
  fs.cpSync(path.join(ROOT, 'geodata'), path.join(dir, 'geodata'), { recursive: true });
  const edit = <T,>(file: string, fn: (d: T) => void) => {
    const full = path.join(dir, 'geodata', file);
    const d = JSON.parse(fs.readFileSync(full, 'utf8')) as T;
    fn(d);
    fs.writeFileSync(full, JSON.stringify(d));
  };
  edit('places.geojson', editPlaces);
  if (editMentions) edit('derived/mentions.json', editMentions);
  return dir;
}
const place = (fc: Fc, id: string) => fc.features.find((f) => f.properties.id === id)!;
const messages = (root: string) => validatePlaces(root).map(formatProblem);

describe('validatePlaces', () => {
  it('finds the real gazetteer sound', () => {
    expect(messages(ROOT)).toEqual([]);
  });
  it('flags a swapped longitude and latitude, by the frame or by the distance from Syria', () => {
    const root = createRoot((fc) => {
      for (const id of ['deir-ez-zor', 'hama']) { const g = place(fc, id).geometry; g.coordinates = [g.coordinates[1], g.coordinates[0]]; }
    });
    const ms = messages(root);
    expect(ms).toContainEqual(expect.stringMatching(/^geodata\/places\.geojson: deir-ez-zor: geometry\.coordinates: \[35\.\d+, 40\.\d+\] lies outside the map's frame \(longitude and latitude swapped\?\)$/));
    expect(ms).toContainEqual(expect.stringMatching(/^geodata\/places\.geojson: hama: geometry\.coordinates: .* km from Syria \(longitude and latitude swapped\?\)$/));
  });
  it('flags a vertex of an area far from Syria and a clockwise exterior ring', () => {
    const root = createRoot((fc) => {
      place(fc, 'jezireh').geometry.coordinates[0][2] = [43.4, 38.5];
      place(fc, 'golan-heights').geometry.coordinates[0].reverse();
    });
    const ms = messages(root);
    expect(ms).toContainEqual(expect.stringMatching(/jezireh: geometry\.coordinates\.0\.2: \[43\.4, 38\.5\] lies \d+ km from Syria/));
    expect(ms).toContain('geodata/places.geojson: golan-heights: geometry.coordinates.0: exterior ring is clockwise (RFC 7946 wants counter-clockwise)');
  });
  it('wants every alias and phrase not to match in some text, whatever its apostrophe', () => {
    const root = createRoot((fc) => {
      place(fc, 'al-tanf').properties.aliases.push('al-Tanff', "al-Tanaf");
      place(fc, 'azaz').properties.aliases.push("A'zaz");
      place(fc, 'euphrates').properties.notAliases.push('Euphrates Dam');
    });
    expect(messages(root)).toEqual([
      'geodata/places.geojson: al-tanf: properties.aliases.2: "al-Tanff" occurs in no text (move it to searchAliases?)',
      'geodata/places.geojson: euphrates: properties.notAliases.1: "Euphrates Dam" occurs in no text (drop it?)',
    ]);
  });
  it('wants each place mentioned or quoted, and mentions.json up to date', () => {
    const root = createRoot((fc) => {
      const f = structuredClone(place(fc, 'homs'));
      f.properties.id = 'homs-2';
      (f as { id?: string }).id = 'homs-2';
      fc.features.push(f);
    }, (m) => { m.mentions = m.mentions.filter((x) => (x as { place: string }).place !== 'homs'); });
    const ms = messages(root);
    expect(ms).toContain('geodata/places.geojson: homs-2: no text mentions it and no passage quotes it (run npm run mentions?)');
    expect(ms).toContainEqual(expect.stringMatching(/^geodata\/derived\/mentions\.json: out of date with the gazetteer or the texts \(run npm run mentions\): new: homs in /));
  });
});
