import type { DataDrivenPropertyValueSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_STACK, type Theme } from '../map/theme.ts';
import { bilingualLabel } from '../map/label-text.ts';
import type { Lang } from '../state/url-schema.ts';

export const PLACES_SOURCE = 'places';
/** The layers a click or a hover can land on. */
export const PLACE_HIT_LAYERS = ['places-points', 'places-area-fill', 'places-lines'];
export const PLACE_LAYER_IDS = ['places-area-fill', 'places-area-outline', 'places-lines', 'places-points', 'places-labels'];

const selected = ['boolean', ['feature-state', 'selected'], false] as const;
// Hovered, or highlighted by a story's chapter.
const hovered = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'highlight'], false]] as const;
// Countries are labelled by the basemap: their points are not drawn again.
const isPoint = ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'kind'], 'country']] as const;
const isArea = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
const isLine = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false] as const;
const sel = <T,>(on: T, hover: T, off: T) => ['case', selected, on, hovered, hover, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/** The places of the texts: areas as dashed outlines, lines, and points with labels. */
export function placesLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: 'places-area-fill', type: 'fill', source: PLACES_SOURCE, filter: isArea as never,
      paint: { 'fill-color': theme.place, 'fill-opacity': sel(0.22, 0.14, 0.04) },
    },
    {
      id: 'places-area-outline', type: 'line', source: PLACES_SOURCE, filter: isArea as never,
      paint: { 'line-color': sel(theme.placeSelected, theme.place, theme.place), 'line-width': sel(2.5, 2, 1), 'line-opacity': sel(1, 0.8, 0.35), 'line-dasharray': [3, 2] },
    },
    {
      id: 'places-lines', type: 'line', source: PLACES_SOURCE, filter: isLine as never,
      paint: { 'line-color': sel(theme.placeSelected, theme.place, theme.place), 'line-width': sel(6, 5, 3), 'line-opacity': sel(0.6, 0.45, 0.2) },
    },
    {
      id: 'places-points', type: 'circle', source: PLACES_SOURCE, filter: isPoint as never,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, sel(8, 6, 4), 10, sel(10, 8, 6)] as never,
        'circle-color': sel(theme.placeSelected, theme.place, theme.place),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': sel(3, 2, 1.5),
      },
    },
    {
      id: 'places-labels', type: 'symbol', source: PLACES_SOURCE, filter: ['!=', ['get', 'kind'], 'country'],
      layout: {
        'text-field': bilingualLabel(lang), 'text-font': FONT_STACK, 'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.8, 'text-justify': 'auto',
        'text-optional': true, 'symbol-sort-key': ['case', isPoint as never, 0, 1],
      },
      paint: {
        'text-color': sel(theme.placeSelected, theme.label, theme.label),
        'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6,
      },
    },
  ];
  // The geometry filter of each layer is kept in its metadata, so that a later filter on ids can add to it.
  return layers.map((l) => ({ ...l, metadata: { baseFilter: 'filter' in l ? l.filter ?? null : null } }));
}
