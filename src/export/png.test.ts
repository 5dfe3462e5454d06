import { describe, expect, it } from 'vitest';
import { flowRows, legendItems } from './png.ts';

describe('the PNG export’s legend', () => {
  it('lists a faction hidden in the legend as not shown, after those shown, lest its blank areas read as nobody’s', () => {
    const items = legendItems({
      legend: [
        { label: 'Government and allies', color: '#c33' },
        { label: 'Islamic State: not shown on this map', color: '#326', hidden: true },
        { label: 'Rebels', color: '#198' },
      ],
      uncertainLabel: 'Contested, besieged or uncertain (hatched)',
    });
    expect(items.map((i) => [i.label, i.hidden, i.hatch])).toEqual([
      ['Government and allies', false, false],
      ['Rebels', false, false],
      ['Islamic State: not shown on this map', true, false],
      ['Contested, besieged or uncertain (hatched)', false, true],
    ]);
  });

  it('has no entries without the control layer', () => {
    expect(legendItems({ legend: [], uncertainLabel: null })).toEqual([]);
  });

  it('flows items into rows no wider than the image', () => {
    expect(flowRows([100, 100, 100], 250, 10)).toEqual([{ row: 0, x: 0 }, { row: 0, x: 110 }, { row: 1, x: 0 }]);
  });
});
