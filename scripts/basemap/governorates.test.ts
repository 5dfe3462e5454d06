import { describe, expect, it } from 'vitest';
import { GOVERNORATES, sharedEdges } from './governorates.ts';

describe('sharedEdges', () => {
  it('keeps only the boundary two areas share, whatever the direction of their rings', () => {
    const west = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const east = { type: 'Polygon' as const, coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] };
    const edges = sharedEdges([{ id: 'W', geometry: west }, { id: 'E', geometry: east }]);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.between).toEqual(['E', 'W']);
    expect(edges[0]!.lines).toHaveLength(1);
    expect(edges[0]!.lines[0]!.map((p) => p[0])).toEqual([1, 1]);
  });
});

describe('GOVERNORATES', () => {
  it('names all 14 governorates in English and Arabic with unique ids', () => {
    const all = Object.values(GOVERNORATES);
    expect(all).toHaveLength(14);
    expect(new Set(all.map((g) => g.id)).size).toBe(14);
    for (const g of all) expect(g.nameAr).toMatch(/^[\u0600-\u06FF ]+$/);
  });
});
