import { describe, expect, it } from 'vitest';
import { median, pct, ratioInterval, verdict } from './stats.ts';

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('pct and median', () => {
  it('take the value at rank ⌊n·p⌋, whatever the order of the samples', () => {
    const xs = range(200, (i) => 200 - i); // 200 … 1
    expect(pct(xs, 0.95)).toBe(191); // the p95 of 200 is the 10th slowest
    expect(pct(xs, 0.5)).toBe(101);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(pct([5], 0.95)).toBe(5);
  });

  it('refuse an empty series instead of returning undefined', () => {
    expect(() => pct([], 0.5)).toThrow(/no samples/);
  });
});

describe('ratioInterval', () => {
  const flat = range(200, () => 100);

  it('is a single point when one series is the other scaled', () => {
    const b = range(200, (i) => 70 + ((i * 37) % 50));
    expect(ratioInterval(b.map((x) => x * 1.5), b, 0.95, 20)).toEqual([1.5, 1.5]);
    expect(ratioInterval(b, b, 0.5, 20)).toEqual([1, 1]);
  });

  it('is the same for the same samples, run after run', () => {
    const a = range(200, (i) => 80 + ((i * 53) % 97));
    const b = range(200, (i) => 75 + ((i * 31) % 61));
    expect(ratioInterval(a, b, 0.95, 20)).toEqual(ratioInterval(a, b, 0.95, 20));
  });

  it('is wide when the slow changes come in one spell, narrow when they are spread over the turns', () => {
    // 20 slow changes of 200: the p95 (10th slowest) is slow either way, so both ratios are 3.
    const spread = range(200, (i) => (i % 10 === 0 ? 300 : 100));
    const spell = range(200, (i) => (i < 20 ? 300 : 100)); // all in the first two blocks of ten
    expect(pct(spread, 0.95) / pct(flat, 0.95)).toBe(3);
    expect(pct(spell, 0.95) / pct(flat, 0.95)).toBe(3);
    expect(ratioInterval(spread, flat, 0.95, 20)).toEqual([3, 3]);
    // Redrawn by blocks, the spell is often missed or drawn once: the ratio could as well have been 1.
    const [lo, hi] = ratioInterval(spell, flat, 0.95, 20);
    expect(lo).toBe(1);
    expect(hi).toBe(3);
  });

  it('refuses series of different lengths or impossible blocks', () => {
    expect(() => ratioInterval([1, 2], [1], 0.5, 1)).toThrow(/2 and 1 samples/);
    expect(() => ratioInterval([1, 2], [1, 2], 0.5, 3)).toThrow(/in 3 blocks/);
  });
});

describe('verdict', () => {
  it('says first which side of the goal the ratio fell on, then met or missed only when the whole interval is on one side', () => {
    expect(verdict(1.1, [1.02, 1.19], 1.2)).toBe('under the goal (1.10 ≤ 1.2); met: the whole interval ≤ 1.2');
    expect(verdict(1.1, [1.02, 1.2], 1.2)).toMatch(/; met:/);
    expect(verdict(1.4, [1.21, 1.6], 1.2)).toBe('OVER the goal (1.40 > 1.2); missed: the whole interval > 1.2');
    expect(verdict(1.25, [1.2, 1.3], 1.2)).toBe('OVER the goal (1.25 > 1.2); not settled by one run: the interval spans 1.2');
    expect(verdict(1.2012, [0.8, 1.53], 1.2)).toMatch(/^OVER the goal \(1\.201 > 1\.2\)/);
    expect(verdict(1.15, [0.9, 1.4], 1.2)).toMatch(/^under the goal \(1\.15 ≤ 1\.2\); not settled/);
  });
});
