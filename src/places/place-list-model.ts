import type { Passage, PlaceInfo } from '../data/types.ts';
import { foldForSearch } from './match.ts';
import { spellings } from './search.ts';

/** What the list is sorted by: the name, the mentions in all texts, or the mentions in one text (its id). */
export type SortKey = 'name' | 'total' | `text:${string}`;

export interface ListQuery {
  /** Typed in the list's filter box: matches any spelling, folded as the search folds it. */
  query: string;
  /** A kind of place, or null for every kind. */
  kind: string | null;
  /** Only the places this text names (a source id), or null for every place. */
  text: string | null;
  sort: SortKey;
  descending: boolean;
}

export interface ListRow {
  place: PlaceInfo;
  /** Mentions per source id (0 where the text does not name the place). */
  bySource: Record<string, number>;
  total: number;
  passages: number;
  /** Per source id, the passages of that text about the place: a text can speak of a place without its name
   * (a province's passage tied to its city), which the filter "named in" counts too. */
  quotedBySource: Record<string, number>;
}

/** Whether `text` names the place: it is mentioned in that text or quoted in one of its passages. */
export function namedIn(text: string, counts: Readonly<Record<string, number>> | undefined, passages: readonly Passage[] | undefined): boolean {
  return (counts?.[text] ?? 0) > 0 || (passages ?? []).some((p) => p.source === text);
}

/** The ids of the places a text names, for the map's filter. */
export function placesNamedIn(
  text: string, places: Iterable<PlaceInfo>,
  counts: ReadonlyMap<string, Readonly<Record<string, number>>>, passagesByPlace: ReadonlyMap<string, readonly Passage[]>,
): string[] {
  return [...places].filter((p) => namedIn(text, counts.get(p.id), passagesByPlace.get(p.id))).map((p) => p.id);
}

/**
 * The rows of the list of places: filtered by spelling, kind and text, sorted by the chosen key. Ties in
 * the counts go to the name, so that the order is stable and predictable.
 */
export function listRows(
  places: Iterable<PlaceInfo>, sourceIds: readonly string[],
  counts: ReadonlyMap<string, Readonly<Record<string, number>>>, passagesByPlace: ReadonlyMap<string, readonly Passage[]>,
  q: ListQuery,
): ListRow[] {
  const folded = foldForSearch(q.query);
  const rows: ListRow[] = [];
  for (const place of places) {
    if (q.kind && place.kind !== q.kind) continue;
    const own = counts.get(place.id);
    const passages = passagesByPlace.get(place.id);
    if (q.text && !namedIn(q.text, own, passages)) continue;
    if (folded && !spellings(place).some((s) => foldForSearch(s).includes(folded))) continue;
    const bySource = Object.fromEntries(sourceIds.map((s) => [s, own?.[s] ?? 0]));
    const quotedBySource = Object.fromEntries(sourceIds.map((s) => [s, (passages ?? []).filter((p) => p.source === s).length]));
    rows.push({ place, bySource, total: Object.values(bySource).reduce((a, b) => a + b, 0), passages: passages?.length ?? 0, quotedBySource });
  }
  // Punctuation is ignored, as in an index: A’zaz sorts as Azaz, after Afrin and Aleppo, not before them.
  const byName = (a: ListRow, b: ListRow) => a.place.name.localeCompare(b.place.name, 'en', { sensitivity: 'base', ignorePunctuation: true });
  const value = (r: ListRow) => (q.sort === 'total' ? r.total : q.sort.startsWith('text:') ? r.bySource[q.sort.slice(5)] ?? 0 : 0);
  const sign = q.descending ? -1 : 1;
  return rows.sort((a, b) => (q.sort === 'name' ? sign * byName(a, b) : sign * (value(a) - value(b)) || byName(a, b)));
}

/** The kinds of place present, once each, in alphabetical order of `label(kind)` (their names in the interface). */
export function kindsOf(places: Iterable<PlaceInfo>, label: (kind: string) => string = (k) => k): string[] {
  return [...new Set([...places].map((p) => p.kind))].sort((a, b) => label(a).localeCompare(label(b), 'en'));
}
