import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { clip, isClosed, joinLines, roundCoords, simplify } from './geometry.ts';

describe('roundCoords', () => {
  it('rounds every coordinate and drops positions the rounding made equal', () => {
    const g = roundCoords({ type: 'LineString', coordinates: [[38.123456, 35.000001], [38.123459, 35.000004], [39, 36]] }, 5);
    expect(g).toEqual({ type: 'LineString', coordinates: [[38.12346, 35], [39, 36]] });
  });
});

describe('joinLines', () => {
  it('joins lines whose ends meet within the tolerance, reversing one when needed', () => {
    const out = joinLines([[[0, 0], [1, 0]], [[2, 0], [1.001, 0]], [[5, 5], [6, 6]]], 0.01);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual([[0, 0], [1, 0], [1.001, 0], [2, 0]]);
  });
  it('does not repeat a shared end and leaves far lines apart', () => {
    expect(joinLines([[[0, 0], [1, 0]], [[1, 0], [2, 0]]], 0)).toEqual([[[0, 0], [1, 0], [2, 0]]]);
    expect(joinLines([[[0, 0], [1, 0]], [[1.5, 0], [2, 0]]], 0.1)).toHaveLength(2);
  });
});

describe('clip and simplify', () => {
  it('clips a polygon to the frame and winds it counter-clockwise', () => {
    const square = turf.polygon([[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]]); // clockwise
    const c = clip(square, [1, 1, 3, 3])!;
    expect(c.geometry.type).toBe('MultiPolygon');
    const ring = (c.geometry as unknown as MultiPolygon).coordinates[0]![0]!;
    expect(turf.booleanClockwise(ring)).toBe(false);
    expect(isClosed(ring)).toBe(true);
  });
  it('returns null for a feature outside the frame', () => {
    expect(clip(turf.lineString([[10, 10], [11, 11]]), [0, 0, 1, 1])).toBeNull();
  });
  it('drops islets smaller than the minimum area', () => {
    const tiny = turf.polygon([[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]]);
    expect((simplify(tiny, 0.001).geometry as unknown as MultiPolygon).coordinates).toHaveLength(0);
  });
});
