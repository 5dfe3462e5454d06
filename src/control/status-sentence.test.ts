import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlaceInfo } from '../data/types.ts';
import { toPlaceInfo } from '../data/load.ts';
import { loadControlData } from './load-node.ts';
import { pointStatus, statusSentence, statusSource } from './status-sentence.ts';

const ZABADANI: [number, number] = [36.1005, 33.72488];
const data = loadControlData(path.resolve(__dirname, '../..'));
const town = (name: string, center: [number, number]): PlaceInfo => ({ id: name.toLowerCase(), name, nameAr: '', kind: 'town', aliases: [name], searchAliases: [], center, locationNote: '' });

describe('the status sentence', () => {
  it('names each faction as a sentence would, not as the legend does', () => {
    expect(statusSentence('2017-06-15', town('A’zaz', [37.04551, 36.58662]), data)).toBe('15 June 2017: A’zaz is held by Turkish-backed forces.');
    expect(statusSentence('2016-05-11', town('Manbij', [37.95495, 36.52815]), data)).toBe('11 May 2016: Manbij is held by the Islamic State.');
    expect(statusSentence('2017-06-15', town('Damascus', [36.29128, 33.5102]), data)).toBe('15 June 2017: Damascus is held by the government and its allies.');
    // The faction's gloss is dropped where it names the place itself.
    expect(statusSentence('2017-06-15', town('al-Tanf', [38.62, 33.49]), data)).toBe('15 June 2017: al-Tanf is held by US-backed rebels.');
  });

  it('names the part of a city the table answers for', () => {
    const aleppo = { ...town('Aleppo', [37.16117, 36.20124]), kind: 'city' as const };
    expect(statusSentence('2016-03-01', aleppo, data)).toBe('1 March 2016: Aleppo (west) is held by the government and its allies.');
  });

  it('gives uncertain control as the best reading, not as a report', () => {
    // Zabadani on 8 December 2024: the report says the regime withdrew at dawn, not who moved in.
    expect(statusSentence('2024-12-08', town('Zabadani', ZABADANI), data)).toBe('8 December 2024: Zabadani is of uncertain control, most likely held by rebels.');
  });

  it('says an area is one, and a place abroad lies outside Syria', () => {
    expect(statusSentence('2017-06-15', { ...town('Badiya', [38.5, 34]), kind: 'desert' }, data)).toBe('15 June 2017: Badiya (an area: control shown on the map).');
    expect(statusSentence('2017-06-15', town('Amman', [35.94503, 31.95522]), data)).toBe('15 June 2017: Amman lies outside Syria.');
    // Countries and areas abroad: the map shows no control there.
    expect(statusSentence('2017-06-15', { ...town('Jordan', [36.5, 31.2]), kind: 'country' }, data)).toBe('15 June 2017: Jordan lies outside Syria.');
    expect(statusSentence('2017-06-15', { ...town('Sinjar', [41.87, 36.32]), kind: 'region' }, data)).toBe('15 June 2017: Sinjar lies outside Syria.');
  });

  it('answers for an area the control table has a town for, as the table has it', () => {
    const east = { ...town('eastern Aleppo', [37.17, 36.21]), id: 'eastern-aleppo', kind: 'region' as const };
    expect(statusSentence('2016-10-01', east, data)).toBe('1 October 2016: eastern Aleppo is besieged, held by rebels.');
    // From the fall of Hanano (26 November) the east was fought over district by district.
    expect(statusSentence('2016-12-01', east, data)).toBe('1 December 2016: eastern Aleppo is contested, held in part by rebels.');
    expect(statusSentence('2017-06-15', east, data)).toBe('15 June 2017: eastern Aleppo is held by the government and its allies.');
  });

  it('says since when, and on what source, the map has a place so', () => {
    const palmyra = town('Palmyra', [38.28402, 34.5624]);
    // A report, with where it was read.
    const late = statusSource('2024-12-08', palmyra, data)!;
    expect(late.since).toBe('7 December 2024');
    expect(late.approximate).toBe(false);
    expect(late.source).toMatchObject({ record: 'Republic World', date: '2024-12-07' });
    expect('url' in late.source && late.source.url).toMatch(/^https:\/\/www\.republicworld\.com\//);
    // A passage of the texts, whose day is the editor's.
    const mid = statusSource('2016-06-01', palmyra, data)!;
    expect(mid).toEqual({ since: '27 March 2016', approximate: true, source: { passage: 'pierret-the-nationwide-cessation-of-hostilities-proclaimed' }, note: null });
    // Unchanged since the map's first day: the general reference for the start of 2015.
    const start = statusSource('2015-03-01', town('Homs', [36.72339, 34.72682]), data)!;
    expect(start.since).toBeNull();
    expect(start.source).toMatchObject({ record: 'Institute for the Study of War and Carter Center Syria control maps' });
    // With the editor's note on the period, where the report leaves something open.
    expect(statusSource('2024-12-08', town('Zabadani', ZABADANI), data)!.note).toBe('who moved in after the regime withdrew is not reported');
    // Nothing where the sentence names no holder.
    expect(statusSource('2017-06-15', { ...town('Jordan', [36.5, 31.2]), kind: 'country' }, data)).toBeNull();
  });

  it('says who held any point of the map: the cell of its town, or the zone, with the source and the note', () => {
    const jableh = pointStatus('2024-12-08', [35.9, 35.45], data)!;
    expect(jableh.title).toBe('Around Jableh');
    expect(jableh.sentence).toBe('8 December 2024: of uncertain control, most likely held by rebels.');
    expect(jableh.source.source).toMatchObject({ record: 'Haya Washington', date: '2024-12-08' });
    expect(jableh.source.note).toMatch(/^the town is not named in that report; TASS reported/);
    // The feature the map outlines: the town's cell, or the zone's, which come after the towns in the cells' source.
    expect(jableh.cell).toBe(data.towns.findIndex((t) => t.id === 'jableh'));
    const zone = pointStatus('2017-06-15', [38.62, 33.49], data)!;
    expect(zone.title).toBe('The 55 km zone around al-Tanf');
    expect(zone.sentence).toBe('15 June 2017: held by US-backed rebels (al-Tanf).');
    expect(zone.cell).toBe(data.towns.length);
    expect(pointStatus('2017-06-15', [35.94503, 31.95522], data)).toBeNull();
  });

  it('says the map shows no control for the Golan Heights, and gives every place of the gazetteer a sentence of one kind', () => {
    const root = path.resolve(__dirname, '../..');
    const places = (JSON.parse(fs.readFileSync(path.join(root, 'geodata/places.geojson'), 'utf8')) as { features: Parameters<typeof toPlaceInfo>[0][] }).features.map(toPlaceInfo);
    const said = new Map(places.map((p) => [p.id, statusSentence('2017-06-15', p, data)]));
    expect(said.get('golan-heights')).toBe('15 June 2017: Golan Heights (an area the control map does not cover).');
    // Syrian Kurdistan's point stood 3 km inside Turkey, which said nothing wrong but put its label abroad.
    expect(said.get('syrian-kurdistan')).toBe('15 June 2017: Syrian Kurdistan (an area: control shown on the map).');
    expect(said.get('syrian-coast')).toBe('15 June 2017: the Syrian Coast (an area: control shown on the map).');
    expect(said.get('kobane')).toBe('15 June 2017: Kobane is held by the SDF (YPG/PYD).');
    expect([...said.values()].filter((s) => s.includes('does not cover'))).toHaveLength(1);
  });
});
