import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { GPUInitializationError, Map as MlMap, prewarm, setWorkerUrl, NavigationControl, ScaleControl, AttributionControl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Bbox, Lang } from '../state/url-schema.ts';
import { installAutomation, markFirstIdle } from './automation.ts';
import { allBasemapUrls } from './basemap-urls.ts';
import { DEFAULT_BBOX, MAX_BOUNDS, MAX_ZOOM } from './camera.ts';
import { bilingualLabel } from './label-text.ts';
import { MapContext } from './map-context.ts';
import { embeddedStyle, fetchOnlineStyle, onlineStyle, type Overlay } from './style.ts';
import type { Theme } from './theme.ts';
import { t } from '../i18n/strings.ts';
import { HATCH_IMAGE } from '../timeline/control-layers.ts';
import { hatchImage } from '../timeline/hatch.ts';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now, while React renders and the app fetches its data, instead of when the map
 * is created: the entry point calls it before the first render.
 */
export function prewarmMap() {
  prewarm();
}

export const ATTRIBUTION = 'Basemap: Natural Earth, GSHHG; places and control: this project (see geodata/README.md)';

interface Props {
  theme: Theme;
  lang: Lang;
  /** An optional online MapLibre style URL; the embedded basemap is used when absent or when it fails. */
  onlineStyleUrl: string | null;
  bbox: Bbox | null;
  overlay: Overlay;
  /** Cooperative gestures: in an embed, one finger scrolls the host page and two move the map. */
  cooperative?: boolean;
  onNotice(message: string): void;
  children?: ReactNode;
  label: string;
  /** The app's data has loaded, so that the children draw it: the map's first complete picture follows. */
  ready?: boolean;
  /** Set to the map once it is created, and to null once it is gone (for "Embed this view", outside the map). */
  mapRef?: { current: MlMap | null };
  /** The browser could not give the map a WebGL2 context: the app shows what it can without a map. */
  onNoWebGL?(): void;
}

/** Maps whose camera has been moved since their opening view (by a reader, a story, a chosen place). */
export const cameraMoved = new WeakSet<MlMap>();

/**
 * The map. It is created once (again only to fall back from an online basemap whose tiles fail); the style's
 * sources are mounted once with it, and children change only filters, paint properties and feature-state
 * through the context.
 */
