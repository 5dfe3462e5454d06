/** Pure geometry helpers of the basemap build: rounding, simplifying, clipping to the frame, joining lines. */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Frame } from './frame.ts';

export const round = (x: number, d = 5) => Math.round(x * 10 ** d) / 10 ** d;

/** Every coordinate rounded to `d` decimals; consecutive positions made equal by the rounding collapse to one. */
export function roundCoords(g: Geometry, d: number): Geometry {
  const r = (p: Position): Position => [round(p[0]!, d), round(p[1]!, d)];
  const line = (l: Position[]) => l.map(r).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
  switch (g.type) {
    case 'Point': return { ...g, coordinates: r(g.coordinates) };
    case 'LineString': return { ...g, coordinates: line(g.coordinates) };
    case 'MultiLineString': case 'Polygon': return { ...g, coordinates: g.coordinates.map(line) };
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((p) => p.map(line)) };
    default: return g;
  }
}

/** The polygons of a Polygon or MultiPolygon, as a list of ring lists. */
export const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Simplifies a feature (Douglas–Peucker, `tolerance` in degrees). Polygons: parts under `minAreaM2` are
 * dropped, each other part simplified on its own, rings wound per RFC 7946.
 */
export function simplify<T extends Feature>(f: T, tolerance: number, minAreaM2 = 1e6): T {
  const g = f.geometry;
  if (g.type === 'MultiPolygon' || g.type === 'Polygon') {
    const parts = polygonsOf(g)
      .filter((rings) => turf.area(turf.polygon(rings)) > minAreaM2)
      .map((rings) => turf.simplify(turf.polygon(rings), { tolerance, highQuality: true }).geometry.coordinates);
    return rewind({ ...f, geometry: { type: 'MultiPolygon', coordinates: parts } });
  }
  return turf.simplify(f, { tolerance, highQuality: true, mutate: false }) as T;
}

/** Exterior rings counter-clockwise, holes clockwise (RFC 7946). */
export function rewind<T extends Feature>(f: T): T {
  return turf.rewind(f as never, { reverse: false, mutate: false }) as unknown as T;
}

/** Clips a feature to the frame; null when nothing (or, for areas, less than `minAreaM2`) is left. */
export function clip<T extends Feature>(f: T, frame: Frame, minAreaM2 = 1e5): T | null {
  if (!turf.booleanIntersects(f, turf.bboxPolygon(frame))) return null;
  const c = turf.bboxClip(f as never, frame) as unknown as T;
  const g = c.geometry as Geometry;
  if (g.type === 'MultiPolygon' || g.type === 'Polygon') {
    // Parts outside the frame come back as degenerate rings: keep only real areas.
    const parts = polygonsOf(g)
      .map((rings) => rings.filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0 && turf.area(turf.polygon(rings)) > minAreaM2);
    return parts.length === 0 ? null : rewind({ ...c, geometry: { type: 'MultiPolygon', coordinates: parts } });
  }
  if (g.type === 'LineString') return g.coordinates.length < 2 ? null : c;
  if (g.type === 'MultiLineString') {
    const lines = g.coordinates.filter((l) => l.length >= 2);
    return lines.length === 0 ? null : { ...c, geometry: { type: 'MultiLineString', coordinates: lines } };
  }
  return c;
}

/** Distance between two positions in degrees (planar: only used to compare with small tolerances). */
const gap = (a: Position, b: Position) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

/**
 * Joins lines whose ends lie within `tolerance` degrees of each other (GSHHG cuts every line at its bins,
 * and the cut ends do not always meet exactly), reversing a line when needed. The nearest pair of ends is
 * joined first, so the result does not depend on the order of the input beyond ties.
 */
export function joinLines(lines: Position[][], tolerance: number): Position[][] {
  const pool = lines.filter((l) => l.length >= 2).map((l) => [...l]);
  for (;;) {
    let best: { i: number; j: number; how: 'ee' | 'es' | 'se' | 'ss'; d: number } | null = null;
    for (let i = 0; i < pool.length; i++) {
      for (let j = i + 1; j < pool.length; j++) {
        const a = pool[i]!;
        const b = pool[j]!;
        const cands: Array<['ee' | 'es' | 'se' | 'ss', number]> = [
          ['es', gap(a[a.length - 1]!, b[0]!)], ['se', gap(a[0]!, b[b.length - 1]!)],
          ['ee', gap(a[a.length - 1]!, b[b.length - 1]!)], ['ss', gap(a[0]!, b[0]!)],
        ];
        for (const [how, d] of cands) if (d <= tolerance && (!best || d < best.d)) best = { i, j, how, d };
      }
    }
    if (!best) return pool;
    const a = pool[best.i]!;
    const b = pool[best.j]!;
    const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];
    const cat = (x: Position[], y: Position[]) => (same(x[x.length - 1]!, y[0]!) ? [...x, ...y.slice(1)] : [...x, ...y]);
    const joined = best.how === 'es' ? cat(a, b) : best.how === 'se' ? cat(b, a) : best.how === 'ee' ? cat(a, [...b].reverse()) : cat([...a].reverse(), b);
    pool.splice(best.j, 1);
    pool[best.i] = joined;
  }
}

/** Whether a ring's first and last positions are equal (a closed ring). */
export const isClosed = (ring: Position[], tolerance = 1e-9) => ring.length >= 4 && gap(ring[0]!, ring[ring.length - 1]!) <= tolerance;
