import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { dayNumber } from '../state/dates.ts';

/** What a point needs of an event (a record of events.json, or a row of the table that writes it). */
interface EventLike { id: string; date: string; to?: string; title: string; kind: string; place?: string; coord?: readonly [number, number] | [number, number] }
interface PlaceGeometry { properties: { id: string }; geometry: { type: string; coordinates: unknown } }

/**
 * Where an event at a place is drawn: a point place's position; on a line (a river), the point halfway along
 * it, so that the marker sits on the line; else the mean of its outer ring's vertices.
 */
export function placeCenter(places: readonly PlaceGeometry[], id: string): [number, number] | null {
  const f = places.find((p) => p.properties.id === id);
  if (!f) return null;
  if (f.geometry.type === 'Point') return f.geometry.coordinates as [number, number];
  if (f.geometry.type === 'LineString') {
    const line = turf.lineString(f.geometry.coordinates as Position[]);
    return turf.along(line, turf.length(line) / 2).geometry.coordinates as [number, number];
  }
  const pts = (f.geometry.coordinates as number[][][])[0]!.slice(0, -1);
  return [pts.reduce((a, p) => a + p[0]!, 0) / pts.length, pts.reduce((a, p) => a + p[1]!, 0) / pts.length];
}

/**
 * geodata/derived/events.geojson as text: each event as a point (its coord, or its place's centre), with its
 * first and last day as day numbers, so that the layer's filter can show the events near the current date.
 * Throws on an event whose place is not in the gazetteer (the validator reports that first).
 */
export function eventPointsText(events: readonly EventLike[], places: readonly PlaceGeometry[]): string {
  const points = events.map((e, i) => {
    const at = e.coord ?? placeCenter(places, e.place!);
    if (!at) throw new Error(`event place ${e.place} is not in the gazetteer`);
    return { type: 'Feature', id: i, properties: { event: e.id, title: e.title, kind: e.kind, day: dayNumber(e.date), end: dayNumber(e.to ?? e.date) }, geometry: { type: 'Point', coordinates: at.map((x) => Math.round(x * 1e5) / 1e5) } };
  });
  return `{"type":"FeatureCollection","features":[\n${points.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
