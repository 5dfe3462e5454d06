/**
 * The URL is the state. Every key the viewer understands is declared here once, with its type, its
 * default, how it is read and how it is written. A shared link, or an embed, reproduces exactly what its
 * author saw; a malformed value falls back to the key's default and says so in a notice.
 */
import { FIRST_DAY, LAST_DAY, isIsoDate } from './dates.ts';
import { FACTION_IDS, type FactionId } from '../control/factions.ts';
import { MAX_BOUNDS } from '../map/camera.ts';

export const LAYER_IDS = ['control', 'places', 'events', 'routes', 'roads'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type Lang = 'en' | 'ar';
export type Bbox = [west: number, south: number, east: number, north: number];

export interface AppState {
  /** The day the map shows, `YYYY-MM-DD`. */
  date: string;
  /** The selected place's id (its popup is open). */
  place: string | null;
  story: string | null;
  chapter: string | null;
  /** Visible overlay layers. */
  layers: readonly LayerId[];
  /** Only the places this source names (a source id), or every place. */
  text: string | null;
  embed: boolean;
  /** Frames the view at any size. */
  bbox: Bbox | null;
  /** A MapLibre style URL to draw under the data instead of the embedded basemap. */
  basemap: string | null;
  /** The language of the map's labels. */
  lang: Lang;
  /** The source open in the reader, and the passage it shows. */
  read: string | null;
  passage: string | null;
  /** The selected event (its panel is open). */
  event: string | null;
  /** The list of places is open beside the map. */
  list: boolean;
  /** Factions left off the map (their areas are not drawn). */
  hide: readonly FactionId[];
}

/** The date the viewer opens on: mid-June 2017, when Pierret's text was written, at the height of the race to the border. */
export const DEFAULT_DATE = '2017-06-15';

export const DEFAULT_STATE: AppState = {
  date: DEFAULT_DATE,
  place: null,
  story: null,
  chapter: null,
  layers: ['control', 'places', 'events', 'routes', 'roads'],
  text: null,
  embed: false,
  bbox: null,
  basemap: null,
  lang: 'en',
  read: null,
  passage: null,
  event: null,
  list: false,
  hide: [],
};

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
interface KeySpec<K extends keyof AppState> {
  parse(raw: string): Parsed<AppState[K]>;
  serialize(value: AppState[K]): string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });
const idKey = (what: string) => ({
  parse: (raw: string): Parsed<string | null> => (ID.test(raw) ? ok(raw) : bad(`invalid ${what} id: ${raw}`)),
  serialize: (v: string | null) => v ?? '',
});

const flag = (what: string) => ({
  parse: (raw: string): Parsed<boolean> => (raw === '1' || raw === 'true' ? ok(true) : raw === '0' || raw === 'false' ? ok(false) : bad(`invalid ${what} flag: ${raw}`)),
  serialize: (v: boolean) => (v ? '1' : '0'),
});

/** A comma-separated subset of `ids`, read back in the order of `ids`; any unknown id rejects the value. */
const idList = <T extends string>(ids: readonly T[], what: string) => ({
  parse: (raw: string): Parsed<readonly T[]> => {
    const parts = raw === '' ? [] : raw.split(',');
    const unknown = parts.filter((p) => !(ids as readonly string[]).includes(p));
    if (unknown.length > 0) return bad(`unknown ${what}: ${unknown.map((u) => (u === '' ? '(empty)' : u)).join(', ')}`);
    return ok(ids.filter((id) => parts.includes(id)));
  },
  serialize: (v: readonly T[]) => v.join(','),
});

const SPECS: { [K in keyof AppState]: KeySpec<K> } = {
  date: {
    parse: (raw) =>
      !isIsoDate(raw) ? bad(`invalid date: ${raw}`)
        : raw < FIRST_DAY || raw > LAST_DAY ? bad(`date out of range (${FIRST_DAY} to ${LAST_DAY}): ${raw}`)
          : ok(raw),
    serialize: (v) => v,
  },
  place: idKey('place'),
  story: idKey('story'),
  chapter: idKey('chapter'),
  text: idKey('text'),
  read: idKey('source'),
  passage: idKey('passage'),
  event: idKey('event'),
  layers: idList(LAYER_IDS, 'layer'),
  embed: flag('embed'),
  list: flag('list'),
  hide: idList(FACTION_IDS, 'faction'),
  bbox: {
    parse: (raw) => {
      const n = raw.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
      if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return bad(`invalid bbox (west,south,east,north): ${raw}`);
      const [w, s, e, nn] = n as Bbox;
      if (w < -180 || e > 180 || s < -90 || nn > 90 || w >= e || s >= nn) return bad(`bbox out of range: ${raw}`);
      // A box wholly outside the map's bounds would open on nothing of Syria (near Cairo for 0,0,1,1).
      const [bw, bs, be, bn] = MAX_BOUNDS;
      if (e <= bw || w >= be || nn <= bs || s >= bn) return bad(`bbox outside the map (${MAX_BOUNDS.join(',')}): ${raw}`);
      return ok([w, s, e, nn]);
    },
    serialize: (v) => (v ? v.map((x) => +x.toFixed(4)).join(',') : ''),
  },
  basemap: {
    parse: (raw) => {
      try {
        const u = new URL(raw);
        if (u.protocol !== 'https:' && u.protocol !== 'http:') return bad(`basemap must be an http(s) style URL: ${raw}`);
        // A user name or password in a link would be kept in every URL the map writes, and shown in its notices.
        if (u.username || u.password) return bad('basemap ignored: its URL holds a user name or password');
        return ok(u.href);
      } catch {
        return bad(`invalid basemap URL: ${raw}`);
      }
    },
    serialize: (v) => v ?? '',
  },
  lang: {
    parse: (raw) => (raw === 'en' || raw === 'ar' ? ok(raw) : bad(`unknown language: ${raw}`)),
    serialize: (v) => v,
  },
};

