/**
 * The shapes the interface reads. The zod schemas in `src/data/schema/` validate the files on load and
 * produce these; components depend only on these plain types.
 */
export interface SourceMeta {
  id: string;
  title: string;
  shortLabel: string;
  author: string;
  date: string;
  dateNote?: string;
  kind: string;
}

export interface PlaceInfo {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  aliases: readonly string[];
  searchAliases: readonly string[];
  /** Phrases containing an alias that do not mean the place ("Euphrates Shield" is not the river). */
  notAliases?: readonly string[];
  /** A representative point (the feature's own for points, a label point for areas). */
  center: [number, number];
  /** How the coordinates were obtained, for the reader who asks. */
  locationNote: string;
}

export type DateRef = string | { from: string; to: string };

export interface Passage {
  id: string;
  source: string;
  text: string;
  places: readonly string[];
  date?: DateRef;
  /** The map's own words, not the source's: why the passage is tied to a place it does not name, or what it continues. */
  note?: string;
}
