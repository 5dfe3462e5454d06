import type { DateRef, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
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

/** What sources.json says when a text does not state its author or its date. */
const NOT_STATED = 'not stated';

/** A text's own date as a reader writes it: a year as it is, an ISO day in words ("1 September 2025"). */
function sourceDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date) : date;
}

/**
 * Who wrote a text and when, for a caption: "Thomas Pierret, 2017", "author not stated, 2018",
 * "author and date not stated" (never "not stated, not stated").
 */
export function formatByline(s: Pick<SourceMeta, 'author' | 'date'>): string {
  const author = s.author !== NOT_STATED;
  const date = s.date !== NOT_STATED;
  if (!author && !date) return t('authorAndDateNotStated');
  return `${author ? s.author : t('authorNotStated')}, ${date ? sourceDate(s.date) : t('dateNotStated')}`;
}

/**
 * The reader's line on a text: its byline, how its date was read and what kind of text it is, in one sentence
 * without parentheses inside parentheses ("Thomas Pierret, 2017; written in June 2017 (reports events up to
 * mid-June 2017) · academic paper in a dossier").
 */
export function formatSourceLine(s: Pick<SourceMeta, 'author' | 'date' | 'dateNote' | 'kind'>): string {
  const byline = formatByline(s);
  const first = byline.charAt(0).toUpperCase() + byline.slice(1);
  return `${first}${s.dateNote ? `; ${s.dateNote}` : ''} · ${s.kind}`;
}
