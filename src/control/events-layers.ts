import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_STACK, type Theme } from '../map/theme.ts';

export const EVENTS_SOURCE = 'events';
/** An event shows from this many days before it until this many days after it ends. */
export const EVENT_WINDOW = { before: 10, after: 45 };

/** The events near a day (a day number): the layer's filter, changed as the date moves. */
export function eventsFilter(day: number): FilterSpecification {
  return ['all', ['<=', ['get', 'day'], day + EVENT_WINDOW.before], ['>=', ['get', 'end'], day - EVENT_WINDOW.after]];
}

export function eventsLayers(theme: Theme, day: number): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: 'events-points', type: 'circle', source: EVENTS_SOURCE, filter: eventsFilter(day),
      paint: {
        'circle-radius': ['case', selected as never, 11, 8], 'circle-color': '#ffffff',
        'circle-stroke-color': theme.placeSelected, 'circle-stroke-width': ['case', selected as never, 4, 3],
        // Set off up and to the right of the place it happened at, so that the place itself stays clickable.
        'circle-translate': [14, -14],
      },
    },
    {
      id: 'events-labels', type: 'symbol', source: EVENTS_SOURCE, filter: eventsFilter(day),
      layout: { 'text-field': ['get', 'title'], 'text-font': FONT_STACK, 'text-size': 12, 'text-anchor': 'bottom', 'text-offset': [0, -1.1], 'text-max-width': 12, 'text-optional': true },
      paint: { 'text-color': theme.placeSelected, 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-translate': [14, -14] },
    },
  ];
}
