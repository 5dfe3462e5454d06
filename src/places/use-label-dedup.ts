import { useEffect } from 'react';
import type { Map as MlMap } from 'maplibre-gl';

/**
 * The basemap labels main cities; the places layer labels the places of the texts. Where both name the same
 * place, the basemap's label is hidden so that a city is never labelled twice.
 */
export function useLabelDedup(map: MlMap | null, names: readonly string[] | null) {
  useEffect(() => {
    if (!map || !names || !map.getLayer('bm-city-labels')) return;
    map.setFilter('bm-city-labels', ['all', ['==', ['get', 'kind'], 'city'], ['!', ['in', ['get', 'name'], ['literal', names]]]]);
  }, [map, names]);
}
