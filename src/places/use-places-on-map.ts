import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';
import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { revealPoint } from '../map/reveal.ts';
import { emphasizeAreas, PLACE_HIT_LAYERS, PLACE_LAYER_IDS, setPlaceState, shownLayers } from './places-layers.ts';

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
  /** Whether a click inside an area (the Badiya, the Jezireh) opens its panel; where panels are sheets the point
   * popup offers the area instead (PointPopup's `areaLinks`). */
  areaClicks = true,
) {
  const handlers = useLatest({ onSelect, onHover, centerOf, reducedMotion, areaClicks });

  useEffect(() => {
    if (!map) return;
    let hoverId: string | null = null;
    const setHover = (id: string | null) => {
      if (hoverId === id) return;
      if (hoverId) setPlaceState(map, hoverId, { hover: false });
      hoverId = id;
      if (id) setPlaceState(map, id, { hover: true });
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      handlers.current.onHover?.(id);
    };
    // Points lie over lines and areas: the topmost feature under the pointer wins, over all hit layers.
    const topmost = (e: MapMouseEvent, areas = true) => {
      // An event's marker drawn over a place takes the click for itself.
      const layers = shownLayers(map, ['events-points', ...PLACE_HIT_LAYERS]);
      const hit = layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;
      if (!areas && hit?.layer.id === 'places-area-fill') return null;
      return hit && hit.layer.id !== 'events-points' && typeof hit.id === 'string' ? hit.id : null;
    };
    const onClick = (e: MapMouseEvent) => {
      const id = topmost(e, handlers.current.areaClicks);
      if (id) handlers.current.onSelect(id);
    };
    const onMove = (e: MapMouseEvent) => setHover(topmost(e));
    const onLeave = () => setHover(null);
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [map, handlers]);

  useEffect(() => {
    if (!map || !selectedId) return;
    setPlaceState(map, selectedId, { selected: true });
    emphasizeAreas(map, 'selected', [selectedId]);
    const center = handlers.current.centerOf?.(selectedId);
    if (center) revealPoint(map, center, handlers.current.reducedMotion ?? false);
    return () => {
      setPlaceState(map, selectedId, { selected: false });
      emphasizeAreas(map, 'selected', []);
    };
  }, [map, selectedId, handlers]);

  useEffect(() => {
    if (!map) return;
    const filter = visibleIds ? (['in', ['get', 'id'], ['literal', visibleIds]] as never) : null;
    for (const l of PLACE_LAYER_IDS) {
      if (!map.getLayer(l)) continue;
      const base = map.getLayer(l)?.metadata as { baseFilter?: unknown } | undefined;
      const own = base?.baseFilter ?? null;
      map.setFilter(l, own && filter ? (['all', own, filter] as never) : ((filter ?? own) as never));
    }
  }, [map, visibleIds]);
}
