import type { Feature, LineString } from 'geojson';
import { dayNumber } from '../state/dates.ts';

export interface SegmentProps { route: string; faction: string; startDay: number; endDay: number }

/**
 * Splits a route into its consecutive segments, each with the day the advance left its first vertex and
 * reached its last: the map shows a segment once the date reaches its end day.
 */
export function routeSegments(route: string, faction: string, coords: ReadonlyArray<[number, number]>, times: readonly string[]): Array<Feature<LineString, SegmentProps>> {
  if (coords.length !== times.length) throw new Error(`route ${route}: ${coords.length} vertices but ${times.length} dates`);
  const out: Array<Feature<LineString, SegmentProps>> = [];
  for (let i = 1; i < coords.length; i++) {
    if (times[i]! < times[i - 1]!) throw new Error(`route ${route}: dates go backwards at vertex ${i}`);
    out.push({ type: 'Feature', properties: { route, faction, startDay: dayNumber(times[i - 1]!), endDay: dayNumber(times[i]!) }, geometry: { type: 'LineString', coordinates: [coords[i - 1]!, coords[i]!] } });
  }
  return out;
}

/** geodata/derived/route-segments.geojson as text: every route's segments in order, numbered from 0. */
export function routeSegmentsText(routes: ReadonlyArray<{ properties: { id: string; faction: string; times: readonly string[] }; geometry: { coordinates: ReadonlyArray<[number, number]> } }>): string {
  const segs = routes.flatMap((r) => routeSegments(r.properties.id, r.properties.faction, r.geometry.coordinates, r.properties.times));
  return `{"type":"FeatureCollection","features":[\n${segs.map((f, i) => JSON.stringify({ ...f, id: i })).join(',\n')}\n]}\n`;
}

/** The part of a route the date has reached: the vertices up to the last one reached. */
export function reachedLength(times: readonly string[], date: string): number {
  return times.filter((t) => t <= date).length;
}
