import { formatLongDate } from '../state/dates.ts';
import type { PlaceInfo } from '../data/types.ts';
import { controlAt, type ControlData } from './control-at.ts';
import { FACTIONS } from './factions.ts';

const STATUS_WORDS: Record<string, string> = { held: 'held by', contested: 'contested, held in part by', besieged: 'besieged, held by', uncertain: 'uncertain, last reported held by' };

/** "15 June 2017: al-Tanf is held by US-backed rebels (al-Tanf)." — for the live line beside the slider. */
export function statusSentence(date: string, place: PlaceInfo | null, control: ControlData | null): string {
  const day = formatLongDate(date);
  if (!place) return `${day}.`;
  if (!control) return `${day}: ${place.name}.`;
  if (place.kind === 'country' || place.kind === 'province' || place.kind === 'region' || place.kind === 'desert' || place.kind === 'river' || place.kind === 'valley' || place.kind === 'mountains' || place.kind === 'coast' || place.kind === 'canton') {
    return `${day}: ${place.name} (an area: control shown on the map).`;
  }
  const a = controlAt(control, date, place.center);
  if (a.faction === 'none') return `${day}: ${place.name} lies outside Syria.`;
  return `${day}: ${place.name} is ${STATUS_WORDS[a.status] ?? 'held by'} ${FACTIONS[a.faction].label}.`;
}
