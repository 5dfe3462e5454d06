import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { FIRST_DAY, LAST_DAY, isIsoDate } from '../state/dates.ts';
import type { FactionId, Status } from './factions.ts';
import type { ControlPeriod, SourceRef, Town, Zone } from './schema.ts';
import { zoneCircle } from './derive.ts';

export interface ControlData {
  towns: readonly Town[];
  zones: readonly Zone[];
  syria: Feature<Polygon | MultiPolygon>;
}

export type ControlAnswer =
  | { faction: 'none'; reason: 'outside Syria' }
  | { faction: FactionId; status: Status; feature: string; kind: 'town' | 'zone'; source: SourceRef; group?: string; note?: string; since: string; dateUncertain?: boolean };

/** The period in force on a date: the last that starts on or before it, or null before the first. */
export function periodAt(periods: readonly ControlPeriod[], date: string): ControlPeriod | null {
  let found: ControlPeriod | null = null;
  for (const p of periods) {
    if (p.from <= date) found = p;
    else break;
  }
  return found;
}

/** The answer a period in force gives, for the town or zone `feature`. */
function answerOf(p: ControlPeriod, feature: string, kind: 'town' | 'zone'): ControlAnswer {
  return { faction: p.faction, status: p.status, feature, kind, source: p.source, since: p.from, ...(p.group ? { group: p.group } : {}), ...(p.note ? { note: p.note } : {}), ...(p.dateUncertain ? { dateUncertain: true } : {}) };
}

/** What is wrong with a query, or null. */
export function queryProblem(date: string, lon: number, lat: number): string | null {
  if (!isIsoDate(date)) return `invalid date: ${date}`;
  if (date < FIRST_DAY || date > LAST_DAY) return `date out of range (${FIRST_DAY} to ${LAST_DAY}): ${date}`;
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) return `invalid longitude: ${lon}`;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return `invalid latitude: ${lat}`;
  return null;
}

/** The town whose cell holds a point: the nearest in longitude–latitude, as the map's Voronoi cells are drawn. */
export function nearestTown(towns: readonly Town[], [lon, lat]: [number, number]): Town {
  let best = towns[0]!;
  let bestD = Infinity;
  for (const t of towns) {
    const d = (t.coord[0] - lon) ** 2 + (t.coord[1] - lat) ** 2;
    if (d < bestD) { best = t; bestD = d; }
  }
  return best;
}

/**
 * Who held a point on a date: the active zone containing it, else its town's controller; `none` outside Syria.
 * Throws on a malformed query (see `queryProblem`).
 *
 * @example controlAt(data, '2016-09-01', [37.955, 36.528]) // { faction: 'sdf', feature: 'manbij', ... }
 */
export function controlAt(data: ControlData, date: string, point: [number, number]): ControlAnswer {
  const problem = queryProblem(date, point[0], point[1]);
  if (problem) throw new Error(problem);
  // The border line is generalised (Natural Earth 10 m): a border town such as Tell Abyad can fall a few hundred
  // metres outside it. A point within 3 km of one of Syria's towns counts as inside.
  if (!turf.booleanPointInPolygon(point, data.syria)) {
    const near = nearestTown(data.towns, point);
    if (turf.distance(near.coord, point, { units: 'kilometers' }) > 3) return { faction: 'none', reason: 'outside Syria' };
  }
  for (const z of data.zones) {
    const p = periodAt(z.periods, date);
    const center = data.towns.find((t) => t.id === z.centerTown);
    if (!p || !center) continue;
    if (turf.booleanPointInPolygon(point, zoneCircle(center.coord, z.radiusKm))) {
      return answerOf(p, z.id, 'zone');
    }
  }
  const t = nearestTown(data.towns, point);
  const p = periodAt(t.periods, date)!;
  return answerOf(p, t.id, 'town');
}

/** A source as one line of text. */
export function sourceText(s: SourceRef): string {
  return 'passage' in s ? `passage ${s.passage}` : `${s.record}, ${s.date}: ${s.about}${s.url ? ` <${s.url}>` : ''}`;
}
