/**
 * The message API between an embedded map and the page that hosts it. Every message is a plain object
 * with a `type` starting `syria-map:`; anything else is ignored.
 */
import { FIRST_DAY, LAST_DAY, isIsoDate } from '../state/dates.ts';

/** Host page → embed. */
export type HostMessage =
  | { type: 'syria-map:set-date'; date: string }
  | { type: 'syria-map:set-place'; place: string | null }
  | { type: 'syria-map:set-chapter'; story: string; chapter: string };

/** From embed.js, not a command: it sizes the frame to the page's height, so the page takes its content's (else it fills the frame). */
export type SizingMessage = { type: 'syria-map:sizing' };

/** Embed → host page. */
export type EmbedMessage =
  | { type: 'syria-map:ready'; state: EmbedState }
  | { type: 'syria-map:height'; height: number }
  | { type: 'syria-map:state'; state: EmbedState };

export interface EmbedState {
  date: string;
  place: string | null;
  story: string | null;
  chapter: string | null;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A date the viewer can show: a real calendar day from the first to the last day it replays. */
const isViewerDate = (d: unknown): d is string => typeof d === 'string' && isIsoDate(d) && d >= FIRST_DAY && d <= LAST_DAY;

/** Reads a message from the host; `null` for anything malformed (never throws). A date must be a real day
 * the viewer replays: `2017-02-30` or `2030-01-01` is refused like any other malformed value. */
export function parseHostMessage(data: unknown): HostMessage | SizingMessage | null {
  if (!isObj(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'syria-map:set-date':
      return isViewerDate(data.date) ? { type: data.type, date: data.date } : null;
    case 'syria-map:set-place':
      return data.place === null || (typeof data.place === 'string' && ID.test(data.place)) ? { type: data.type, place: data.place as string | null } : null;
    case 'syria-map:set-chapter':
      return typeof data.story === 'string' && ID.test(data.story) && typeof data.chapter === 'string' && ID.test(data.chapter)
        ? { type: data.type, story: data.story, chapter: data.chapter } : null;
    case 'syria-map:sizing':
      return { type: data.type };
    default:
      return null;
  }
}

/** Reads a message from an embed (used by `embed.js` and the demo article); `null` when malformed. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (!isObj(data) || typeof data.type !== 'string') return null;
  if (data.type === 'syria-map:height') {
    return typeof data.height === 'number' && Number.isFinite(data.height) && data.height > 0 && data.height < 20_000
      ? { type: data.type, height: data.height } : null;
  }
  if ((data.type === 'syria-map:state' || data.type === 'syria-map:ready') && isObj(data.state)) {
    const s = data.state;
    const idOrNull = (v: unknown) => v === null || (typeof v === 'string' && ID.test(v));
    if (isViewerDate(s.date) && idOrNull(s.place) && idOrNull(s.story) && idOrNull(s.chapter)) {
      return { type: data.type, state: { date: s.date, place: s.place as string | null, story: s.story as string | null, chapter: s.chapter as string | null } };
    }
  }
  return null;
}
