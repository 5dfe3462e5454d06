/**
 * The places' labels as derived data (geodata/derived/place-labels.geojson, written by `npm run labels`):
 * one point per place, where its label hangs, with the lowest zoom at which the label can be placed at all.
 *
 * MapLibre places labels one by one and drops those that collide with one already placed, but it lays out,
 * uploads and draws (if only to discard) every label it is given, on every frame. With ten times the places
 * most of them are dropped at the country's zoom, and they cost most of a frame. So the labels are placed
 * here once per zoom level, in MapLibre's order (`rank`, its `symbol-sort-key`), many times over with
 * varied box sizes and anchor orders; the layer asks MapLibre only for the labels that found room in at
 * least one of those placements at the tile's zoom (`minzoom`). At a dozen views of the real data,
 * MapLibre then draws exactly the labels it draws when given all of them (tests/e2e/places.test.ts).
 */
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceFeature } from '../data/schema/places.ts';

export interface PlaceLabelProperties {
  id: string;
  name: string;
  nameAr: string;
  /** MapLibre's placement order (`symbol-sort-key`): points first, then lines and areas, in the gazetteer's order. */
  rank: number;
  /** The lowest tile zoom at which the label may be placed; below it, it collides at every anchor. */
  minzoom: number;
}
export type PlaceLabels = FeatureCollection<Point, PlaceLabelProperties>;

/** The layer's label style (places-layers.ts): text size in pixels, radial offset and widest line in ems. */
export const LABEL_STYLE = { size: 12, radialOffsetEm: 0.8, maxWidthEm: 10 } as const;
/** Zooms at which labels are placed here; above the last, every label is asked for. */
export const LABEL_MAX_ZOOM = 12;
// A glyph's advance and a line's height, in ems, for Noto Sans at MapLibre's line height of 1.2.
const ADVANCE_EM = 0.55;
const LINE_EM = 1.2;
// The widest advance a glyph is counted with when guessing how many lines a long name wraps into.
const WIDEST_ADVANCE_EM = 0.65;
/**
 * MapLibre's real boxes are not known here, nor which anchor it tries first (it prefers a label's previous
 * one). So the placement is made many times, with boxes from 0.9 to 1.1 times the estimate and each label's
 * anchors in a shuffled order, and a label is kept at a zoom if any of those placements found it room.
 */
const VARIANTS = 24;
const SCALES = [0.9, 1, 1.1];

/** Where a place's label hangs: a point itself, the middle of a line, an area's pole of inaccessibility (as MapLibre picks for a polygon). */
export function labelAnchor(g: PlaceFeature['geometry']): [number, number] {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') {
    const line = turf.lineString(g.coordinates);
    return turf.along(line, turf.length(line) / 2).geometry.coordinates as [number, number];
  }
  return polylabel(g.coordinates, 0.001) as unknown as [number, number];
}

/**
 * The label's estimated box in pixels, `[width, height]`. A line wider than `text-max-width` wraps into
 * balanced lines, so it is counted as split into as many as it could need.
 */
function boxSize(lines: readonly string[]): [number, number] {
  const em = LABEL_STYLE.size;
  const widest = Math.max(...lines.map((l) => {
    const n = [...l].length;
    return (n * ADVANCE_EM) / Math.ceil((n * WIDEST_ADVANCE_EM) / LABEL_STYLE.maxWidthEm);
  }));
  return [widest * em, lines.length * LINE_EM * em];
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The four boxes of `text-variable-anchor: top, bottom, left, right` around a point, at a radial offset. */
function candidates(x: number, y: number, [w, h]: [number, number]): Box[] {
  const r = LABEL_STYLE.radialOffsetEm * LABEL_STYLE.size;
  return [
    [x - w / 2, y + r, x + w / 2, y + r + h], // anchor top: the text below the point
    [x - w / 2, y - r - h, x + w / 2, y - r], // bottom: above
    [x + r, y - h / 2, x + r + w, y + h / 2], // left: to the right
    [x - r - w, y - h / 2, x - r, y + h / 2], // right: to the left
  ];
}

/** Web Mercator pixels at a world size. */
function project([lon, lat]: [number, number], world: number): [number, number] {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * world, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world];
}

/** MapLibre's greedy placement at one scale: which labels find a free anchor, in rank order. */
function place(points: ReadonlyArray<[number, number]>, sizes: ReadonlyArray<[number, number]>, orders: ReadonlyArray<readonly number[]>): boolean[] {
  // A grid of buckets keeps the collision test near-linear with ten times the places.
  const cell = 256;
  const grid = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) for (let gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) out.push(`${gx},${gy}`);
    return out;
  };
  return points.map(([x, y], i) => {
    const boxes = candidates(x, y, sizes[i]!);
    const free = orders[i]!.map((a) => boxes[a]!).find((b) => !keys(b).some((k) => grid.get(k)?.some((o) => overlaps(b, o))));
    if (free) for (const k of keys(free)) grid.set(k, [...(grid.get(k) ?? []), free]);
    return free !== undefined;
  });
}

/**
 * The labels of every place but the countries (the basemap names those). A tile of zoom z is drawn from
 * zoom z up to z + 1, so the placement for z is made at the scale of z + 1, where labels have the most room.
 */
export function placeLabels(places: readonly PlaceFeature[]): PlaceLabels {
  const labelled = places.filter((f) => f.properties.kind !== 'country');
  const ordered = [...labelled.filter((f) => f.geometry.type === 'Point'), ...labelled.filter((f) => f.geometry.type !== 'Point')];
  const anchors = ordered.map((f) => labelAnchor(f.geometry));
  const sizes = ordered.map((f) => boxSize([f.properties.name, f.properties.nameAr]));
  const minzoom = ordered.map(() => LABEL_MAX_ZOOM);
  // A fixed seed: the file is the same on every run, and `npm run validate` can compare it.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const shuffled = () => {
    const order = [0, 1, 2, 3];
    for (let j = 3; j > 0; j--) { const k = Math.floor(random() * (j + 1)); [order[j], order[k]] = [order[k]!, order[j]!]; }
    return order;
  };
  for (let v = 0; v < VARIANTS; v++) {
    // The first variant is MapLibre's own order at the estimated size.
    const scale = v === 0 ? 1 : SCALES[v % SCALES.length]!;
    const orders = ordered.map(() => (v === 0 ? [0, 1, 2, 3] : shuffled()));
    const scaled = sizes.map(([w, h]): [number, number] => [w * scale, h * scale]);
    for (let z = 0; z < LABEL_MAX_ZOOM; z++) {
      const world = 512 * 2 ** (z + 1);
      place(anchors.map((a) => project(a, world)), scaled, orders).forEach((placed, i) => {
        if (placed && z < minzoom[i]!) minzoom[i] = z;
      });
    }
  }
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return {
    type: 'FeatureCollection',
    features: ordered.map((f, i): Feature<Point, PlaceLabelProperties> => ({
      type: 'Feature',
      id: f.properties.id,
      properties: { id: f.properties.id, name: f.properties.name, nameAr: f.properties.nameAr, rank: i, minzoom: minzoom[i]! },
      geometry: { type: 'Point', coordinates: anchors[i]!.map(round) },
    })),
  };
}

export const PLACE_LABELS = 'geodata/derived/place-labels.geojson';

/** The file's text: one feature per line, so that a change shows as a readable diff. */
export function placeLabelsText(labels: PlaceLabels): string {
  return `{"type":"FeatureCollection","features":[\n${labels.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

