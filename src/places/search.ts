import type { PlaceInfo } from '../data/types.ts';
import { foldForMatch, foldForSearch } from './match.ts';

export interface SearchHit { place: PlaceInfo; /** The spelling that matched. */ matched: string; score: number }

/** Every spelling of a place: display names, the texts' spellings, the readers' ones, the Arabic. */
export function spellings(p: PlaceInfo): string[] {
  return [p.name, p.nameAr, ...p.aliases, ...p.searchAliases];
}

/** A folded form with every vowel letter dropped, so that Deraa, Daraa and Dara'a meet. */
const skeleton = (s: string) => s.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
/** Two forms whose skeletons agree are the same name only if they also begin alike (Idlib, Edlib; not Iraq, Raqqa). */
const sameStart = (a: string, b: string) => a[0] === b[0] || (/[aeiouy]/.test(a[0] ?? '') && /[aeiouy]/.test(b[0] ?? ''));
const compact = (s: string) => s.replace(/ /g, '');

/**
 * Places matching a query typed in any spelling: the texts', common transliterations, Arabic, with or
 * without diacritics, apostrophes, articles and the spaces between words ("Albukamal", "ديرالزور"). Exact
 * spellings rank first, then prefixes, then words, then spellings equal up to vowels; ties go to the shorter
 * name. A query that is only an article ("al") is matched with its articles.
 */
export function searchPlaces(places: Iterable<PlaceInfo>, query: string, limit = 8): SearchHit[] {
  const withArticles = foldForMatch(query);
  const bare = foldForSearch(query);
  const q = bare || withArticles;
  if (!q) return [];
  const qs = skeleton(q);
  const whole = [compact(q), compact(withArticles)];
  const hits: SearchHit[] = [];
  for (const place of places) {
    let best: SearchHit | null = null;
    for (const s of spellings(place)) {
      // The spelling folded with its articles, and as the query is (without them, unless the query is one).
      const full = foldForMatch(s);
      const f = bare ? foldForSearch(s) : full;
      const score = whole.includes(compact(f)) || whole.includes(compact(full)) ? 100
        : f.startsWith(q) ? 80 : f.split(' ').some((w) => w.startsWith(q)) ? 60
          : q.length >= 4 && skeleton(f) === qs && sameStart(f, q) ? 50 : q.length >= 3 && f.includes(q) ? 40 : 0;
      if (score > (best?.score ?? 0)) best = { place, matched: s, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.place.name.length - b.place.name.length || a.place.name.localeCompare(b.place.name)).slice(0, limit);
}

export interface EventHit { id: string; title: string; date: string }

/**
 * Events whose title has a word starting with the query (3 letters or more, folded as the places' names are):
 * what the search offers after the places, so that a town no text names (Baghuz) leads to its event. Earliest first.
 */
export function searchEvents(events: Iterable<{ id: string; title: string; date: string }>, query: string, limit = 4): EventHit[] {
  const q = foldForSearch(query) || foldForMatch(query);
  if (q.length < 3) return [];
  const hits: EventHit[] = [];
  for (const e of events) {
    const words = ` ${foldForSearch(e.title)} ${foldForMatch(e.title)}`;
    if (words.includes(` ${q}`)) hits.push({ id: e.id, title: e.title, date: e.date });
  }
  return hits.sort((a, b) => a.date.localeCompare(b.date)).slice(0, limit);
}
