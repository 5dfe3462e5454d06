import type { Lang } from '../state/url-schema.ts';
import { placesLayers, PLACES_SOURCE } from '../places/places-layers.ts';
import { controlCellsUrl, placesUrl } from '../data/geodata-urls.ts';
import { CONTROL_SOURCE, controlLayers } from '../timeline/control-layers.ts';
import { palette } from '../control/factions.ts';
import type { Overlay } from '../map/style.ts';
import type { Theme } from '../map/theme.ts';

/** The data drawn over the basemap: sources mounted once with the style, layers as data. */
export function dataOverlay(theme: Theme, lang: Lang): Overlay {
  return {
    sources: {
      [PLACES_SOURCE]: { type: 'geojson', data: placesUrl, promoteId: 'id' },
      [CONTROL_SOURCE]: { type: 'geojson', data: controlCellsUrl },
    },
    under: controlLayers(palette()),
    over: placesLayers(theme, lang),
  };
}
