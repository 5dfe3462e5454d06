import type { DateRef } from '../data/types.ts';
import { formatLongDate } from '../state/dates.ts';

/** "15 June 2017", or "May 2017 – June 2017" style ranges written with full dates. */
export function formatDateRef(d: DateRef): string {
  if (typeof d === 'string') return formatLongDate(d);
  return d.from === d.to ? formatLongDate(d.from) : `${formatLongDate(d.from)} – ${formatLongDate(d.to)}`;
}
