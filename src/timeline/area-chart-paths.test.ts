import { describe, expect, it } from 'vitest';
import { areasOn, dateX, stackedBands, type AreaStep } from './area-chart-paths.ts';

const createSteps = (): AreaStep[] => [
  { date: '2015-01-01', areas: { a: 100, b: 100 } },
  { date: '2020-01-01', areas: { a: 150, b: 50 } },
];

describe('stacked area chart', () => {
  it('stacks bands to the full height, first faction at the bottom', () => {
    const [a, b] = stackedBands(createSteps(), ['a', 'b'], 1000, 100);
    // At the start a fills the bottom half, b the top half.
    expect(a!.path.startsWith('M0.0,50.0')).toBe(true);
    expect(b!.path.startsWith('M0.0,0.0')).toBe(true);
    // After 2020 a grows to three quarters: its top line drops to y = 25.
    expect(a!.path).toContain(`${dateX('2020-01-01', 1000).toFixed(1)},25.0`);
  });
  it('keeps the scale of every faction when one is not drawn', () => {
    const [b] = stackedBands(createSteps(), ['b'], 1000, 100, ['a', 'b']);
    // b alone, at the bottom, still half the height at the start (not stretched to the whole of it).
    expect(b!.path.startsWith('M0.0,50.0')).toBe(true);
    expect(stackedBands(createSteps(), ['b'], 1000, 100)[0]!.path.startsWith('M0.0,0.0')).toBe(true);
  });
  it('marks the part of a band held with less than certainty, at its top, step by step', () => {
    const steps: AreaStep[] = [
      { date: '2015-01-01', areas: { a: 100, b: 100 }, unsure: { a: 50 } },
      { date: '2020-01-01', areas: { a: 150, b: 50 } },
    ];
    const [a, b] = stackedBands(steps, ['a', 'b'], 1000, 100);
    // a's top half of its 100 km² (y 50 to 75) until 2020, and nothing after; b has none.
    expect(a!.unsure).toBe(`M0.0,50.0L${dateX('2020-01-01', 1000).toFixed(1)},50.0L${dateX('2020-01-01', 1000).toFixed(1)},75.0L0.0,75.0Z`);
    expect(b!.unsure).toBe('');
  });
  it('finds the areas in force on a date', () => {
    expect(areasOn(createSteps(), '2019-12-31')?.areas.a).toBe(100);
    expect(areasOn(createSteps(), '2020-01-01')?.areas.a).toBe(150);
    expect(areasOn(createSteps(), '2014-01-01')).toBeNull();
  });
});
