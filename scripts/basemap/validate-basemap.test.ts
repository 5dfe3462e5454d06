import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, validateBasemap } from '../../src/data/validate/basemap.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A copy of the committed basemap in a temporary root, with `change` applied to one file's text. */
function createRoot(name: string, change: (text: string) => string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'));
  fs.mkdirSync(path.join(root, 'geodata/basemap'), { recursive: true });
  for (const f of BASEMAP_FILES) {
    const text = fs.readFileSync(path.join(ROOT, `geodata/basemap/${f}.geojson`), 'utf8');
    fs.writeFileSync(path.join(root, `geodata/basemap/${f}.geojson`), f === name ? change(text) : text);
  }
  return root;
}

describe('validateBasemap', () => {
  it('finds nothing wrong with the committed basemap', () => {
    expect(validateBasemap(ROOT)).toEqual([]);
  });
  it('reports a missing Euphrates, a label without Arabic and a file that is not JSON', () => {
    const rivers = validateBasemap(createRoot('rivers', (t) => t.replaceAll('"Euphrates"', '"Furat"')));
    expect(rivers.map((p) => p.message)).toContain('the Euphrates is missing');
    const labels = validateBasemap(createRoot('labels', (t) => t.replace('"id":"damascus","name":"Damascus","nameAr":"دمشق"', '"id":"damascus","name":"Damascus","nameAr":null')));
    expect(labels.some((p) => p.id === 'damascus' && p.field === 'properties.nameAr')).toBe(true);
    expect(validateBasemap(createRoot('roads', () => '{')).some((p) => p.message.startsWith('not JSON'))).toBe(true);
  });
});
