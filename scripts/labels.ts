/**
 * `npm run labels`: writes geodata/derived/place-labels.geojson, the places' label points and the lowest
 * zoom at which each can be placed (src/places/place-labels.ts says how), from geodata/places.geojson.
 * `npm run validate` fails when the file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACE_LABELS, placeLabels, placeLabelsText } from '../src/places/place-labels.ts';
import type { PlaceFeature } from '../src/data/schema/places.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const places = JSON.parse(fs.readFileSync(path.join(root, 'geodata/places.geojson'), 'utf8')).features as PlaceFeature[];
const labels = placeLabels(places);
fs.writeFileSync(path.join(root, PLACE_LABELS), placeLabelsText(labels));
const byZoom = new Map<number, number>();
for (const l of labels.features) byZoom.set(l.properties.minzoom, (byZoom.get(l.properties.minzoom) ?? 0) + 1);
console.log(`wrote ${PLACE_LABELS}: ${labels.features.length} labels; by lowest zoom: ${[...byZoom].sort((a, b) => a[0] - b[0]).map(([z, n]) => `z${z} ${n}`).join(', ')}`);
