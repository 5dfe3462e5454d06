import { useEffect, useRef } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { CONTROL_SOURCE, HATCH_IMAGE } from './control-layers.ts';
import { hatchImage } from './hatch.ts';
import type { CellState } from '../control/timeline.ts';


/**
 * Applies the control of one date to the map through feature-state: only the cells whose faction or
 * status differ from what is drawn are touched, and the source's data is never replaced.
 */
export function useControlOnMap(map: MlMap | null, states: ReadonlyMap<number, CellState> | null) {
  const drawn = useRef(new Map<number, CellState>());

  useEffect(() => {
    if (!map) return;
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 2 });
    const current = drawn.current;
    // A new style (the online basemap's fallback) forgets feature-state: start again.
    const onStyle = () => { current.clear(); };
    map.on('style.load', onStyle);
    return () => { map.off('style.load', onStyle); };
  }, [map]);

  useEffect(() => {
    if (!map || !states || !map.getSource(CONTROL_SOURCE)) return;
    const current = drawn.current;
    for (const [id, s] of states) {
      const was = current.get(id);
      if (was && was.faction === s.faction && was.status === s.status) continue;
      map.setFeatureState({ source: CONTROL_SOURCE, id }, { faction: s.faction, status: s.status });
      current.set(id, s);
    }
  }, [map, states]);
}
