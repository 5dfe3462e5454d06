import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaSteps, areasAt, areasWithCertaintyAt, cellStatesAt, changeDates } from './timeline.ts';
import type { Town, Zone } from './schema.ts';
import { FACTION_IDS, STATUSES } from './factions.ts';
import { loadControlData } from './load-node.ts';

const root = path.resolve(__dirname, '../..');
const data = loadControlData(root);
const areas = JSON.parse(fs.readFileSync(path.join(root, 'geodata/derived/control-areas.json'), 'utf8'));

describe('the control timeline on the real data', () => {
  it('gives a state to every cell and turns the al-Tanf zone on in May 2017', () => {
    const before = cellStatesAt(data.towns, data.zones, '2017-05-17');
    const after = cellStatesAt(data.towns, data.zones, '2017-05-18');
    expect(before.size).toBe(data.towns.length + data.zones.length);
    expect(before.get(data.towns.length)!.faction).toBe('none');
    expect(after.get(data.towns.length)!.faction).toBe('us_backed');
  });
  it('lists every change date once, in order, within the range', () => {
    const d = changeDates(data.towns, data.zones);
    expect([...d].sort()).toEqual(d);
    expect(new Set(d).size).toBe(d.length);
    expect(d).toContain('2016-08-12');
    expect(d[0]! > '2015-01-01' && d.at(-1)! <= '2024-12-08').toBe(true);
  });
  it('keeps the total area constant: what one faction gains another loses', () => {
    const total = (date: string) => Object.values(areasAt(data.towns, data.zones, areas, date)).reduce((a, b) => a + b, 0);
    // Each cell's area is rounded to a whole km², so the zone's overlaps may differ from its area by a few km².
    expect(Math.abs(total('2015-01-01') - total('2019-03-23'))).toBeLessThanOrEqual(5);
    expect(Math.abs(total('2015-01-01') - total('2017-06-15'))).toBeLessThanOrEqual(5);
    const is2015 = areasAt(data.towns, data.zones, areas, '2015-06-01').islamic_state;
    const is2019 = areasAt(data.towns, data.zones, areas, '2019-04-01').islamic_state;
    expect(is2015).toBeGreaterThan(40_000);
    expect(is2019).toBe(0);
  });
  it('says how much of each faction’s area was held with less than certainty', () => {
    const { all, unsure } = areasWithCertaintyAt(data.towns, data.zones, areas, '2016-10-01');
    for (const f of Object.keys(all) as Array<keyof typeof all>) expect(unsure[f]).toBeLessThanOrEqual(all[f]);
    // Besieged Deir ez-Zor's garrison and eastern Aleppo's rebels are among the unsure.
    expect(unsure.government).toBeGreaterThan(0);
    expect(unsure.rebels).toBeGreaterThan(0);
    // On the last day the government held nothing with certainty.
    const last = areasWithCertaintyAt(data.towns, data.zones, areas, '2024-12-08');
    expect(last.all.government).toBeGreaterThan(0);
    expect(last.unsure.government).toBe(last.all.government);
  });
  it('gives the area chart the same steps in one sweep as date by date', () => {
    const dates = ['2015-01-01', ...changeDates(data.towns, data.zones), '2024-12-08'];
    const steps = areaSteps(data.towns, data.zones, areas, dates);
    expect(steps).toHaveLength(dates.length);
    dates.forEach((d, i) => expect(steps[i], d).toEqual(areasWithCertaintyAt(data.towns, data.zones, areas, d)));
    expect(() => areaSteps(data.towns, data.zones, areas, ['2017-01-01', '2016-01-01'])).toThrow(/comes after/);
  });
});

describe('the area chart\'s sweep on made-up control', () => {
  it('agrees with the date-by-date sums on 200 random tables, zones and dates, days without a change included', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const day = () => `20${15 + Math.floor(rnd() * 10)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`;
    const periods = () => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 4) }, day))].sort()
      .map((from) => ({ from, faction: pick(FACTION_IDS), status: pick(STATUSES), source: { passage: 'x' } }));
    for (let n = 0; n < 200; n++) {
      const towns = Array.from({ length: 1 + Math.floor(rnd() * 12) }, (_, i) => ({ id: `t${i}`, name: 't', coord: [38, 35], location: { method: 'manual', note: 'made up' }, periods: periods() })) as Town[];
      const zones = Array.from({ length: Math.floor(rnd() * 3) }, (_, k) => ({ id: `z${k}`, name: 'z', centerTown: 't0', radiusKm: 10, periods: periods() })) as Zone[];
      const made = {
        cellKm2: towns.map(() => Math.round(rnd() * 1000)),
        zones: zones.filter(() => rnd() < 0.8).map((z) => ({ id: z.id, km2: Math.round(rnd() * 500), overlapKm2: Object.fromEntries(towns.filter(() => rnd() < 0.5).map((_, i) => [i, Math.round(rnd() * 100)])) })),
      };
      const dates = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 20) }, day))].sort();
      const steps = areaSteps(towns, zones, made, dates);
      dates.forEach((d, i) => expect(steps[i], `table ${n}, ${d}`).toEqual(areasWithCertaintyAt(towns, zones, made, d)));
    }
  });
});

