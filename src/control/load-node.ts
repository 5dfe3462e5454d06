import fs from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ControlData } from './control-at.ts';
import { townsSchema, zonesSchema } from './schema.ts';

/** Reads and validates the control data from a repository checkout (for scripts and tests). */
export function loadControlData(root: string): ControlData {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
  return {
    towns: townsSchema.parse(read('geodata/control/towns.json')),
    zones: zonesSchema.parse(read('geodata/control/zones.json')),
    syria: (read('geodata/basemap/syria.geojson') as { features: Array<Feature<Polygon | MultiPolygon>> }).features[0]!,
  };
}
