import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';
import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { revealPoint } from '../map/reveal.ts';
import { emphasizeAreas, PLACE_LAYER_IDS, setPlaceState } from './places-layers.ts';
import { pickAt } from './map-pick.ts';

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
  /** Whether a click inside an area (the Badiya, the Jezireh) opens its panel; where panels are sheets, and from the
   * keyboard, the point popup offers the area instead (PointPopup's `areaClicks`). */
  areaClicks = true,
) {
  const handlers = useLatest({ onSelect, onHover, centerOf, reducedMotion, areaClicks });

  useEffect(() => {
    if (!map) return;
    let hoverId: string | null = null;
    let onEvent = false;
    const setHover = (id: string | null, event = false) => {
      // The pointer over an event's ring says it can be clicked too, though the event is not a place to hover.
      if (onEvent !== event || hoverId !== id) map.getCanvas().style.cursor = id || event ? 'pointer' : '';
      onEvent = event;
      if (hoverId === id) return;
      if (hoverId) setPlaceState(map, hoverId, { hover: false });
      hoverId = id;
      if (id) setPlaceState(map, id, { hover: true });
      handlers.current.onHover?.(id);
    };
    // Places' points lie over events' rings, and rings over lines and areas: the topmost takes the click (one query
    // of the map per click, shared with the events' and the point popup's handlers).
    const onClick = (e: MapMouseEvent) => {
      // Enter on the map never opens an area, whose panel would take the focus from the map: the popup offers it.
      const { event, place, areas, keyboard } = pickAt(map, e);
      const id = event === null ? place ?? (handlers.current.areaClicks && !keyboard ? areas[0] : undefined) : null;
      if (id) handlers.current.onSelect(id);
    };
    const onMove = (e: MapMouseEvent) => {
      const { event, place, areas } = pickAt(map, e);
      setHover(event === null ? place ?? areas[0] ?? null : null, event !== null);
    };
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
