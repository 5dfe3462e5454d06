/** One thing wrong with the geodata, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path relative to the repository root, e.g. `geodata/places.geojson`. */
  file: string;
  /** The record's id, when the problem belongs to one record. */
  id?: string;
  /** The field, as a dotted path (`properties.aliases.2`). */
  field?: string;
  message: string;
}

/** `geodata/places.geojson: al-tanf: geometry.coordinates: latitude 95 out of range` */
export function formatProblem(p: Problem): string {
  return [p.file, p.id, p.field, p.message].filter((s) => s !== undefined && s !== '').join(': ');
}

/** A validator reads the files it owns (relative to `root`) and reports every problem it finds. */
export type Validator = (root: string) => Problem[];
