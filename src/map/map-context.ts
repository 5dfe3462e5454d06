import { createContext, useContext } from 'react';
import type { Map as MlMap } from 'maplibre-gl';

/** The map, once its style has loaded; children of `MapView` declare their layers' state through it. */
export const MapContext = createContext<MlMap | null>(null);

export function useMap(): MlMap | null {
  return useContext(MapContext);
}
