import type { LayerId } from '../state/url-schema.ts';
import { useMap } from './map-context.ts';
import { useLayerVisibility } from './use-layer-visibility.ts';

/** Map-wide declarations that are not tied to one overlay. */
export function MapState({ layers }: { layers: readonly LayerId[] }) {
  useLayerVisibility(useMap(), layers);
  return null;
}
