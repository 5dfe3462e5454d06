/** Order statistics for the benchmark (scripts/bench/run.ts). */

/** The median; of an even count, the upper of the middle two (as `pct(xs, 0.5)`). */
export const median = (xs: readonly number[]) => pct(xs, 0.5);

/** The p-quantile by rank: the value at ⌊n·p⌋ of the sorted samples (of 200, the p95 is the 10th slowest). */
export function pct(xs: readonly number[], p: number): number {
  if (!xs.length) throw new Error('pct of no samples');
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}

/**
 * The k-th of `blocks` blocks of n samples, as [from, to): the bench times its changes in these blocks and
 * ratioInterval draws them again, so both must cut the series in the same places.
 */
export const blockBounds = (k: number, n: number, blocks: number) => [Math.floor((k * n) / blocks), Math.floor(((k + 1) * n) / blocks)] as const;

/** mulberry32: a seeded generator, so that the same samples always give the same interval. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/**
 * A 95 % interval for pct(a, p) / pct(b, p), by a block bootstrap: the `blocks` blocks of both series (a
 * block is what one page timed in one turn; a's k-th block and b's k-th are the same dates, timed in the same
 * round of turns) are drawn 2,000 times with replacement. Slow changes come in spells within a turn, so
 * whole blocks are drawn, not single changes. It says how far the ratio could move from sampling alone.
 */
export function ratioInterval(a: readonly number[], b: readonly number[], p: number, blocks: number): [number, number] {
  if (a.length !== b.length || blocks < 1 || blocks > a.length) throw new Error(`ratioInterval: ${a.length} and ${b.length} samples in ${blocks} blocks`);
  const random = seeded(1);
  const ratios: number[] = [];
  for (let r = 0; r < 2000; r++) {
    const aa: number[] = [];
    const bb: number[] = [];
    for (let j = 0; j < blocks; j++) {
      const [from, to] = blockBounds(Math.floor(random() * blocks), a.length, blocks);
      aa.push(...a.slice(from, to));
      bb.push(...b.slice(from, to));
    }
    ratios.push(pct(aa, p) / pct(bb, p));
  }
  return [pct(ratios, 0.025), pct(ratios, 0.975)];
}

/**
 * What one run says of a goal `ratio ≤ goal`. First the plain comparison the goal asks for (the ratio over or
 * under it), then what the ratio's 95 % interval adds: met when the whole interval is at or under the goal,
 * missed when the whole interval is over it, and otherwise not settled by one run (chance alone could have put
 * the ratio on either side). The interval is within one run; runs differ from each other more than it says.
 */
export function verdict(ratio: number, [lo, hi]: readonly [number, number], goal: number): string {
  // Three decimals where two would print the goal itself (1.2012 as "1.20 > 1.2").
  const r = Number(ratio.toFixed(2)) === goal && ratio !== goal ? ratio.toFixed(3) : ratio.toFixed(2);
  const side = ratio <= goal ? `under the goal (${r} ≤ ${goal})` : `OVER the goal (${r} > ${goal})`;
  if (hi <= goal) return `${side}; met: the whole interval ≤ ${goal}`;
  if (lo > goal) return `${side}; missed: the whole interval > ${goal}`;
  return `${side}; not settled by one run: the interval spans ${goal}`;
}
