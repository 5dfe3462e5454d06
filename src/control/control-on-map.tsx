import { useEffect, useMemo } from 'react';
import { useMap } from '../map/map-context.ts';
import { useControlOnMap } from '../timeline/use-control-on-map.ts';
import { controlPaint } from '../timeline/control-layers.ts';
import type { Town, Zone } from './schema.ts';
import { cellStatesAt } from './timeline.ts';
import { palette } from './factions.ts';

interface Props {
  towns: readonly Town[];
  zones: readonly Zone[];
  date: string;
  /** Factions whose areas are not drawn. */
  hidden?: readonly string[];
}

/** Colours the control cells for the date, through feature-state only; hidden factions through paint. */
export function ControlOnMap({ towns, zones, date, hidden = [] }: Props) {
  const map = useMap();
  const states = useMemo(() => cellStatesAt(towns, zones, date), [towns, zones, date]);
  useControlOnMap(map, states);
  const key = hidden.join(',');
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      const paint = controlPaint(palette(), key ? key.split(',') : []);
      for (const [layer, props] of Object.entries(paint)) {
        if (!map.getLayer(layer)) continue;
        for (const [name, value] of Object.entries(props)) map.setPaintProperty(layer, name as never, value as never);
      }
    };
    apply();
    map.on('style.load', apply);
    return () => { map.off('style.load', apply); };
  }, [map, key]);
  return null;
}
