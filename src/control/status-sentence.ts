import * as turf from '@turf/turf';
import { FIRST_DAY, formatLongDate } from '../state/dates.ts';
import type { PlaceInfo } from '../data/types.ts';
import { controlAt, type ControlAnswer, type ControlData } from './control-at.ts';
import { FACTIONS } from './factions.ts';
import type { SourceRef, Town } from './schema.ts';

const STATUS_WORDS: Record<string, string> = { held: 'held by', contested: 'contested, held in part by', besieged: 'besieged, held by', uncertain: 'of uncertain control, most likely held by' };

/** Kinds of place that are areas: one point says nothing of who held them. */
const AREA_KINDS = new Set(['country', 'province', 'region', 'desert', 'river', 'valley', 'mountains', 'coast', 'canton']);

/**
 * Where to ask who held a place: the point of the control table's town of the same id where there is one (eastern
 * Aleppo and the Barada valley are areas in the gazetteer, towns in the table), else the place's own point; null
 * for an area the table has no town for, whose one point says nothing of who held it. With the town, whose name may
 * be a part of the place's ("Aleppo (west)").
 */
function askAt(place: PlaceInfo, control: ControlData): { at: [number, number]; town?: Town } | null {
  const town = control.towns.find((t) => t.id === place.id);
  if (town) return { at: town.coord, town };
  return AREA_KINDS.has(place.kind) ? null : { at: place.center };
}

/** How far a place's point lies outside the area the control map covers, in km (0 inside it). */
function kmOutside(place: PlaceInfo, control: ControlData): number {
  if (turf.booleanPointInPolygon(place.center, control.syria)) return 0;
  return turf.pointToPolygonDistance(place.center, control.syria, { units: 'kilometers' });
}

/** A country, or an area whose point lies well beyond Syria's border (Sinjar, in Iraq). */
function abroad(place: PlaceInfo, km: number): boolean {
  return place.kind === 'country' || km > 25;
}

/** Who held a place on a date, in a few words ("Rebels", "Government and allies (contested)"), or null for areas and places abroad. */
export function heldBy(date: string, place: PlaceInfo, control: ControlData | null): string | null {
  const ask = control && askAt(place, control);
  if (!control || !ask) return null;
  const a = controlAt(control, date, ask.at);
  if (a.faction === 'none') return null;
  return a.status === 'held' ? FACTIONS[a.faction].label : `${FACTIONS[a.faction].label} (${a.status})`;
}

/** Why the map says who held a place on a date: the period in force, from when, and what it rests on. */
export interface StatusSource {
  /** The day the period began ("7 December 2024"), or null when it is the map's first day. */
  since: string | null;
  /** The day is the editor's, from a text that gives only a month or a span. */
  approximate: boolean;
  source: SourceRef;
  /** The editor's note on the period: who exactly, what the report leaves open ("no report of the time names the town"). */
  note: string | null;
}

/** The source behind `statusSentence` on the same date, or null where the sentence names no holder. */
export function statusSource(date: string, place: PlaceInfo, control: ControlData | null): StatusSource | null {
  const ask = control && askAt(place, control);
  if (!control || !ask) return null;
  const a = controlAt(control, date, ask.at);
  return a.faction === 'none' ? null : sourceOf(a);
}

/** The period an answer rests on, as the place panel and the map's point popup give it. */
function sourceOf(a: Exclude<ControlAnswer, { faction: 'none' }>): StatusSource {
  return { since: a.since === FIRST_DAY ? null : formatLongDate(a.since), approximate: !!a.dateUncertain, source: a.source, note: a.note ?? null };
}

/** "15 June 2017: al-Tanf is held by US-backed rebels." — for the live line beside the slider and the place's panel. */
export function statusSentence(date: string, place: PlaceInfo, control: ControlData | null): string {
  const day = formatLongDate(date);
  if (!control) return `${day}: ${place.name}.`;
  const ask = askAt(place, control);
  if (!ask) {
    // Jordan or Iraq said "an area: control shown on the map", where the map shows none.
    const km = kmOutside(place, control);
    if (abroad(place, km)) return `${day}: ${place.name} lies outside Syria.`;
    // The Golan Heights, held by Israel, lie beyond the area the control map covers: it shows nothing there.
    if (km > 5) return `${day}: ${place.name} (an area the control map does not cover).`;
    return `${day}: ${place.name} (an area: control shown on the map).`;
  }
  const a = controlAt(control, date, ask.at);
  if (a.faction === 'none') return `${day}: ${place.name} lies outside Syria.`;
  // "al-Tanf is held by US-backed rebels", not "… rebels (al-Tanf)": the faction's gloss is the place itself.
  const who = FACTIONS[a.faction].inSentence.replace(` (${place.name})`, '');
  // The table's town may be a part of the place ("Aleppo (west)"): the sentence names the part it answers for, as
  // "Aleppo is held by the government" was false while rebels held the east.
  const part = ask.town?.name.startsWith(`${place.name} (`) ? ask.town.name : undefined;
  return `${day}: ${part ?? place.name} is ${STATUS_WORDS[a.status] ?? 'held by'} ${who}.`;
}

/** Who held a point of the map on a date: the cell or zone it lies in, a sentence, and the source. */
export interface PointStatus {
  /** "Around Latakia" (the cell of the control table's town), or the zone's name ("The 55 km zone around al-Tanf"). */
  title: string;
  /** "8 December 2024: of uncertain control, most likely held by rebels." */
  sentence: string;
  source: StatusSource;
  /** The feature of the control cells' source the answer rests on: the town's index, or the zone's after the towns. */
  cell: number;
}

/** Who held the point `at` on a date, and on what source; null outside the area the control map covers. */
export function pointStatus(date: string, at: [number, number], control: ControlData): PointStatus | null {
  const a = controlAt(control, date, at);
  if (a.faction === 'none') return null;
  // The answer's feature is one of the table's own towns or zones: found once, for its name and its cell's index.
  const k = a.kind === 'zone' ? control.zones.findIndex((z) => z.id === a.feature) : control.towns.findIndex((t) => t.id === a.feature);
  const title = a.kind === 'zone' ? control.zones[k]!.name[0]!.toUpperCase() + control.zones[k]!.name.slice(1) : `Around ${control.towns[k]!.name}`;
  const sentence = `${formatLongDate(date)}: ${STATUS_WORDS[a.status] ?? 'held by'} ${FACTIONS[a.faction].inSentence}.`;
  return { title, sentence, source: sourceOf(a), cell: a.kind === 'zone' ? control.towns.length + k : k };
}
