import type { z } from 'zod';
import { placeFeatureSchema, type PlaceFeature } from './schema/places.ts';
import { passageSchema } from './schema/passages.ts';
import { sourceSchema } from './schema/sources.ts';
import type { Passage, PlaceInfo, SourceMeta } from './types.ts';
import { controlAreasUrl, eventsUrl, mentionCountsUrl, passagesUrl, placesUrl, routeSegmentsUrl, sourcesUrl, syriaUrl, townsUrl, zonesUrl } from './geodata-urls.ts';
import { eventSchema, type EventRecord } from '../control/events-schema.ts';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { townSchema, zoneSchema, type Town, type Zone } from '../control/schema.ts';
import type { ControlAreas } from '../control/derive.ts';

/** Everything the viewer reads, validated once on load and frozen. */
export interface Geodata {
  places: ReadonlyMap<string, PlaceInfo>;
  passages: ReadonlyMap<string, Passage>;
  sources: ReadonlyMap<string, SourceMeta>;
  /** Passages by place id, in the order of the file. */
  passagesByPlace: ReadonlyMap<string, readonly Passage[]>;
  /** One line per record dropped because it failed validation. */
  dropped: string[];
  control: { towns: readonly Town[]; zones: readonly Zone[]; areas: ControlAreas; syria: Feature<Polygon | MultiPolygon> } | null;
  /** Events in file order: index i is feature i of the events layer. */
  events: readonly EventRecord[];
  /** The day number each route segment is reached (segment i is feature i of the routes layer). */
  routeSegmentEnds: readonly number[];
  /** How often each text names each place (`mentionCounts.get(place)?.[source]`); places never named are absent. */
  mentionCounts: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

/** A JSON file of the page's own origin; an HTTP error is thrown with the URL and status. */
export async function fetchJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<T>;
}

