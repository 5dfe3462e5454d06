import { placeFeatureSchema, type PlaceFeature } from '../schema/places.ts';
import { readJson } from './read.ts';

export const PLACES = 'geodata/places.geojson';

/** What the other checks need of places.geojson, which the places check owns. */
export interface Gazetteer {
  /** Every place id, broken features included (a reference to a place whose own problems are reported is not reported again). */
  ids: Set<string>;
  /** Each id with the names a text may call it by (`name` and `aliases`, as the popups highlight them). */
  names: Map<string, string[]>;
  /** The features that pass their schema. */
  sound: PlaceFeature[];
}

/**
 * The gazetteer as the other checks read it, or null when places.geojson cannot be read, is not a
 * FeatureCollection or holds no feature (the places check says which, once; the others say they skipped).
 */
export function gazetteer(root: string): Gazetteer | null {
  const fc = readJson(root, PLACES, []) as { type?: unknown; features?: unknown } | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features) || fc.features.length === 0) return null;
  const names = new Map<string, string[]>();
  const sound: PlaceFeature[] = [];
  for (const f of fc.features as unknown[]) {
    const { id, name, aliases } = (f as { properties?: { id?: unknown; name?: unknown; aliases?: unknown } } | null)?.properties ?? {};
    if (typeof id === 'string') names.set(id, [name, ...(Array.isArray(aliases) ? aliases : [])].filter((n): n is string => typeof n === 'string'));
    const parsed = placeFeatureSchema.safeParse(f);
    if (parsed.success) sound.push(parsed.data);
  }
  return { ids: new Set(names.keys()), names, sound };
}
