import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';
import type { MapLayerMouseEvent, Map as MlMap } from 'maplibre-gl';
import { PLACE_HIT_LAYERS, PLACE_LAYER_IDS, PLACES_SOURCE } from './places-layers.ts';

/**
 * Declares the places' state on the map: which one is selected and hovered (feature-state), which are
 * shown (a filter on ids). Clicking a place selects it; hovering reports it.
 */
export function usePlacesOnMap(
  map: MlMap | null,
  selectedId: string | null,
  visibleIds: readonly string[] | null,
  onSelect: (id: string) => void,
  onHover?: (id: string | null) => void,
  centerOf?: (id: string) => [number, number] | undefined,
  reducedMotion?: boolean,
) {
  const handlers = useLatest({ onSelect, onHover, centerOf, reducedMotion });

  useEffect(() => {
    if (!map) return;
    let hoverId: string | null = null;
    const setHover = (id: string | null) => {
      if (hoverId === id) return;
      if (hoverId) map.setFeatureState({ source: PLACES_SOURCE, id: hoverId }, { hover: false });
      hoverId = id;
      if (id) map.setFeatureState({ source: PLACES_SOURCE, id }, { hover: true });
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      handlers.current.onHover?.(id);
    };
    const idOf = (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      return f && typeof f.id === 'string' ? f.id : null;
    };
    const onClick = (e: MapLayerMouseEvent) => {
      // Points lie over areas: the topmost hit wins, so take the first feature over all hit layers.
      const hit = map.queryRenderedFeatures(e.point, { layers: PLACE_HIT_LAYERS.filter((l) => map.getLayer(l)) })[0];
      if (hit && typeof hit.id === 'string') handlers.current.onSelect(hit.id);
    };
    const onMove = (e: MapLayerMouseEvent) => setHover(idOf(e));
    const onLeave = () => setHover(null);
    for (const l of PLACE_HIT_LAYERS) {
      map.on('mousemove', l, onMove);
      map.on('mouseleave', l, onLeave);
    }
    map.on('click', onClick);
    return () => {
      for (const l of PLACE_HIT_LAYERS) {
        map.off('mousemove', l, onMove);
        map.off('mouseleave', l, onLeave);
      }
      map.off('click', onClick);
    };
  }, [map, handlers]);

  useEffect(() => {
    if (!map || !selectedId) return;
    map.setFeatureState({ source: PLACES_SOURCE, id: selectedId }, { selected: true });
    const center = handlers.current.centerOf?.(selectedId);
    if (center) revealPoint(map, center, handlers.current.reducedMotion ?? false);
    return () => {
      if (map.getSource(PLACES_SOURCE)) map.setFeatureState({ source: PLACES_SOURCE, id: selectedId }, { selected: false });
    };
  }, [map, selectedId, handlers]);

  useEffect(() => {
    if (!map) return;
    const filter = visibleIds ? (['in', ['id'], ['literal', visibleIds]] as never) : null;
    for (const l of PLACE_LAYER_IDS) {
      if (!map.getLayer(l)) continue;
      const base = map.getLayer(l)?.metadata as { baseFilter?: unknown } | undefined;
      const own = base?.baseFilter ?? null;
      map.setFilter(l, own && filter ? (['all', own, filter] as never) : ((filter ?? own) as never));
    }
  }, [map, visibleIds]);
}

/**
 * Brings a selected place into view when it is hidden, off the map or under the place panel (which covers
 * the map's left side on a wide screen and its lower half on a phone). A place already in view stays put.
 */
function revealPoint(map: MlMap, lonLat: [number, number], reducedMotion: boolean) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const phone = w <= 640;
  const padding = phone ? { top: 40, bottom: h * 0.55 + 20, left: 30, right: 30 } : { top: 40, bottom: 40, left: Math.min(26 * 16, w * 0.42) + 40, right: 60 };
  const p = map.project(lonLat);
  const visible = p.x >= padding.left && p.x <= w - padding.right && p.y >= padding.top && p.y <= h - padding.bottom;
  if (visible) return;
  const options = { center: lonLat, padding, zoom: Math.max(map.getZoom(), 6) };
  if (reducedMotion) map.jumpTo(options);
  else map.easeTo({ ...options, duration: 800 });
}