/** Keeps the records that pass the schema; reports the others by id. */
function keep<S extends z.ZodType>(what: string, records: unknown, schema: S, dropped: string[]): Array<z.infer<S>> {
  if (!Array.isArray(records)) {
    dropped.push(`${what}: not a list`);
    return [];
  }
  const out: Array<z.infer<S>> = [];
  records.forEach((r, i) => {
    const parsed = schema.safeParse(r);
    if (parsed.success) out.push(parsed.data);
    else {
      const id = (r as { id?: unknown })?.id ?? (r as { properties?: { id?: unknown } })?.properties?.id ?? `#${i}`;
      const issue = parsed.error.issues[0];
      dropped.push(`${what} ${String(id)} dropped: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
  });
  return out;
}

/** A representative point: the point itself, or the mean of a line's or ring's vertices. */
export function centerOf(g: PlaceFeature['geometry']): [number, number] {
  if (g.type === 'Point') return g.coordinates;
  const pts = g.type === 'LineString' ? g.coordinates : g.coordinates[0]!.slice(0, -1);
  const sum = pts.reduce((a, p) => [a[0] + p[0], a[1] + p[1]], [0, 0]);
  return [sum[0] / pts.length, sum[1] / pts.length];
}

export function toPlaceInfo(f: PlaceFeature): PlaceInfo {
  const p = f.properties;
  const note = p.location.method === 'geonames'
    ? `Position: GeoNames ${p.location.geonamesId} (${p.location.geonamesName}).${p.location.note && !p.location.note.startsWith('GeoNames') ? ` ${p.location.note}` : ''}`
    : `Position: ${p.location.note}`;
  return { id: p.id, name: p.name, nameAr: p.nameAr, kind: p.kind, aliases: p.aliases, searchAliases: p.searchAliases, ...(p.notAliases ? { notAliases: p.notAliases } : {}), center: centerOf(f.geometry), locationNote: note };
}

/** Builds the frozen model from the three files' contents. */
export function buildGeodata(placesFc: unknown, passagesRaw: unknown, sourcesRaw: unknown, controlRaw?: { towns: unknown; zones: unknown; areas: unknown; syria: unknown }, eventsRaw?: unknown, segmentsRaw?: unknown, countsRaw?: unknown): Geodata {
  const dropped: string[] = [];
  const features = keep('place', (placesFc as { features?: unknown })?.features, placeFeatureSchema, dropped);
  const places = new Map(features.map((f) => [f.properties.id, Object.freeze(toPlaceInfo(f))]));
  const sources = new Map(keep('source', sourcesRaw, sourceSchema, dropped).map((s) => [s.id, Object.freeze(s) as SourceMeta]));
  const passages = new Map<string, Passage>();
  const byPlace = new Map<string, Passage[]>();
  // Passages in the order of the sources (oldest text first), then of the file.
  const order = [...sources.keys()];
  const records = keep('passage', passagesRaw, passageSchema, dropped)
    .map((p, i) => ({ p, i })).sort((a, b) => order.indexOf(a.p.source) - order.indexOf(b.p.source) || a.i - b.i).map(({ p }) => p);
  for (const p of records) {
    if (!sources.has(p.source)) {
      dropped.push(`passage ${p.id} dropped: unknown source ${p.source}`);
      continue;
    }
    const frozen = Object.freeze({ ...p, places: p.places.filter((id) => places.has(id)) });
    passages.set(p.id, frozen);
    for (const id of frozen.places) byPlace.set(id, [...(byPlace.get(id) ?? []), frozen]);
  }
  let control: Geodata['control'] = null;
  if (controlRaw) {
    // A town dropped here would shift every later cell: control is all or nothing.
    const towns = keep('town', controlRaw.towns, townSchema, dropped);
    const zones = keep('zone', controlRaw.zones, zoneSchema, dropped);
    const syria = (controlRaw.syria as { features?: Array<Feature<Polygon | MultiPolygon>> })?.features?.[0];
    const complete = Array.isArray(controlRaw.towns) && towns.length === controlRaw.towns.length && Array.isArray(controlRaw.zones) && zones.length === controlRaw.zones.length;
    if (complete && syria) control = { towns, zones, areas: controlRaw.areas as ControlAreas, syria };
    else dropped.push('control data left out: some records failed validation');
  }
  // Like towns, an event dropped would shift the layer's ids: events are all or nothing.
  let events: EventRecord[] = [];
  if (eventsRaw !== undefined) {
    const kept = keep('event', eventsRaw, eventSchema, dropped);
    if (Array.isArray(eventsRaw) && kept.length === eventsRaw.length) events = kept;
    else dropped.push('events left out: some records failed validation');
  }
  const routeSegmentEnds = ((segmentsRaw as { features?: Array<{ properties?: { endDay?: unknown } }> })?.features ?? [])
    .map((f) => (typeof f.properties?.endDay === 'number' ? f.properties.endDay : Infinity));
  const mentionCounts = new Map<string, Record<string, number>>();
  const counts = (countsRaw as { counts?: unknown })?.counts;
  if (counts && typeof counts === 'object') {
    for (const [place, row] of Object.entries(counts)) {
      if (!places.has(place) || !row || typeof row !== 'object') continue;
      const clean = Object.fromEntries(Object.entries(row).filter(([src, n]) => sources.has(src) && Number.isInteger(n) && (n as number) > 0));
      mentionCounts.set(place, Object.freeze(clean) as Record<string, number>);
    }
  } else if (countsRaw !== undefined) dropped.push('mention counts left out: not a { counts } object');
  return Object.freeze({ places, passages, sources, passagesByPlace: byPlace, dropped, control, events, routeSegmentEnds, mentionCounts });
}

/** Fetches and validates the geodata from the page's own origin. */
export async function loadGeodata(): Promise<Geodata> {
  const [placesFc, passagesRaw, sourcesRaw, towns, zones, areas, syria, events, segments, counts] = await Promise.all(
    [placesUrl, passagesUrl, sourcesUrl, townsUrl, zonesUrl, controlAreasUrl, syriaUrl, eventsUrl, routeSegmentsUrl, mentionCountsUrl].map(fetchJson),
  );
  return buildGeodata(placesFc, passagesRaw, sourcesRaw, { towns, zones, areas, syria }, events, segments, counts);
}
