import { useEffect } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import type { LayerId } from '../state/url-schema.ts';

/** Which style layers belong to each overlay the reader can toggle, by id prefix. */
export const OVERLAY_PREFIXES: Record<LayerId, string[]> = {
  control: ['control-'],
  places: ['places-'],
  events: ['events-'],
  routes: ['routes-', 'route-'],
  roads: ['bm-roads'],
};

/** Declares the overlays' visibility on the map through layout properties. */
export function useLayerVisibility(map: MlMap | null, visible: readonly LayerId[]) {
  useEffect(() => {
    if (!map) return;
    for (const [id, prefixes] of Object.entries(OVERLAY_PREFIXES) as Array<[LayerId, string[]]>) {
      const value = visible.includes(id) ? 'visible' : 'none';
      for (const layer of map.getStyle().layers) {
        if (prefixes.some((p) => layer.id.startsWith(p)) && map.getLayoutProperty(layer.id, 'visibility') !== value) {
          map.setLayoutProperty(layer.id, 'visibility', value);
        }
      }
    }
  }, [map, visible]);
}
