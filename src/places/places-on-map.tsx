import { useMap } from '../map/map-context.ts';
import { usePlacesOnMap } from './use-places-on-map.ts';

interface Props {
  selected: string | null;
  visibleIds: readonly string[] | null;
  onSelect(id: string): void;
  onHover?(id: string | null): void;
}

/** The places layer's state, declared: renders nothing of its own. */
export function PlacesOnMap({ selected, visibleIds, onSelect, onHover }: Props) {
  usePlacesOnMap(useMap(), selected, visibleIds, onSelect, onHover);
  return null;
}
