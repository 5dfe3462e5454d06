import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../map/theme.ts';

export const EVENTS_SOURCE = 'events';
export const EVENTS_LAYER = 'events-points';
/** An event shows from this many days before it until this many days after it ends. */
export const EVENT_WINDOW = { before: 10, after: 45 };

/** Whether an event (its first and last day numbers) shows on a day. */
export function eventNear(day: number, start: number, end: number): boolean {
  return start <= day + EVENT_WINDOW.before && end >= day - EVENT_WINDOW.after;
}

/**
 * Event markers: a ring around the event's point, drawn under the places' points (src/app/data-overlay.ts), so
 * that a place's point inside it stays in view and takes a click, and the ring's band takes the event's. (Until
 * 2026-12-03 a white disc set off 20 px up and to the right of the point, which at the country's zoom landed on a
 * neighbouring place: Operation Olive Branch, at Afrin, covered A'zaz.) Which events show is feature-state
 * (`near`), set as the date moves: a filter change would make MapLibre re-tile the source on every tick.
 */
export function eventsLayers(theme: Theme): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false];
  const near = (on: number) => ['case', ['boolean', ['feature-state', 'near'], false], on, 0];
  return [
    {
      id: EVENTS_LAYER, type: 'circle', source: EVENTS_SOURCE,
      paint: {
        'circle-radius': ['case', selected as never, 13, 10], 'circle-color': '#ffffff',
        'circle-stroke-color': theme.placeSelected, 'circle-stroke-width': ['case', selected as never, 4, 3],
        // A light disc inside the ring sets it off from any faction's colour.
        'circle-opacity': near(0.6) as never, 'circle-stroke-opacity': near(1) as never,
      },
    },
  ];
}
