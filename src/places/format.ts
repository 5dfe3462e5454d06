import type { DateRef } from '../data/types.ts';
import { addDays, formatLongDate } from '../state/dates.ts';

const monthYear = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
const isMonthStart = (iso: string) => iso.endsWith('-01');
const isMonthEnd = (iso: string) => addDays(iso, 1).endsWith('-01');

/**
 * A date or range as a reader writes it: "4 April 2017", "December 2016", "May–June 2017",
 * "August 2016 – May 2017", or two full dates when the range is not whole months.
 */
export function formatDateRef(d: DateRef): string {
  if (typeof d === 'string') return formatLongDate(d);
  if (d.from === d.to) return formatLongDate(d.from);
  if (isMonthStart(d.from) && isMonthEnd(d.to)) {
    if (d.from.slice(0, 7) === d.to.slice(0, 7)) return monthYear(d.from);
    if (d.from.slice(0, 4) === d.to.slice(0, 4)) return `${month(d.from)}–${monthYear(d.to)}`;
    return `${monthYear(d.from)} – ${monthYear(d.to)}`;
  }
  return `${formatLongDate(d.from)} – ${formatLongDate(d.to)}`;
}
