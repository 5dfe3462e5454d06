import { useMemo } from 'react';
import { useMap } from '../map/map-context.ts';
import { useControlOnMap } from '../timeline/use-control-on-map.ts';
import type { Town, Zone } from './schema.ts';
import { cellStatesAt } from './timeline.ts';

/** Colours the control cells for the date, through feature-state only. */
export function ControlOnMap({ towns, zones, date }: { towns: readonly Town[]; zones: readonly Zone[]; date: string }) {
  const states = useMemo(() => cellStatesAt(towns, zones, date), [towns, zones, date]);
  useControlOnMap(useMap(), states);
  return null;
}
