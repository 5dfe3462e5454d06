import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** What is wrong with one position, or null: lon/lat order and ranges (RFC 7946). */
export function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return 'a position must be [longitude, latitude] numbers';
  }
  if (p[0] < -180 || p[0] > 180) return `longitude ${p[0]} out of range`;
  if (p[1] < -90 || p[1] > 90) return `latitude ${p[1]} out of range`;
  return null;
}

/** How deep a geometry's positions lie in its coordinates, by type. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/**
 * What is wrong with the shape of a geometry, or null: a type other than these six (a GeometryCollection), or
 * coordinates that are not lists nested as its type wants, down to positions of numbers. A loop, not a recursion:
 * a file of 100,000 nested lists is reported, not a stack overflow.
 */
export function shapeProblem(g: unknown): string | null {
  const type = (g as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(DEPTH, type)) return `not a geometry of type ${Object.keys(DEPTH).join(', ')}`;
  const stack: Array<[unknown, number]> = [[(g as { coordinates?: unknown }).coordinates, DEPTH[type]!]];
  while (stack.length > 0) {
    const [c, depth] = stack.pop()!;
    const ok = Array.isArray(c) && (depth > 0 || (c.length >= 2 && c.every((x) => typeof x === 'number')));
    if (!ok) return `coordinates not shaped as a ${type}'s (lists nested ${DEPTH[type]} deep, then [longitude, latitude] numbers)`;
    if (depth > 0) for (const x of c) stack.push([x, depth - 1]);
  }
  return null;
}

/** Twice the signed area of a ring (positive when counter-clockwise). */
export function ringArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s;
}

/** What is wrong with a linear ring: too short, open, enclosing no area, or (`exterior`) wound clockwise. */
export function ringProblem(ring: Position[], exterior: boolean): string | null {
  if (ring.length < 4) return `a ring needs at least 4 positions, has ${ring.length}`;
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) return 'ring is not closed (first and last positions differ)';
  const area = ringArea2(ring);
  // A ring whose positions lie on one line (traced there and back) passes the winding test with an area of 0 and
  // turf's crossing test, yet draws nothing: the place would be on the map without an area to see or click.
  if (Math.abs(area) < 1e-10) return 'ring encloses no area (its positions lie on one line)';
  if (exterior && area < 0) return 'exterior ring is clockwise (RFC 7946 wants counter-clockwise)';
  if (!exterior && area > 0) return 'hole is counter-clockwise (RFC 7946 wants clockwise)';
  return null;
}

/** Every position of a geometry's coordinates, with its path (`coordinates.0.3`). */
export function* positions(coords: unknown, path = 'geometry.coordinates'): Generator<[unknown, string]> {
  if (Array.isArray(coords) && coords.length > 0 && !Array.isArray(coords[0])) {
    yield [coords, path];
    return;
  }
  if (Array.isArray(coords)) for (let i = 0; i < coords.length; i++) yield* positions(coords[i], `${path}.${i}`);
}

/**
 * How far a point lies outside an outline, in km (0 inside it), for a check that it lies no more than `limit` km
 * out: exact beyond the limit; within it, the distance to the outline's nearest vertex, which bounds the exact
 * one from above and is cheaper to find. (The exact measure, turf's, took 180 ms of the 300 the places' check
 * took on the real data.)
 */
export function kmOutside(p: [number, number], outline: Feature<Polygon | MultiPolygon>, limit: number): number {
  if (turf.booleanPointInPolygon(p, outline)) return 0;
  let nearest = Infinity;
  const rings = outline.geometry.type === 'Polygon' ? outline.geometry.coordinates : outline.geometry.coordinates.flat();
  for (const ring of rings) for (const v of ring) nearest = Math.min(nearest, kmBetween(p, v));
  return nearest <= limit ? nearest : turf.pointToPolygonDistance(p, outline as never, { units: 'kilometers' });
}

/**
 * What is wrong with the holes of a polygon whose rings are each sound, by ring index: a hole must lie inside its
 * exterior ring (every vertex inside it or on it) and outside every other hole (no vertex strictly inside one).
 */
export function holeProblems(rings: Position[][]): Array<[ring: number, message: string]> {
  const out: Array<[number, string]> = [];
  const inside = (p: Position, ring: Position[], onCounts: boolean) => turf.booleanPointInPolygon(p, turf.polygon([ring]), { ignoreBoundary: !onCounts });
  for (let h = 1; h < rings.length; h++) {
    if (!rings[h]!.every((p) => inside(p, rings[0]!, true))) { out.push([h, `hole ${h} lies outside its exterior ring`]); continue; }
    const other = rings.findIndex((r, k) => k > 0 && k !== h && rings[h]!.some((p) => inside(p, r, false)));
    if (other > 0) out.push([h, `hole ${h} overlaps hole ${other}`]);
  }
  return out;
}

/** The great-circle distance between two positions, in km. */
export function kmBetween(a: Position, b: Position): number {
  return turf.distance(a as [number, number], b as [number, number], { units: 'kilometers' });
}

/** The indices of a line's vertices that repeat the vertex before them (a line of one point repeated draws nothing). */
export function repeatedVertices(line: ReadonlyArray<Position>): number[] {
  const out: number[] = [];
  for (let k = 1; k < line.length; k++) if (line[k]![0] === line[k - 1]![0] && line[k]![1] === line[k - 1]![1]) out.push(k);
  return out;
}