/** The keys in the order they are written. */
export const URL_KEYS = Object.keys(SPECS) as Array<keyof AppState>;

export interface ParseResult {
  state: AppState;
  /** One sentence per value that was ignored, for a visible notice. */
  notices: string[];
}

const MAX_VALUE = 2048;

/**
 * A notice quotes the value it ignored: its invisible characters (controls, zero-width characters, direction marks
 * and overrides) are written as `\u{…}`, so that a look-alike id shows what is wrong with it and a link cannot turn
 * the notice's text around (a right-to-left override makes a reversed value read as a sentence of its own).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const visible = (s: string) => s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/**
 * Keys the map would have read, given where it does not look: in another case (`Date`), or after `#` instead of
 * `?`. Other keys are left alone without a word (an article's link may carry its own, such as `utm_source`).
 */
function misplacedKeys(params: URLSearchParams, hash: string): string[] {
  const known = new Set<string>(URL_KEYS);
  const out: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!known.has(key) && known.has(key.toLowerCase())) out.push(`${visible(key).slice(0, 40)} ignored: the map's keys are lowercase (${key.toLowerCase()})`);
  }
  let inHash: string[] = [];
  try {
    inHash = [...new Set(new URLSearchParams(hash.replace(/^#/, '')).keys())].filter((k) => known.has(k.toLowerCase()));
  } catch { /* a hash that is no query says nothing of the map's keys */ }
  if (inHash.length) out.push(`${inHash.map((k) => visible(k).slice(0, 40)).join(', ')} after # ignored: the map reads its keys after ? (?${inHash[0]!.toLowerCase()}=…)`);
  return out.map((m) => (m.length > 160 ? `${m.slice(0, 157)}…` : m));
}

/**
 * Reads a query string (with or without `?`), and says of a hash that holds the map's keys that it is not read.
 * Never throws: any input gives a usable state.
 */
export function parseUrl(search: string, hash = ''): ParseResult {
  const notices: string[] = [];
  const state: AppState = { ...DEFAULT_STATE };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['the link could not be read; showing the default view'] };
  }
  for (const key of URL_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const given = params.getAll(key).length;
    if (given > 1) notices.push(`${key} given ${given} times: using the first`);
    // No value of ours is this long; cutting one short (a basemap URL) would use something the link never said.
    if (raw.length > MAX_VALUE) {
      notices.push(`${key} ignored: ${raw.length} characters, over ${MAX_VALUE}`);
      continue;
    }
    const parsed = SPECS[key].parse(raw);
    if (parsed.ok) (state as unknown as Record<string, unknown>)[key] = parsed.value;
    else {
      const message = visible(parsed.message);
      notices.push(message.length > 160 ? `${message.slice(0, 157)}…` : message);
    }
  }
  notices.push(...misplacedKeys(params, hash));
  if (state.chapter && !state.story) {
    notices.push(`chapter ${state.chapter} ignored: no story given`);
    state.chapter = null;
  }
  if (state.passage && !state.read) {
    // The embed has no reader, and ignores `read` and `passage` alike.
    if (!state.embed) notices.push(`passage ${state.passage} ignored: no text given (read=…)`);
    state.passage = null;
  }
  return { state, notices };
}

/**
 * Whether a link gives a value of `key` that `parseUrl` uses (its first value, not too long, well formed). A link
 * to a story chapter or an event whose date is missing or cannot be used opens at the chapter's or the event's
 * date, not at the viewer's default (which would show a chapter on a day it is not about).
 */
export function usesValue(params: URLSearchParams, key: keyof AppState): boolean {
  const raw = params.get(key);
  return raw !== null && raw.length <= MAX_VALUE && SPECS[key].parse(raw).ok;
}

/**
 * Writes the state as a query string without `?`, leaving out every value equal to its default; except the date
 * of a view with a story or an event, which a link without a date would open at the chapter's or the event's own.
 */
export function serializeUrl(state: AppState): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) {
    const value = state[key];
    const spec = SPECS[key] as KeySpec<typeof key>;
    const text = spec.serialize(value as never);
    const implied = key === 'date' && (state.story !== null || state.event !== null);
    if (!implied && text === spec.serialize(DEFAULT_STATE[key] as never)) continue;
    params.set(key, text);
  }
  return params.toString().replace(/%2C/g, ',');
}
