/** One thing wrong with the geodata, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path relative to the repository root, e.g. `geodata/places.geojson`. */
  file: string;
  /** The record's id, when the problem belongs to one record. */
  id?: string;
  /** The field, as a dotted path (`properties.aliases.2`). */
  field?: string;
  message: string;
  /** Set on a line that informs and does not fail (a check that could not run for want of something outside geodata/). */
  note?: true;
}

/** `geodata/places.geojson: al-tanf: geometry.coordinates: latitude 95 out of range` */
export function formatProblem(p: Problem): string {
  return [p.file, p.id === undefined ? undefined : showId(p.id), p.field, p.message].filter((s) => s !== undefined && s !== '').join(': ');
}

/** A validator reads the files it owns (relative to `root`) and reports every problem it finds. */
export type Validator = (root: string) => Problem[];

/** At most `max` characters of a text the data gives (a quote, an alias), with an ellipsis when cut: a message stays one readable line. */
export function clip(s: string, max = 80): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * An id as a message shows it: as it is when it is printable ASCII without a space at either end (every slug is), else quoted with every other
 * character escaped as JSON would (`"homs\u00a0"`, `"h\u043ems"`), so that an invisible or look-alike character
 * can be seen; cut to 80 characters.
 */
export function showId(id: string): string {
  if (/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/.test(id)) return clip(id);
  return clip(JSON.stringify(id).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 100);
}
