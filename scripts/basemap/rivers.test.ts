import { describe, expect, it } from 'vitest';
import { RIVERS, nameVertices, splitRuns, type RiverDef } from './rivers.ts';

const riverA: RiverDef = { name: 'A', nameAr: 'أ', rank: 1, levels: [1], toleranceKm: 5, course: [[0, 0], [1, 0]] };
const riverB: RiverDef = { name: 'B', nameAr: 'ب', rank: 2, levels: [1, 3], toleranceKm: 5, course: [[1, 0], [1, 1]] };

describe('nameVertices', () => {
  it('gives each vertex the nearest course within tolerance, among the rivers of its level', () => {
    const line = [[0.2, 0.01], [0.9, 0.01], [1.01, 0.5], [3, 3]];
    expect(nameVertices(line, 1, [riverA, riverB])).toEqual([0, 0, 1, -1]);
    expect(nameVertices(line, 3, [riverA, riverB])).toEqual([-1, -1, 1, -1]);
  });
  it('finds the Euphrates at Deir ez-Zor and Al-Bukamal', () => {
    const i = RIVERS.findIndex((r) => r.name === 'Euphrates');
    expect(nameVertices([[40.14, 35.33], [40.92, 34.45]], 1)).toEqual([i, i]);
  });
});

describe('splitRuns', () => {
  it('cuts a line where its name changes, the runs sharing their boundary vertex', () => {
    const coords = [[0, 0], [0.1, 0], [0.2, 0], [0.3, 0], [0.4, 0]];
    const runs = splitRuns(coords, [0, 0, 0, 1, 1], 0);
    expect(runs.map((r) => r.river)).toEqual([0, 1]);
    expect(runs[0]!.coords).toEqual([[0, 0], [0.1, 0], [0.2, 0]]);
    expect(runs[1]!.coords).toEqual([[0.2, 0], [0.3, 0], [0.4, 0]]);
  });
  it('gives a run shorter than the minimum the name of its neighbour', () => {
    const coords = [[0, 0], [0.1, 0], [0.1001, 0], [0.2, 0], [0.3, 0]];
    expect(splitRuns(coords, [0, 0, -1, 0, 0], 1).map((r) => r.river)).toEqual([0]);
  });
});
