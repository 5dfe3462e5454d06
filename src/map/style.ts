import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../state/url-schema.ts';
import { BASEMAP_SOURCES, basemapBaseLayers, basemapLabelLayers, basemapLineLayers, basemapSourceId, type BasemapSource } from './basemap-layers.ts';
import type { Theme } from './theme.ts';

export interface Overlay {
  sources: Record<string, SourceSpecification>;
  /** Layers between the basemap's fills and its lines (control areas). */
  under: LayerSpecification[];
  /** Layers over the basemap's lines and labels (places, events, routes). */
  over: LayerSpecification[];
}

export const emptyOverlay = (): Overlay => ({ sources: {}, under: [], over: [] });

/**
 * The embedded style: no `glyphs` (labels come from the reader's fonts), no sprite, every source in the
 * page's own origin.
 */
export function embeddedStyle(theme: Theme, lang: Lang, urls: Record<BasemapSource, string>, overlay: Overlay): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const name of BASEMAP_SOURCES) sources[basemapSourceId(name)] = { type: 'geojson', data: urls[name] };
  return {
    version: 8,
    name: 'Syria 2015–2024 (embedded)',
    sources: { ...sources, ...overlay.sources },
    layers: [
      ...basemapBaseLayers(theme),
      ...overlay.under,
      ...basemapLineLayers(theme),
      ...basemapLabelLayers(theme, lang),
      ...overlay.over,
    ],
  };
}

/**
 * An online style with our data drawn over it. The embedded labels are not added: the online style
 * has its own.
 */
export function onlineStyle(base: StyleSpecification, overlay: Overlay): StyleSpecification {
  return {
    ...base,
    sources: { ...base.sources, ...overlay.sources },
    layers: [...base.layers, ...overlay.under, ...overlay.over],
  };
}

/** Fetches and checks an online MapLibre style; throws with a readable reason when it cannot be used. */
export async function fetchOnlineStyle(url: string, signal?: AbortSignal): Promise<StyleSpecification> {
  const res = await fetch(url, { signal, credentials: 'omit' });
  if (!res.ok) throw new Error(`the style answered ${res.status}`);
  const json: unknown = await res.json();
  if (!json || typeof json !== 'object' || (json as { version?: unknown }).version !== 8 || !Array.isArray((json as { layers?: unknown }).layers)) {
    throw new Error('the URL did not return a MapLibre style (version 8)');
  }
  return json as StyleSpecification;
}
