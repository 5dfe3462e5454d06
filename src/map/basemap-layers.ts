import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../state/url-schema.ts';
import { bilingualLabel } from './label-text.ts';
import { FONT_STACK, type Theme } from './theme.ts';

/** Source ids of the embedded basemap, one GeoJSON file each under geodata/basemap/. */
export const BASEMAP_SOURCES = ['land', 'countries', 'borders', 'coastline', 'governorates', 'rivers', 'lakes', 'roads', 'labels'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];
export const basemapSourceId = (name: BasemapSource) => `bm-${name}`;

/** Drawn under the data (control areas, places). */
export function basemapBaseLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: 'bm-background', type: 'background', paint: { 'background-color': theme.sea } },
    { id: 'bm-land', type: 'fill', source: 'bm-land', paint: { 'fill-color': theme.land } },
    {
      id: 'bm-syria', type: 'fill', source: 'bm-countries', filter: ['==', ['get', 'id'], 'SYR'],
      paint: { 'fill-color': theme.syria },
    },
    { id: 'bm-lakes', type: 'fill', source: 'bm-lakes', paint: { 'fill-color': theme.lake } },
  ];
}

/** Drawn over the control areas, so that rivers, roads and borders stay readable on any fill. */
export function basemapLineLayers(theme: Theme): LayerSpecification[] {
  const isEuphrates: FilterSpecification = ['==', ['get', 'name'], 'Euphrates'];
  return [
    {
      id: 'bm-rivers', type: 'line', source: 'bm-rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', isEuphrates, 2.2, ['==', ['get', 'rank'], 3], 0.6, 1], 10, ['case', isEuphrates, 5, 2.5]],
      },
    },
    {
      // Generalised governorate lines (Natural Earth admin-1, a few km off): thin and dotted, never a front.
      id: 'bm-governorates', type: 'line', source: 'bm-governorates', minzoom: 5.5,
      paint: { 'line-color': theme.border, 'line-width': 0.7, 'line-opacity': 0.45, 'line-dasharray': [1, 2] },
    },
    {
      id: 'bm-coastline', type: 'line', source: 'bm-coastline',
      paint: { 'line-color': theme.coastline, 'line-width': 0.8 },
    },
    {
      id: 'bm-roads-casing', type: 'line', source: 'bm-roads', minzoom: 5,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.roadCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.4, 10, 5], 'line-opacity': 0.8 },
    },
    {
      id: 'bm-roads', type: 'line', source: 'bm-roads',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.road, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.1, 10, 2.6], 'line-dasharray': [4, 1.5] },
    },
    {
      id: 'bm-borders-casing', type: 'line', source: 'bm-borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6], 'line-opacity': 0.7 },
    },
    {
      id: 'bm-borders', type: 'line', source: 'bm-borders',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.3, 10, 2.5],
        'line-dasharray': ['case', ['==', ['get', 'disputed'], true], ['literal', [2, 2]], ['literal', [1, 0]]],
      },
    },
  ];
}

/** Labels go on top of everything. */
export function basemapLabelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const text = bilingualLabel(lang);
  return [
    {
      id: 'bm-river-labels', type: 'symbol', source: 'bm-rivers', minzoom: 6,
      filter: ['has', 'name'],
      layout: {
        'symbol-placement': 'line', 'text-field': text, 'text-font': FONT_STACK, 'text-size': 12,
        'symbol-spacing': 400, 'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': theme.riverLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'bm-water-labels', type: 'symbol', source: 'bm-labels',
      filter: ['match', ['get', 'kind'], ['sea', 'river', 'lake'], true, false],
      layout: { 'text-field': text, 'text-font': FONT_STACK, 'text-size': ['match', ['get', 'kind'], 'sea', 14, 11.5], 'text-max-width': 8 },
      paint: { 'text-color': theme.seaLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: 'bm-country-labels', type: 'symbol', source: 'bm-labels', filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': text, 'text-font': FONT_STACK, 'text-size': 15, 'text-letter-spacing': 0.15,
        'text-transform': 'uppercase', 'text-max-width': 10,
      },
      paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'bm-city-labels', type: 'symbol', source: 'bm-labels', filter: ['==', ['get', 'kind'], 'city'],
      layout: {
        'text-field': text, 'text-font': FONT_STACK,
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 11],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.6,
        'text-justify': 'auto', 'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}
