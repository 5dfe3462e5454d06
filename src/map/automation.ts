import type { Map as MlMap } from 'maplibre-gl';

/** A rendered feature, as plain data a test can compare. */
export interface RenderedFeature {
  layer: string;
  source: string;
  id: string | number | undefined;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
}

/**
 * The automation hook, on `window.__syriaMap` once the map has loaded its style. Tests (and scripts such
 * as the benchmark and the snapshots) use it to wait for the map and ask what it drew.
 */
export interface MapAutomation {
  /** Resolves once the map has drawn everything it has been asked to (the next `idle`). */
  idle(): Promise<void>;
  /** What is drawn at a geographic point (or in the whole view without one), optionally in some layers only. */
  featuresAt(lonLat?: [number, number], layers?: string[]): RenderedFeature[];
  /** The pixel of a geographic point in the map's container (for clicking a place). */
  project(lonLat: [number, number]): [number, number];
  /** Ids of every layer in the current style, bottom to top. */
  layerIds(): string[];
  /** A layer's paint property as the map now draws it (hidden factions change the control layers' colours). */
  paint(layer: string, property: string): unknown;
  /** Counts of `setData` calls per source since load: the date slider must never add to them. */
  setDataCalls: Record<string, number>;
  /** Which style is drawn: the embedded basemap or the online one. */
  basemap: 'embedded' | 'online';
  /** Resolves at the next `idle` event: subscribe before triggering a change to time it. */
  nextIdle(): Promise<void>;
  /** The style as drawn (for the benchmark's bare MapLibre page, so that both draw the same). */
  style(): unknown;
  /** Frames a box, west,south,east,north, as a link's `bbox` does when the map opens (for a test that looks at several). */
  fit(bbox: [number, number, number, number]): void;
  /** The camera and the canvas's CSS size (for the bare page, so that both draw the same view). */
  view(): { center: [number, number]; zoom: number; width: number; height: number };
  /**
   * `performance.now()` at the first `idle` once the app's data is on the map (the date's control, the
   * places, events and routes; see markFirstIdle), for the benchmark. MapLibre's own first `idle` comes
   * earlier, in the frame that fires `load`, before the app has coloured anything.
   */
  firstIdle: number | null;
  /**
   * The ids of the place labels drawn in the view if every label were given to MapLibre, not only those
   * that src/places/place-labels.ts found room for at this zoom (the labels' filter is put back after).
   */
  unthinnedLabels(): Promise<string[]>;
  /** Frames drawn since load (a date change should draw as few as MapLibre allows). */
  frames: number;
}

declare global {
  interface Window { __syriaMap?: MapAutomation }
}

function whenIdle(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
      // An update may be queued for the next frame: let it start before deciding the map is idle.
      requestAnimationFrame(() => {
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
        else void map.once('idle', () => resolve());
      });
    } else void map.once('idle', () => resolve());
  });
}

/** Installs the hook and counts `setData` calls on every GeoJSON source. */
export function installAutomation(map: MlMap, basemap: MapAutomation['basemap']): MapAutomation {
  const hook: MapAutomation = {
    idle: () => whenIdle(map),
    paint: (layer, property) => (map.getLayer(layer) ? map.getPaintProperty(layer, property as never) : undefined),
    featuresAt(lonLat, layers) {
      const existing = layers?.filter((l) => map.getLayer(l));
      const opts = existing ? { layers: existing } : {};
      const found = lonLat ? map.queryRenderedFeatures(map.project(lonLat), opts) : map.queryRenderedFeatures(opts);
      return found.map((f) => ({
        layer: f.layer.id, source: f.source, id: f.id,
        properties: { ...f.properties }, state: { ...f.state },
      }));
    },
    project: (lonLat) => {
      const p = map.project(lonLat);
      return [p.x, p.y];
    },
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    setDataCalls: {},
    basemap,
    firstIdle: null,
    frames: 0,
    nextIdle: () => new Promise((resolve) => { void map.once('idle', () => resolve()); }),
    style: () => map.getStyle(),
    async unthinnedLabels() {
      const filter = map.getFilter('places-labels') ?? null;
      map.setFilter('places-labels', null);
      await whenIdle(map);
      const ids = map.queryRenderedFeatures({ layers: ['places-labels'] }).map((f) => String(f.id));
      map.setFilter('places-labels', filter);
      await whenIdle(map);
      return ids;
    },
    fit: (bbox) => { map.fitBounds(bbox, { animate: false }); },
    view: () => {
      const c = map.getCenter();
      const el = map.getContainer();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), width: el.clientWidth, height: el.clientHeight };
    },
  };
  map.on('render', () => { hook.frames += 1; });
  map.on('sourcedata', (e) => {
    const src = e.sourceId ? map.getSource(e.sourceId) : undefined;
    if (!src || (src as { __counted?: boolean }).__counted || src.type !== 'geojson') return;
    const s = src as unknown as { setData: (...a: unknown[]) => unknown; __counted?: boolean };
    const original = s.setData.bind(s);
    s.__counted = true;
    s.setData = (...args: unknown[]) => {
      hook.setDataCalls[e.sourceId] = (hook.setDataCalls[e.sourceId] ?? 0) + 1;
      return original(...args);
    };
  });
  window.__syriaMap = hook;
  return hook;
}

/**
 * Sets the hook's `firstIdle` at the next `idle`: called by the map once the app's layers have applied
 * their first state (their effects run before their parent's), so that it times the first complete picture.
 * A repaint is asked for so that an `idle` comes even if nothing was left to draw.
 */
export function markFirstIdle(map: MlMap) {
  const hook = window.__syriaMap;
  if (!hook || hook.firstIdle !== null) return;
  void map.once('idle', () => { hook.firstIdle ??= performance.now(); });
  map.triggerRepaint();
}
