import { formatLongDate } from '../state/dates.ts';
import type { PlaceInfo } from '../data/types.ts';
import { controlAt, type ControlData } from './control-at.ts';
import { FACTIONS } from './factions.ts';

const STATUS_WORDS: Record<string, string> = { held: 'held by', contested: 'contested, held in part by', besieged: 'besieged, held by', uncertain: 'uncertain, last reported held by' };

/** Kinds of place that are areas: one point says nothing of who held them. */
const AREA_KINDS = new Set(['country', 'province', 'region', 'desert', 'river', 'valley', 'mountains', 'coast', 'canton']);

/** Who held a place on a date, in a few words ("Rebels", "Government and allies (contested)"), or null for areas and places abroad. */
export function heldBy(date: string, place: PlaceInfo, control: ControlData | null): string | null {
  if (!control || AREA_KINDS.has(place.kind)) return null;
  const a = controlAt(control, date, place.center);
  if (a.faction === 'none') return null;
  return a.status === 'held' ? FACTIONS[a.faction].label : `${FACTIONS[a.faction].label} (${a.status})`;
}

/** "15 June 2017: al-Tanf is held by US-backed rebels." — for the live line beside the slider and the place's panel. */
export function statusSentence(date: string, place: PlaceInfo, control: ControlData | null): string {
  const day = formatLongDate(date);
  if (!control) return `${day}: ${place.name}.`;
  if (AREA_KINDS.has(place.kind)) {
    return `${day}: ${place.name} (an area: control shown on the map).`;
  }
  const a = controlAt(control, date, place.center);
  if (a.faction === 'none') return `${day}: ${place.name} lies outside Syria.`;
  return `${day}: ${place.name} is ${STATUS_WORDS[a.status] ?? 'held by'} ${FACTIONS[a.faction].inSentence}.`;
}
