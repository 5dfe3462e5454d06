/** Writes a FeatureCollection the same way every time: one feature a line, coordinates rounded. */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature } from 'geojson';
import { roundCoords } from './geometry.ts';

/** The text of a FeatureCollection: one feature a line, so that a rebuild's diff shows what changed. */
export function collectionText(features: Feature[], decimals = 5): string {
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties ?? {}, geometry: roundCoords(f.geometry, decimals) }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function writeCollection(dir: string, name: string, features: Feature[], decimals = 5): void {
  const text = collectionText(features, decimals);
  fs.writeFileSync(path.join(dir, `${name}.geojson`), text);
  console.log(`${name}.geojson: ${features.length} features, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
