import { FIRST_DAY, LAST_DAY, dayNumber } from '../state/dates.ts';

/** The area each faction held from `date` until the next entry, in km²; `unsure`, the part of it held with a
 * status other than `held` (contested, besieged, uncertain). */
export interface AreaStep { date: string; areas: Readonly<Record<string, number>>; unsure?: Readonly<Record<string, number>> }

/** A faction's band, and `unsure`, the top part of it held with less than certainty (empty when none is). */
export interface Band { faction: string; path: string; unsure: string }

const MIN = dayNumber(FIRST_DAY);
const SPAN = dayNumber(LAST_DAY) - MIN;

/**
 * The stacked bands of a step chart, one SVG path per faction, in a `width` × `height` box; the first
 * faction sits at the bottom. Areas are step functions: each holds until the next change.
 */
export function stackedBands(steps: readonly AreaStep[], factions: readonly string[], width: number, height: number, scaleOver: readonly string[] = factions): Band[] {
  if (steps.length === 0) return [];
  // The scale is that of every faction (`scaleOver`) even when some are not drawn, so that hiding one never
  // stretches the others.
  const total = Math.max(...steps.map((s) => scaleOver.reduce((a, f) => a + (s.areas[f] ?? 0), 0)), 1);
  const x = (iso: string) => ((dayNumber(iso) - MIN) / SPAN) * width;
  const y = (km2: number) => height - (km2 / total) * height;
  const xs = steps.map((s, i) => [x(s.date), i + 1 < steps.length ? x(steps[i + 1]!.date) : width] as const);
  const below = steps.map(() => 0);
  return factions.map((faction) => {
    const top: string[] = [];
    const bottom: string[] = [];
    // The unsure part is drawn as rectangles, one per step that has one, at the top of the band.
    const unsure: string[] = [];
    steps.forEach((s, i) => {
      const [x0, x1] = xs[i]!;
      const lo = below[i]!;
      const hi = lo + (s.areas[faction] ?? 0);
      below[i] = hi;
      top.push(`${x0.toFixed(1)},${y(hi).toFixed(1)}`, `${x1.toFixed(1)},${y(hi).toFixed(1)}`);
      bottom.unshift(`${x1.toFixed(1)},${y(lo).toFixed(1)}`, `${x0.toFixed(1)},${y(lo).toFixed(1)}`);
      const u = Math.min(s.unsure?.[faction] ?? 0, hi - lo);
      if (u > 0 && x1 > x0) {
        const [ya, yb] = [y(hi).toFixed(1), y(hi - u).toFixed(1)];
        unsure.push(`M${x0.toFixed(1)},${ya}L${x1.toFixed(1)},${ya}L${x1.toFixed(1)},${yb}L${x0.toFixed(1)},${yb}Z`);
      }
    });
    return { faction, path: `M${top.join('L')}L${bottom.join('L')}Z`, unsure: unsure.join('') };
  });
}

/** The x of a date on the chart. */
export function dateX(iso: string, width: number): number {
  return ((dayNumber(iso) - MIN) / SPAN) * width;
}

/** The areas in force on a date: the last step on or before it. */
export function areasOn(steps: readonly AreaStep[], iso: string): AreaStep | null {
  let found: AreaStep | null = null;
  for (const s of steps) {
    if (s.date <= iso) found = s;
    else break;
  }
  return found;
}