export function MapView({ theme, lang, onlineStyleUrl, bbox, overlay, cooperative, onNotice, children, label, ready = true, mapRef, onNoWebGL }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  // The map is created once; later prop changes are applied by the effects below, never by re-creating it. The
  // one exception: an online basemap whose tiles fail is replaced by a new map on the embedded basemap, at the
  // same camera, whose children (the app's layers) then set everything afresh, as on a first load; a change of
  // style in place would have lost their filters, visibility, images and feature-state.
  const initial = useRef({ theme, lang, onlineStyleUrl, bbox, overlay, cooperative, onNotice, onNoWebGL });
  const [fallback, setFallback] = useState<{ center: [number, number]; zoom: number } | null>(null);

  // A layout effect: the map is made in the task that commits the page's first render, not in a later one after
  // a first paint of the page without it. Its context, style and data requests start that much sooner.
  useLayoutEffect(() => {
    const { theme, lang, bbox, overlay, cooperative, onNotice, onNoWebGL } = initial.current;
    const onlineStyleUrl = fallback ? null : initial.current.onlineStyleUrl;
    const abort = new AbortController();
    let created: MlMap | null = null;
    const embedded = () => embeddedStyle(theme, lang, allBasemapUrls(), overlay);
    const start = async () => {
      let style = embedded();
      let kind: 'embedded' | 'online' = 'embedded';
      if (onlineStyleUrl) {
        try {
          style = onlineStyle(await fetchOnlineStyle(onlineStyleUrl, abort.signal), overlay);
          kind = 'online';
        } catch (err) {
          if (abort.signal.aborted) return;
          onNotice(t('onlineBasemapFailed', { reason: err instanceof Error ? err.message : String(err) }));
        }
      }
      if (abort.signal.aborted || !container.current) return;
      let m: MlMap;
      try {
        m = new MlMap({
          container: container.current,
          style,
          ...(fallback ? { center: fallback.center, zoom: fallback.zoom } : { bounds: bbox ?? DEFAULT_BBOX }),
          maxBounds: MAX_BOUNDS,
          // The basemap (Natural Earth, GSHHG) and the places hold nothing finer than a town: beyond this a reader
          // saw one flat colour and a 1 m scale bar. Stories go no closer either (their schema's limit).
          maxZoom: MAX_ZOOM,
          attributionControl: false,
          cooperativeGestures: cooperative ?? false,
          fadeDuration: 0,
          // The canvas is the map's keyboard stop: its name says what the keys do there (see PointPopup).
          locale: { 'Map.Title': t('mapCanvasLabel') },
        });
      } catch (err) {
        if (!(err instanceof GPUInitializationError) || !onNoWebGL) throw err;
        onNoWebGL();
        return;
      }
      created = m;
      if (mapRef) mapRef.current = m;
      // The hatch of uncertain control is the style's only image. The app adds it once it is handed the map (at
      // 'style.load'), but a tile parsed before then asked for it and MapLibre warned in the console that it could
      // not be loaded (a load in ten or so): asked for before it is there, it is made on the spot.
      m.setMissingStyleImageResolver((id) => {
        if (id === HATCH_IMAGE && !m.hasImage(id)) m.addImage(id, hatchImage(), { pixelRatio: 2 });
      });
      m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
      m.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
      // MapLibre opens a compact attribution until the first drag: on a small map (a phone, held either way, or
      // a narrow embed) two lines of it hid the south of Syria. The embedded basemap's credit (public-domain
      // data) starts folded behind its (i) there; an online basemap's credit, which its licence may require in
      // view, is left as MapLibre shows it.
      const { clientWidth: w, clientHeight: h } = container.current;
      if (kind !== 'online' && (w <= 640 || h <= 400)) {
        m.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      }
      // The map is fitted to its bounds when it is created, while the page around it is still settling: the
      // slider, chart and legend arrive with the data and take height from the map, and a bare resize keeps the
      // centre and zoom, so the opening view lost Dara'a and the Jordanian border off its foot at 1280×800. Until
      // the camera is moved (by a reader, a story, a chosen place), a change of size fits the bounds again.
      if (!fallback) {
        const bounds = bbox ?? DEFAULT_BBOX;
        // A resize itself fires 'movestart' just before 'resize' (and MapLibre may nudge the zoom to keep the view
        // in its bounds): a move is the camera's only when no resize follows it in the same task.
        let fitting = false;
        let pending = false;
        const stop = () => { m.off('resize', refit); m.off('movestart', onMoveStart); cameraMoved.add(m); };
        const onMoveStart = () => {
          if (fitting) return;
          pending = true;
          queueMicrotask(() => { if (pending) stop(); });
        };
        const refit = () => {
          pending = false;
          fitting = true;
          m.fitBounds(bounds, { animate: false });
          fitting = false;
        };
        m.on('movestart', onMoveStart);
        m.on('resize', refit);
      }
      // The layers' state (the date's colours, filters) is applied as soon as the style's sources exist, while
      // the tiles still load, so that the first frame drawn with them loaded is already the date's map: handed
      // over at 'load' instead, the app coloured the map only after MapLibre had drawn it once without.
      m.once('style.load', () => {
        installAutomation(m, kind);
        setMap(m);
      });
      if (kind === 'online') {
        // Tiles of an online style can fail after the style itself loaded: fall back once.
        let fellBack = false;
        m.on('error', (e) => {
          if (fellBack || !('sourceId' in e) || String((e as { sourceId?: string }).sourceId).startsWith('bm-')) return;
          const src = m.getSource(String((e as { sourceId?: string }).sourceId));
          if (!src || src.type === 'geojson') return;
          fellBack = true;
          onNotice(t('onlineBasemapFailed', { reason: 'its tiles could not be loaded' }));
          // The app's layers leave this map first (while it still exists), then it is replaced.
          setMap(null);
          setFallback({ center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() });
        });
      }
    };
    void start();
    return () => {
      abort.abort();
      created?.remove();
      if (mapRef && mapRef.current === created) mapRef.current = null;
      setMap(null);
      delete window.__syriaMap;
    };
  }, [fallback, mapRef]); // mapRef: the App's ref object, the same on every render

  useEffect(() => {
    if (!map) return;
    for (const id of ['bm-river-labels', 'bm-water-labels', 'bm-country-labels', 'bm-city-labels', 'places-labels']) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', bilingualLabel(lang));
    }
  }, [map, lang]);

  // Runs after the children's effects of the same commit, so after the data's first feature-state and filters.
  useEffect(() => {
    if (map && ready) markFirstIdle(map);
  }, [map, ready]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={label} />
      {!map && <div className="map-loading" role="status">{t('loadingMap')}</div>}
      <MapContext.Provider value={map}>{map && children}</MapContext.Provider>
    </div>
  );
}
