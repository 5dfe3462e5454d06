import type { Lang } from '../state/url-schema.ts';
import { placesLayers, PLACE_LABELS_LAYER, PLACE_LABELS_SOURCE, PLACE_POINTS_LAYER, PLACES_SOURCE } from '../places/places-layers.ts';
import { controlCellsUrl, eventPointsUrl, placeLabelsUrl, placesUrl, routeSegmentsUrl } from '../data/geodata-urls.ts';
import { ROUTES_SOURCE, routesLayers } from '../story/routes-layers.ts';
import { EVENTS_SOURCE, eventsLayers } from '../control/events-layers.ts';
import { CONTROL_SOURCE, controlLayers } from '../timeline/control-layers.ts';
import { palette } from '../control/factions.ts';
import type { Overlay } from '../map/style.ts';
import type { Theme } from '../map/theme.ts';

/** The data drawn over the basemap: sources mounted once with the style, layers as data. */
export function dataOverlay(theme: Theme, lang: Lang): Overlay {
  return {
    sources: {
      [PLACES_SOURCE]: { type: 'geojson', data: placesUrl, promoteId: 'id' },
      [PLACE_LABELS_SOURCE]: { type: 'geojson', data: placeLabelsUrl, promoteId: 'id' },
      [CONTROL_SOURCE]: { type: 'geojson', data: controlCellsUrl },
      [EVENTS_SOURCE]: { type: 'geojson', data: eventPointsUrl },
      [ROUTES_SOURCE]: { type: 'geojson', data: routeSegmentsUrl },
    },
    under: controlLayers(palette()),
    // The events' rings go under the places' points, which stay in view inside them and take their own clicks; the
    // places' labels go last: labels higher in the stack are placed first, so a city's name is never pushed off the
    // map by an event's title.
    over: (() => {
      const places = placesLayers(theme, lang);
      const top = new Set([PLACE_POINTS_LAYER, PLACE_LABELS_LAYER]);
      return [...routesLayers(palette()), ...places.filter((l) => !top.has(l.id)), ...eventsLayers(theme), ...places.filter((l) => top.has(l.id))];
    })(),
  };
}
