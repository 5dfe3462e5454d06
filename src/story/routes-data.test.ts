import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

describe('the routes of 2017', () => {
  it('the loyalists’ route around al-Tanf ends on the Syria–Iraq border, outside the 55 km zone', () => {
    const route = read('geodata/routes.geojson').features.find((f: { id: string }) => f.id === 'loyalists-around-tanf');
    const end = route.geometry.coordinates.at(-1) as [number, number];
    expect(route.properties.times.at(-1)).toBe('2017-06-09');
    const syria = read('geodata/basemap/syria.geojson').features[0];
    const iraq = read('geodata/basemap/countries.geojson').features.find((f: { properties: { id: string } }) => f.properties.id === 'IRQ');
    const border = turf.flatten(turf.polygonToLine(syria)).features;
    const toBorder = Math.min(...border.map((l) => turf.pointToLineDistance(end, l as never, { units: 'kilometers' })));
    expect(toBorder).toBeLessThan(0.1);
    const toIraq = Math.min(...turf.flatten(turf.polygonToLine(iraq)).features.map((l) => turf.pointToLineDistance(end, l as never, { units: 'kilometers' })));
    expect(toIraq).toBeLessThan(2);
    expect(turf.distance([38.65, 33.5], end, { units: 'kilometers' })).toBeGreaterThan(55);
  });
  it('every route has a date per vertex, in order, and a faction', () => {
    for (const f of read('geodata/routes.geojson').features) {
      expect(f.properties.times.length).toBe(f.geometry.coordinates.length);
      expect([...f.properties.times].sort()).toEqual(f.properties.times);
      expect(['government', 'us_backed']).toContain(f.properties.faction);
    }
  });
});
