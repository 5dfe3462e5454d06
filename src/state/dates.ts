/** The first and last day the viewer replays. */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2024-12-08';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2017-02-30 is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC) of an ISO date; the caller has checked it with `isIsoDate`. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds whole days (negative to go back) to an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days);
}

/** Adds calendar months, clamping the day to the month's end (2016-01-31 + 1 month = 2016-02-29). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return isoFromDay(dayNumber(`${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-01`) + Math.min(d, last) - 1);
}

/** Clamps an ISO date into the viewer's range. */
export function clampDay(iso: string): string {
  return iso < FIRST_DAY ? FIRST_DAY : iso > LAST_DAY ? LAST_DAY : iso;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "15 June 2017" in the given locale, always in UTC so that a reader's time zone cannot shift the day.
 * One formatter per locale: building one costs more than formatting a hundred dates, and every date
 * change formats dozens.
 */
export function formatLongDate(iso: string, locale = 'en-GB'): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}
