/**
 * Names GSHHG's river segments, which come without names, by where they run: a segment belongs to a
 * river when most of its vertices lie within a few kilometres of that river's reference course, a line
 * through towns and confluences on its banks (their coordinates from GeoNames, or as written below).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

export interface RiverDef { name: string; nameAr: string; course: Position[]; toleranceKm: number }

export const RIVERS: RiverDef[] = [
  {
    name: 'Euphrates', nameAr: 'الفرات', toleranceKm: 14,
    // Atatürk reservoir, Birecik, Jarabulus, Lake Assad's head, Maskanah, Raqqa, Deir ez-Zor, al-Mayadin,
    // Al-Bukamal, al-Qa'im, Rawah, Haditha, Hit, Ramadi.
    course: [[39.0, 37.91], [38.5, 37.62], [38.04, 37.44], [37.99, 37.03], [38.01, 36.82], [38.19, 36.26], [38.04, 35.97],
      [38.55, 35.87], [39.01, 35.95], [39.6, 35.73], [40.14, 35.33], [40.45, 35.02], [40.92, 34.45], [41.03, 34.37],
      [41.92, 34.48], [42.0, 34.42], [42.38, 34.14], [42.52, 34.0], [42.83, 33.64], [43.0, 33.53], [43.31, 33.42], [44.0, 33.16]],
  },
  {
    name: 'Tigris', nameAr: 'دجلة', toleranceKm: 12,
    course: [[40.25, 38.0], [41.0, 37.79], [42.0, 37.43], [42.21, 37.32], [42.37, 37.06], [43.0, 36.4], [43.13, 36.34],
      [43.34, 36.0], [43.23, 35.52], [43.58, 35.0], [44.0, 34.07]],
  },
  {
    name: 'Khabur', nameAr: 'الخابور', toleranceKm: 12,
    // Ra's al-'Ayn, Tall Tamr, al-Hasakah, al-Shaddadah, al-Busayrah.
    course: [[40.07, 36.85], [40.37, 36.66], [40.75, 36.5], [40.77, 36.0], [40.74, 35.75], [40.43, 35.16]],
  },
  {
    name: 'Balikh', nameAr: 'البليخ', toleranceKm: 6,
    course: [[38.95, 36.7], [39.08, 36.3], [39.05, 35.95]],
  },
  {
    name: 'Orontes', nameAr: 'العاصي', toleranceKm: 12,
    // Hermel, Lake Qattinah, Homs, al-Rastan, Hama, the Ghab, Jisr al-Shughur, Antakya, the sea.
    course: [[36.38, 34.38], [36.52, 34.61], [36.72, 34.73], [36.73, 34.93], [36.75, 35.13], [36.5, 35.35], [36.38, 35.6],
      [36.32, 35.81], [36.38, 36.0], [36.16, 36.2], [35.96, 36.04]],
  },
  {
    name: 'Yarmouk', nameAr: 'اليرموك', toleranceKm: 5,
    course: [[36.1, 32.75], [35.94, 32.7], [35.65, 32.69], [35.56, 32.65]],
  },
  {
    name: 'Barada', nameAr: 'بردى', toleranceKm: 5,
    // Its source above al-Zabadani, the Barada valley, Damascus, the Ghouta.
    course: [[36.05, 33.68], [36.1, 33.7], [36.18, 33.62], [36.29, 33.51], [36.59, 33.45]],
  },
  { name: 'Jordan', nameAr: 'الأردن', toleranceKm: 5, course: [[35.62, 33.1], [35.6, 32.9], [35.57, 32.65], [35.55, 32.2], [35.52, 31.8]] },
];

/** The river a segment belongs to, or null: at least 80 % of its vertices within the river's tolerance. */
export function nameSegment(coords: Position[]): RiverDef | null {
  let best: RiverDef | null = null;
  let bestMedian = Infinity;
  for (const r of RIVERS) {
    const course = turf.lineString(r.course);
    const d = coords.map((c) => turf.pointToLineDistance(turf.point(c), course, { units: 'kilometers' })).sort((a, b) => a - b);
    const p80 = d[Math.floor(d.length * 0.8)] ?? Infinity;
    const median = d[Math.floor(d.length / 2)] ?? Infinity;
    if (p80 <= r.toleranceKm && median < bestMedian) {
      best = r;
      bestMedian = median;
    }
  }
  return best;
}

/** Joins segments that touch end to start (GSHHG cuts rivers at its 1° bins) into longer lines. */
export function joinSegments(lines: Position[][]): Position[][] {
  const key = (p: Position) => `${p[0]!.toFixed(5)},${p[1]!.toFixed(5)}`;
  const pool = lines.map((l) => [...l]);
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < pool.length; i++) {
      for (let j = 0; j < pool.length; j++) {
        if (i === j) continue;
        const a = pool[i]!;
        const b = pool[j]!;
        if (key(a[a.length - 1]!) === key(b[0]!)) {
          pool[i] = [...a, ...b.slice(1)];
          pool.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return pool;
}

export type RiverFeature = Feature<LineString, { name: string | null; nameAr?: string; level: number }>;

/**
 * GSHHG, as Debian ships it, has no polygon for Lake Assad, and its Euphrates stops at the reservoir's
 * northern arm. The two ends are joined by a straight line so that the river reads as one; the joined
 * feature says so.
 */
export function bridgeGap(lines: Position[][], from: Position, to: Position, maxKm = 3): { lines: Position[][]; bridged: boolean } {
  const near = (a: Position, b: Position) => turf.distance(turf.point(a), turf.point(b), { units: 'kilometers' }) <= maxKm;
  const i = lines.findIndex((l) => near(l[l.length - 1]!, from));
  const j = lines.findIndex((l) => near(l[0]!, to));
  if (i < 0 || j < 0 || i === j) return { lines, bridged: false };
  const joined = [...lines[i]!, ...lines[j]!];
  return { lines: [joined, ...lines.filter((_, k) => k !== i && k !== j)], bridged: true };
}

export const LAKE_ASSAD_GAP = { from: [38.19, 36.26], to: [38.18, 35.95] };
