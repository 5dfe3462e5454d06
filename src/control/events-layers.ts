import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../map/theme.ts';

export const EVENTS_SOURCE = 'events';
export const EVENTS_LAYER = 'events-points';
/** Where an event's marker is drawn from its point, in pixels: up and to the right, so that the place itself stays clickable. */
export const EVENT_MARKER_OFFSET: [number, number] = [14, -14];
/** An event shows from this many days before it until this many days after it ends. */
export const EVENT_WINDOW = { before: 10, after: 45 };

/** Whether an event (its first and last day numbers) shows on a day. */
export function eventNear(day: number, start: number, end: number): boolean {
  return start <= day + EVENT_WINDOW.before && end >= day - EVENT_WINDOW.after;
}

/**
 * Event markers. Which events show is feature-state (`near`), set as the date moves: a filter change would
 * make MapLibre re-tile the source on every tick.
 */
export function eventsLayers(theme: Theme): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false];
  const near = ['case', ['boolean', ['feature-state', 'near'], false], 1, 0];
  return [
    {
      id: EVENTS_LAYER, type: 'circle', source: EVENTS_SOURCE,
      paint: {
        'circle-radius': ['case', selected as never, 11, 8], 'circle-color': '#ffffff',
        'circle-stroke-color': theme.placeSelected, 'circle-stroke-width': ['case', selected as never, 4, 3],
        'circle-opacity': near as never, 'circle-stroke-opacity': near as never,
        'circle-translate': EVENT_MARKER_OFFSET,
      },
    },
  ];
}
