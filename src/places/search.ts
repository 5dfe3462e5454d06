import type { PlaceInfo } from '../data/types.ts';
import { foldForSearch } from './match.ts';

export interface SearchHit { place: PlaceInfo; /** The spelling that matched. */ matched: string; score: number }

/** Every spelling of a place: display names, the texts' spellings, the readers' ones, the Arabic. */
export function spellings(p: PlaceInfo): string[] {
  return [p.name, p.nameAr, ...p.aliases, ...p.searchAliases];
}

/** A folded form with every vowel letter dropped, so that Deraa, Daraa and Dara'a meet. */
const skeleton = (s: string) => s.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

/**
 * Places matching a query typed in any spelling: the texts', common transliterations, Arabic, with or
 * without diacritics and apostrophes. Exact spellings rank first, then prefixes, then words, then spellings
 * equal up to vowels; ties go to the shorter name.
 */
export function searchPlaces(places: Iterable<PlaceInfo>, query: string, limit = 8): SearchHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const qs = skeleton(q);
  const hits: SearchHit[] = [];
  for (const place of places) {
    let best: SearchHit | null = null;
    for (const s of spellings(place)) {
      const f = foldForSearch(s);
      const score = f === q ? 100 : f.startsWith(q) ? 80 : f.split(' ').some((w) => w.startsWith(q)) ? 60
        : q.length >= 4 && skeleton(f) === qs ? 50 : q.length >= 3 && f.includes(q) ? 40 : 0;
      if (score > (best?.score ?? 0)) best = { place, matched: s, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.place.name.length - b.place.name.length || a.place.name.localeCompare(b.place.name)).slice(0, limit);
}
