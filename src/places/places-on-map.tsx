import { useMap } from '../map/map-context.ts';
import { usePlacesOnMap } from './use-places-on-map.ts';
import { useLabelDedup } from './use-label-dedup.ts';

interface Props {
  selected: string | null;
  visibleIds: readonly string[] | null;
  onSelect(id: string): void;
  onHover?(id: string | null): void;
  /** Every name and alias of the places, to hide the basemap's duplicate city labels. */
  names: readonly string[] | null;
  centerOf?(id: string): [number, number] | undefined;
  reducedMotion?: boolean;
  /** Whether a click inside an area opens its panel (where panels sit beside the map); true unless said. */
  areaClicks?: boolean;
}

/** The places layer's state, declared: renders nothing of its own. */
export function PlacesOnMap({ selected, visibleIds, onSelect, onHover, names, centerOf, reducedMotion, areaClicks }: Props) {
  const map = useMap();
  usePlacesOnMap(map, selected, visibleIds, onSelect, onHover, centerOf, reducedMotion, areaClicks);
  useLabelDedup(map, names);
  return null;
}
