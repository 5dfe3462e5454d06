import type { DataDrivenPropertyValueSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { FONT_STACK, type Theme } from '../map/theme.ts';
import { bilingualLabel } from '../map/label-text.ts';
import type { Lang } from '../state/url-schema.ts';

export const PLACES_SOURCE = 'places';
/** The places' label points (geodata/derived/place-labels.geojson): one per place, with the lowest zoom it can be placed at. */
export const PLACE_LABELS_SOURCE = 'place-labels';
/** The places' points, drawn over the events' rings (see app/data-overlay.ts). */
export const PLACE_POINTS_LAYER = 'places-points';
/** The places' names, drawn last so that no other label pushes them off the map. */
export const PLACE_LABELS_LAYER = 'places-labels';
/** The layers a click or a hover can land on. */
export const PLACE_HIT_LAYERS = [PLACE_POINTS_LAYER, 'places-area-fill', 'places-lines'];
export const PLACE_LAYER_IDS = ['places-area-fill', 'places-area-outline', 'places-lines', PLACE_POINTS_LAYER, PLACE_LABELS_LAYER];

/** Of `ids`, the layers the map has and shows now: those a click can land on, and may be queried for it. */
export function shownLayers(map: MlMap, ids: readonly string[]): string[] {
  return ids.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
}

const selected = ['boolean', ['feature-state', 'selected'], false] as const;
// Hovered, or highlighted by a story's chapter.
const hovered = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'highlight'], false]] as const;
// Countries are labelled by the basemap: their points are not drawn again.
const isPoint = ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'kind'], 'country']] as const;
const isArea = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
const isLine = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false] as const;
/**
 * Sets a place's feature-state (selected, hover, highlight) on its shape and on its label, which are two
 * sources. Does nothing once the style is gone.
 */
export function setPlaceState(map: MlMap, id: string, state: Record<string, boolean>) {
  for (const source of [PLACES_SOURCE, PLACE_LABELS_SOURCE]) if (map.getSource(source)) map.setFeatureState({ source, id }, state);
}

export const AREA_EMPHASIS_LAYER = 'places-area-emphasis';
const emphasisFilter = (ids: readonly string[]) => ['all', isArea, ['in', ['get', 'id'], ['literal', ids]]];
const emphasized = new WeakMap<MlMap, Map<string, readonly string[]>>();

/**
 * Tints areas: `who` (the selection, a story's chapter) asks for its ids, and the layer shows the union of
 * what every asker wants. A filter, not feature-state: an area nobody asked for costs nothing to draw.
 */
export function emphasizeAreas(map: MlMap, who: string, ids: readonly string[]) {
  const all = emphasized.get(map) ?? new Map<string, readonly string[]>();
  emphasized.set(map, all);
  all.set(who, ids);
  if (map.getLayer(AREA_EMPHASIS_LAYER)) map.setFilter(AREA_EMPHASIS_LAYER, emphasisFilter([...new Set([...all.values()].flat())]) as never);
}

const sel = <T,>(on: T, hover: T, off: T) => ['case', selected, on, hovered, hover, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/** The places of the texts: areas as dashed outlines, lines, and points with labels. */
export function placesLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    // The areas' surface takes clicks and hovers but is never drawn (MapLibre skips a fill of opacity 0):
    // a tint on every area costs a full-screen blend per area on every frame, for a tint of 4 %.
    {
      id: 'places-area-fill', type: 'fill', source: PLACES_SOURCE, filter: isArea as never,
      paint: { 'fill-color': theme.place, 'fill-opacity': 0 },
    },
    // The selected area, and those a story's chapter highlights, are tinted: ids set by emphasizeAreas.
    {
      id: AREA_EMPHASIS_LAYER, type: 'fill', source: PLACES_SOURCE, filter: emphasisFilter([]) as never,
      paint: { 'fill-color': theme.place, 'fill-opacity': ['case', selected, 0.22, 0.14] as never, 'fill-antialias': false },
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
      id: PLACE_POINTS_LAYER, type: 'circle', source: PLACES_SOURCE, filter: isPoint as never,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, sel(8, 6, 4), 10, sel(10, 8, 6)] as never,
        'circle-color': sel(theme.placeSelected, theme.place, theme.place),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': sel(3, 2, 1.5),
      },
    },
    {
      // Only the labels that can be placed at the tile's zoom are laid out at all (src/places/place-labels.ts).
      id: PLACE_LABELS_LAYER, type: 'symbol', source: PLACE_LABELS_SOURCE, filter: ['>=', ['zoom'], ['get', 'minzoom']],
      layout: {
        'text-field': bilingualLabel(lang), 'text-font': FONT_STACK, 'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.8, 'text-justify': 'center',
        'text-optional': true, 'symbol-sort-key': ['get', 'rank'],
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
