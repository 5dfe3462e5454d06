import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areasAt, areasWithCertaintyAt, cellStatesAt, changeDates } from './timeline.ts';
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
});
