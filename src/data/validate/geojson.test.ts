import { describe, expect, it } from 'vitest';
import { positionProblem, positions, ringProblem } from './geojson.ts';

const square = (cw = false) => {
  const r = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
  return cw ? r.reverse() : r;
};

describe('geojson checks', () => {
  it('catches a swapped or out-of-range position', () => {
    expect(positionProblem([38.6, 33.5])).toBeNull();
    expect(positionProblem([33.5, 238.6])).toBe('latitude 238.6 out of range');
    expect(positionProblem([190, 33])).toBe('longitude 190 out of range');
    expect(positionProblem(['38', 33])).toMatch(/numbers/);
  });
  it('checks ring closure and winding', () => {
    expect(ringProblem(square(), true)).toBeNull();
    expect(ringProblem(square(true), true)).toMatch(/clockwise/);
    expect(ringProblem(square().slice(0, 4), true)).toMatch(/not closed/);
    expect(ringProblem([[0, 0], [1, 1], [0, 0]], true)).toMatch(/at least 4/);
  });
  it('walks every position with its path', () => {
    expect([...positions([[[0, 1], [2, 3]]])].map(([, p]) => p)).toEqual(['geometry.coordinates.0.0', 'geometry.coordinates.0.1']);
  });
});
