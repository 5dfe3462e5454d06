/** Rivers and lakes from GSHHG (full resolution), named by where they lie. */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { FRAME } from './frame.ts';
import { coast } from './gmt.ts';
import { clip, isClosed, joinLines, rewind, simplify } from './geometry.ts';
import { RIVERS, nameVertices, splitRuns } from './rivers.ts';
import { nameLake } from './lakes.ts';

/** GSHHG river levels read: 1 double-lined, 2 permanent major, 3 additional, 4 minor, 5–7 intermittent. */
const LEVELS = [1, 2, 3, 4, 5, 6, 7];
/** Unnamed rivers are kept from these levels only, and only when longer than this. */
const UNNAMED_LEVELS = [1, 2];
const UNNAMED_MIN_KM = 8;
/** GSHHG's cut ends at bin edges can be ~300 m apart: ends closer than this (°) are joined. */
const JOIN = 0.006;
/** Pieces of one named river, cut where a few vertices strayed from its course, are joined across ~3 km. */
const JOIN_NAMED = 0.03;

export function buildRivers(): Feature[] {
  const named = new Map<number, Array<{ level: number; coords: Position[] }>>();
  const unnamed: Array<{ level: number; coords: Position[] }> = [];
  for (const level of LEVELS) {
    for (const line of joinLines(coast(FRAME, 'f', `-I${level}`).map((s) => s.coords), JOIN)) {
      for (const run of splitRuns(line, nameVertices(line, level))) {
        if (run.river >= 0) named.set(run.river, [...(named.get(run.river) ?? []), { level, coords: run.coords }]);
        else if (UNNAMED_LEVELS.includes(level)) unnamed.push({ level, coords: run.coords });
      }
    }
  }
  const out: Feature[] = [];
  [...named.entries()].sort(([a], [b]) => a - b).forEach(([i, pieces]) => {
    const def = RIVERS[i]!;
    const levels = [...new Set(pieces.map((p) => p.level))].sort();
    // The Euphrates stays precise (~25 m); the others ~50 m.
    for (const coords of joinLines(pieces.map((p) => p.coords), JOIN_NAMED)) {
      const f = clip(turf.lineString(coords, { name: def.name, nameAr: def.nameAr, rank: def.rank, gshhgLevels: levels }), FRAME);
      if (f && turf.length(f) >= 1) out.push(simplify(f, def.name === 'Euphrates' ? 0.00025 : 0.0005));
    }
  });
  for (const level of UNNAMED_LEVELS) {
    for (const coords of joinLines(unnamed.filter((u) => u.level === level).map((u) => u.coords), JOIN)) {
      const f = clip(turf.lineString(coords, { name: null, rank: 3, gshhgLevels: [level] }), FRAME);
      if (f && turf.length(f) >= UNNAMED_MIN_KM) out.push(simplify(f, 0.001));
    }
  }
  return out;
}

/**
 * GSHHG level-2 shores. GMT cuts them at its bins, so the pieces are stitched end to start; only shores
 * that close into rings are kept, named where they contain a known lake's point; unnamed lakes under
 * 30 km² are dropped, and so are lakes that no longer exist.
 */
export function buildLakes(): { lakes: Feature[]; labels: Feature[] } {
  const shores = coast(FRAME, 'f', '-W2').filter((s) => /Level 2$/.test(s.header)).map((s) => s.coords);
  const lakes: Feature[] = [];
  const labels: Feature[] = [];
  for (const ring of joinLines(shores, 1e-6)) {
    if (!isClosed(ring, 1e-6)) continue;
    ring[ring.length - 1] = ring[0]!;
    const poly = rewind(turf.polygon([ring])) as Feature<Polygon>;
    const known = nameLake(poly);
    if (known?.drop || (!known && turf.area(poly) < 30e6)) continue;
    const props = known ? { name: known.name, nameAr: known.nameAr, ...(known.note ? { note: known.note } : {}) } : { name: null };
    const f = clip(simplify({ ...poly, properties: props } as Feature<Polygon | MultiPolygon>, 0.00025), FRAME);
    if (!f) continue;
    lakes.push(f);
    if (known) labels.push(turf.point(known.inside, { kind: 'lake', name: known.name, nameAr: known.nameAr }));
  }
  return { lakes, labels };
}
