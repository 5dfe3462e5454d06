import { FIRST_DAY, LAST_DAY, addDays, addMonths, clampDay } from '../state/dates.ts';

/**
 * The date a key moves the slider to: arrows a day, PageUp/PageDown a month, Home/End the ends.
 * `null` for keys the slider leaves alone.
 */
export function dateForKey(key: string, date: string): string | null {
  switch (key) {
    case 'ArrowRight': case 'ArrowUp': return clampDay(addDays(date, 1));
    case 'ArrowLeft': case 'ArrowDown': return clampDay(addDays(date, -1));
    case 'PageUp': return clampDay(addMonths(date, 1));
    case 'PageDown': return clampDay(addMonths(date, -1));
    case 'Home': return FIRST_DAY;
    case 'End': return LAST_DAY;
    default: return null;
  }
}

/** The nearest date in a sorted list strictly after (`+1`) or before (`-1`) `date`, or null. */
export function adjacentDate(sorted: readonly string[], date: string, direction: 1 | -1): string | null {
  if (direction > 0) return sorted.find((d) => d > date) ?? null;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]! < date) return sorted[i]!;
  return null;
}

/**
 * The index of the centre nearest to `x`, if it lies within `reach` (CSS pixels), else null. A click or tap on
 * the event ticks opens the tick nearest to where it landed, not whichever of two overlapping ticks is on top.
 * On a tie the first is taken, unless `prefer` (the tick under the pointer) is one of those tied.
 */
export function nearestTick(centres: readonly number[], x: number, reach: number, prefer?: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  centres.forEach((c, i) => {
    const d = Math.abs(c - x);
    if (d < bestDistance || (d === bestDistance && i === prefer)) { best = i; bestDistance = d; }
  });
  return bestDistance <= reach ? best : null;
}
