import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import * as turf from '@turf/turf';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildGeodata } from '../data/load.ts';
import { parseCorpus, type BlockKind } from '../data/corpus.ts';
import { locatePassage } from '../reader/locate.ts';
import { controlAt } from '../control/control-at.ts';
import { citation, controlGeojson, passagesCsv, placesGeojson } from './export-data.ts';

const read = (f: string) => JSON.parse(fs.readFileSync(`geodata/${f}`, 'utf8'));
const data = buildGeodata(read('places.geojson'), read('passages.json'), read('sources.json'),
  { towns: read('control/towns.json'), zones: read('control/zones.json'), areas: read('derived/control-areas.json'), syria: read('basemap/syria.geojson') },
  read('events.json'), read('derived/route-segments.geojson'), read('derived/mention-counts.json'));
const cells = read('derived/control-cells.geojson') as FeatureCollection<Polygon | MultiPolygon>;
const control = data.control!;

/** A minimal RFC 4180 reader, to read back what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') quoted = false; else f += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(f); f = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; } else f += c;
  }
  return rows;
}

describe('exports', () => {
  it('control on 2018-07-15: valid GeoJSON for geojson.io, counter-clockwise rings, and Dara\'a held as the viewer says', () => {
    const fc = controlGeojson(cells, control.towns, control.zones, '2018-07-15', { passages: data.passages, sources: data.sources });
    expect(() => check(JSON.stringify(fc))).not.toThrow();
    expect(fc.features.length).toBeGreaterThan(100);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('MultiPolygon');
      const rings = f.geometry.coordinates.map((p) => p[0]!);
      for (const r of rings) expect(turf.booleanClockwise(r)).toBe(false);
      expect(Object.values(f.properties).every((v) => v === null || typeof v !== 'object')).toBe(true);
      expect(f.properties.source).toMatch(/\S/);
    }
    const daraa = data.places.get('daraa')!;
    const inside = fc.features.filter((f) => turf.booleanPointInPolygon(daraa.center, f as never));
    const topmost = inside.at(-1)!;
    const a = controlAt(control, '2018-07-15', daraa.center);
    expect(a.faction).not.toBe('none');
    expect(topmost.properties.faction).toBe(a.faction);
    expect(topmost.properties.status).toBe(a.faction === 'none' ? undefined : a.status);
    // Where the record that dates the change was read: Dara'a's change of 12 July 2018 cites an AFP report.
    expect(topmost.properties.source).toMatch(/^AFP, 2018-07-12: /);
    expect(topmost.properties.source_url).toMatch(/^https:\/\/www\.timesofisrael\.com\//);
    // A passage has no address of its own.
    const palmyra = controlGeojson(cells, control.towns, control.zones, '2017-06-15').features.find((f) => f.properties.id === 'palmyra')!;
    expect(palmyra.properties.source).toMatch(/^passage /);
    expect(palmyra.properties.source_url).toBeNull();
  });

  it('leaves hidden factions out, and changes with the date', () => {
    const all = controlGeojson(cells, control.towns, control.zones, '2016-01-01');
    const noIs = controlGeojson(cells, control.towns, control.zones, '2016-01-01', { hidden: ['islamic_state'] });
    expect(all.features.some((f) => f.properties.faction === 'islamic_state')).toBe(true);
    expect(noIs.features.some((f) => f.properties.faction === 'islamic_state')).toBe(false);
    expect(noIs.hidden_factions).toEqual(['islamic_state']);
    expect(all.hidden_factions).toBeUndefined();
    const later = controlGeojson(cells, control.towns, control.zones, '2019-06-01');
    expect(later.features.filter((f) => f.properties.faction === 'islamic_state').length)
      .toBeLessThan(all.features.filter((f) => f.properties.faction === 'islamic_state').length);
  });

  it('places: valid GeoJSON with one feature per place, its mentions, and only the filtered ones when a text is chosen', () => {
    const features = read('places.geojson').features;
    const fc = placesGeojson(features, data.places, data.mentionCounts, data.passagesByPlace, [...data.sources.keys()]);
    expect(() => check(JSON.stringify(fc))).not.toThrow();
    expect(fc.features).toHaveLength(data.places.size);
    const damascus = fc.features.find((f) => f.id === 'damascus')!;
    expect(damascus.properties).toMatchObject({ name: 'Damascus', name_ar: 'دمشق', mentions: 33 });
    expect(damascus.properties.mentions_giustozzi_2025).toBe(data.mentionCounts.get('damascus')!['giustozzi-2025']);
    const only = placesGeojson(features, data.places, data.mentionCounts, data.passagesByPlace, [...data.sources.keys()], new Set(['damascus', 'daraa']));
    expect(only.features.map((f) => f.id).sort()).toEqual(['damascus', 'daraa']);
  });

  it('passages CSV: one row per passage that reads back to the exact quote, commas, quotes and line breaks included', () => {
    const csv = passagesCsv(data.passages.values(), data.sources, data.places);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['id', 'source', 'source_title', 'source_author', 'places', 'place_names', 'refers_to', 'text', 'note', 'quotation']);
    expect(rows).toHaveLength(data.passages.size + 1);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(10);
      expect(r[9]).toBe('');
      expect(r[7]).toBe(data.passages.get(r[0]!)!.text);
      expect(r[8]).toBe(data.passages.get(r[0]!)!.note ?? '');
    }
    const tricky = { id: 'x', source: 'pierret-2017', text: 'He said, "no"\nand left', places: ['daraa'] };
    expect(parseCsv(passagesCsv([tricky], data.sources, data.places))[1]![7]).toBe(tricky.text);
    expect(rows.find((r) => r[0] === 'iran-syria-2024-israeli-air-strikes')![8]).toBe('the air strikes are Israel’s (“Israeli air strikes”)');
    // A spreadsheet takes a cell starting with = + - or @ for a formula (a list item's "- " showed #NAME?).
    expect(rows.slice(1).flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('says which passages quote another voice in their text, read from the texts themselves', () => {
    const kinds = new Map<string, BlockKind | null>();
    for (const p of data.passages.values()) {
      const blocks = parseCorpus(fs.readFileSync(`geodata/sources/${p.source}.md`, 'utf8'));
      kinds.set(p.id, locatePassage(blocks, p.text)?.block.kind ?? null);
    }
    const rows = parseCsv(passagesCsv(data.passages.values(), data.sources, data.places, kinds));
    const said = new Map(rows.slice(1).map((r) => [r[0]!, r[9]!]));
    // Giustozzi quoting another analyst (an italic block); Pierret in his own words.
    expect(said.get('giustozzi-this-alignment-deepened-after-president-trump')).toBe('yes');
    expect(said.get('pierret-afterwards-moreover-turkey-agreed-to-join')).toBe('no');
    expect(new Set(said.values())).toEqual(new Set(['yes', 'no']));
    // A passage not found in its text, or whose text could not be read, says nothing.
    expect(parseCsv(passagesCsv([{ id: 'x', source: 'pierret-2017', text: 'not in the text', places: [] }], data.sources, data.places, new Map([['x', null]])))[1]![9]).toBe('');
  });

  it('cites the view with its date, filter, selection and link', () => {
    const c = citation({ title: 'T', date: '2018-07-15', url: 'http://x/?date=2018-07-15', today: '2026-11-29', place: "Dara'a", text: 'Giustozzi 2025' });
    expect(c).toBe("T, view of 15 July 2018 (selected: Dara'a; places named in Giustozzi 2025). http://x/?date=2018-07-15 (accessed 29 November 2026).");
  });
});
