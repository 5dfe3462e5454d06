/**
 * Names GSHHG's river lines, which come without names, by where they run. Each river has a reference
 * course: a line through towns and confluences on its banks (written below, checked against GeoNames).
 * Every vertex takes the name of the nearest course within that river's tolerance; a line is then cut
 * where its name changes, and runs shorter than a few kilometres take their neighbour's name.
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';

/**
 * A river to find in GSHHG: `levels` are the GSHHG river levels it may take (1 double-lined, 2 permanent
 * major, 3 additional, 4 minor, 5–7 intermittent), so that a side channel or a wadi beside a great river
 * does not take its name.
 */
export interface RiverDef { name: string; nameAr: string; rank: 1 | 2; levels: number[]; course: Position[]; toleranceKm: number }

export const RIVERS: RiverDef[] = [
  {
    name: 'Euphrates', nameAr: 'الفرات', rank: 1, levels: [1], toleranceKm: 14,
    // Upstream of the Atatürk dam, the dam, Halfeti, Birecik, Jarabulus, Qara Qozak, Lake Assad's head,
    // Maskanah, al-Tabqa, Raqqa, Deir ez-Zor, al-Mayadin, Al-Bukamal, al-Qa'im, Rawah, Haditha, Hit, Ramadi.
    course: [[39.1, 38.0], [39.0, 37.9], [38.9, 37.75], [38.82, 37.65], [38.6, 37.58], [38.45, 37.49], [38.32, 37.48],
      [38.04, 37.44], [37.87, 37.25], [37.99, 37.03], [38.01, 36.82], [38.24, 36.6], [38.19, 36.26], [38.04, 35.97],
      [38.55, 35.87], [39.01, 35.95], [39.6, 35.73], [40.14, 35.33], [40.45, 35.02], [40.92, 34.45], [41.03, 34.37],
      [41.5, 34.43], [41.92, 34.48], [42.0, 34.42], [42.3, 34.3], [42.38, 34.14], [42.52, 34.0], [42.83, 33.64],
      [43.0, 33.53], [43.31, 33.42], [44.0, 33.16]],
  },
  {
    name: 'Tigris', nameAr: 'دجلة', rank: 1, levels: [1], toleranceKm: 12,
    // Diyarbakır, Bismil, Hasankeyf, the bend to Cizre, the Syrian–Turkish–Iraqi tripoint, Mosul, Tikrit, Samarra.
    course: [[40.2, 38.09], [40.25, 37.9], [40.3, 37.82], [40.66, 37.84], [41.0, 37.79], [41.41, 37.71], [41.8, 37.72],
      [41.85, 37.5], [41.95, 37.42], [42.19, 37.33], [42.35, 37.2], [42.37, 37.06], [43.0, 36.4], [43.13, 36.34],
      [43.34, 36.0], [43.23, 35.52], [43.58, 35.0], [44.0, 34.07]],
  },
  {
    name: 'Khabur', nameAr: 'الخابور', rank: 2, levels: [3, 4], toleranceKm: 7,
    // Ra's al-'Ayn, Tall Tamr, al-Hasakah, al-Shaddadi, Markada, al-Busayrah (its mouth on the Euphrates);
    // the points between follow the channel's meanders.
    course: [[40.07, 36.85], [40.37, 36.66], [40.75, 36.5], [40.84, 36.42], [40.72, 36.1], [40.87, 35.85], [40.8, 35.75],
      [40.43, 35.16]],
  },
  {
    name: 'Balikh', nameAr: 'البليخ', rank: 2, levels: [2, 3, 4, 5, 6, 7], toleranceKm: 6,
    course: [[38.95, 36.7], [39.08, 36.3], [39.05, 35.95]],
  },
  {
    name: 'Orontes', nameAr: 'العاصي', rank: 2, levels: [2, 3, 4], toleranceKm: 10,
    // Hermel, Lake Qattinah, Homs, al-Rastan, Hama, the Ghab, Jisr al-Shughur, Antakya, the sea.
    course: [[36.38, 34.38], [36.52, 34.61], [36.72, 34.73], [36.73, 34.93], [36.75, 35.13], [36.5, 35.35], [36.38, 35.6],
      [36.32, 35.81], [36.38, 36.0], [36.16, 36.2], [35.96, 36.04]],
  },
  {
    name: 'Yarmouk', nameAr: 'اليرموك', rank: 2, levels: [3, 4], toleranceKm: 5,
    course: [[36.1, 32.75], [35.94, 32.7], [35.65, 32.69], [35.56, 32.65]],
  },
  {
    name: 'Barada', nameAr: 'بردى', rank: 2, levels: [3, 4], toleranceKm: 5,
    // Its source above al-Zabadani, the Barada valley, Damascus, the Ghouta.
    course: [[36.05, 33.68], [36.1, 33.7], [36.18, 33.62], [36.29, 33.51], [36.59, 33.45]],
  },
  {
    name: 'Jordan', nameAr: 'نهر الأردن', rank: 2, levels: [2, 3], toleranceKm: 5,
    course: [[35.62, 33.1], [35.6, 32.9], [35.57, 32.65], [35.55, 32.2], [35.52, 31.8]],
  },
];

/**
 * The river each vertex of a GSHHG line of `level` belongs to (index into `rivers`), or -1: the nearest
 * course within its tolerance, among the rivers that may take that level.
 */
export function nameVertices(coords: Position[], level: number, rivers: RiverDef[] = RIVERS): number[] {
  const courses = rivers.map((r) => turf.lineString(r.course));
  return coords.map((c) => {
    let best = -1;
    let bestKm = Infinity;
    rivers.forEach((r, i) => {
      if (!r.levels.includes(level)) return;
      const km = turf.pointToLineDistance(turf.point(c), courses[i]!, { units: 'kilometers' });
      if (km <= r.toleranceKm && km < bestKm) [best, bestKm] = [i, km];
    });
    return best;
  });
}

export interface Run { river: number; coords: Position[] }

/**
 * Cuts a line into runs of one name each (`names` from `nameVertices`). A run shorter than `minKm` takes
 * the name of the run before it (or after it, for the first), so that a river does not flicker between
 * names where two courses come close. Consecutive runs share their boundary vertex: nothing is lost.
 */
export function splitRuns(coords: Position[], names: number[], minKm = 3): Run[] {
  let runs: Run[] = [];
  coords.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.river === names[i]) last.coords.push(c);
    else runs.push({ river: names[i]!, coords: last ? [last.coords[last.coords.length - 1]!, c] : [c] });
  });
  const km = (r: Run) => (r.coords.length < 2 ? 0 : turf.length(turf.lineString(r.coords), { units: 'kilometers' }));
  while (runs.length > 1) {
    const i = runs.findIndex((r) => km(r) < minKm);
    if (i < 0) break;
    runs[i]!.river = runs[i === 0 ? 1 : i - 1]!.river;
    // Merge neighbours that now carry the same name.
    const merged: Run[] = [];
    for (const r of runs) {
      const prev = merged[merged.length - 1];
      if (prev && prev.river === r.river) prev.coords.push(...r.coords.slice(1));
      else merged.push({ river: r.river, coords: [...r.coords] });
    }
    runs = merged;
  }
  return runs;
}
