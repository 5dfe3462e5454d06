import { dayNumber } from '../../state/dates.ts';
import type { SourceRef } from '../../control/schema.ts';
import { type PassageDate, passageDates, recordIds } from './read.ts';
import { sourceTexts } from './texts.ts';

/**
 * How many days a change of control or an event may lie outside the dates of what it cites. A passage dated by a
 * month or a span ("in May–June 2017") is stored as the whole span, and the day of a change is the editor's, from
 * the reports of the time: it may fall in the month before or after, not further. A record (a news report of
 * the change) is dated by its report, which comes out within a month of what it reports.
 */
export const SOURCE_SLACK_DAYS = 31;

/** A day or a span of days, as a change (its `from`) or an event (`date` to `to`) gives it. */
export interface Span { from: string; to: string }

/** A distance in days said the way a reader would: "12 days", "5 months", "3 years". */
export function howLong(days: number): string {
  if (days < 60) return `${days} days`;
  const months = Math.round(days / 30.44);
  return months < 24 ? `${months} months` : `${Math.round(days / 365.25)} years`;
}

const spanText = (from: string, to: string) => (from === to ? from : `${from} to ${to}`);

/**
 * Why a change or an event (its span of days, `what`) cannot rest on the source it cites, or null. A passage
 * that gives a date must date the same time, give or take 31 days; a passage without one must come from a text
 * written (a year's text: by the year's end) no more than 31 days before; a record must be dated within 31 days
 * of it. `openStart`: the span is the state on the first day replayed, which may rest on any earlier source.
 * Passages of texts whose date is not stated, and unknown passages, are not checked.
 */
export function sourceTooFar(what: string, span: Span, source: SourceRef, passages: ReadonlyMap<string, PassageDate>, writtenBy: ReadonlyMap<string, string>, openStart = false): string | null {
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  const apart = (a: string, b: string): [before: number, after: number] => [dayNumber(a) - to, from - dayNumber(b)];
  let before: number;
  let after: number;
  let cited: string;
  if ('record' in source) {
    [before, after] = apart(source.date, source.date);
    cited = `the record it cites (dated ${source.date})`;
  } else {
    const p = passages.get(source.passage);
    if (!p) return null;
    if (p.date !== undefined) {
      const [pf, pt] = typeof p.date === 'string' ? [p.date, p.date] : [p.date.from, p.date.to];
      [before, after] = apart(pf, pt);
      cited = `passage ${source.passage} (dated ${spanText(pf, pt)})`;
    } else {
      const written = writtenBy.get(p.source);
      if (!written) return null;
      [before, after] = [-Infinity, from - dayNumber(written)];
      cited = `passage ${source.passage}, undated, of a text written by ${written}`;
    }
  }
  if (openStart) before = -Infinity;
  if (after > SOURCE_SLACK_DAYS) return `${what} ${spanText(span.from, span.to)} is ${howLong(after)} after ${cited}: cite a source of its time, or correct the date (${SOURCE_SLACK_DAYS} days allowed)`;
  if (before > SOURCE_SLACK_DAYS) return `${what} ${spanText(span.from, span.to)} is ${howLong(before)} before ${cited}: cite a source of its time, or correct the date (${SOURCE_SLACK_DAYS} days allowed)`;
  return null;
}

/** What the periods are checked against: the passages' ids and dates (null when passages.json cannot be read), and when each text was written. */
export interface Cited { passages: Set<string> | null; dates: ReadonlyMap<string, PassageDate>; writtenBy: ReadonlyMap<string, string> }

/** The passages and texts a change of control or an event may cite. */
export function cited(root: string): Cited {
  return {
    passages: recordIds(root, 'geodata/passages.json'),
    dates: passageDates(root) ?? new Map(),
    writtenBy: new Map((sourceTexts(root) ?? []).flatMap((t) => (t.writtenBy ? [[t.id, t.writtenBy] as const] : []))),
  };
}

/** A record's words must say something: `record` (who reported) and `about` (what), not blank. */
export function blankRecord(source: SourceRef): 'record' | 'about' | null {
  if (!('record' in source)) return null;
  return !source.record.trim() ? 'record' : !source.about.trim() ? 'about' : null;
}
