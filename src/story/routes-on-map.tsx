import { useEffect, useRef } from 'react';
import { useMap } from '../map/map-context.ts';
import { dayNumber } from '../state/dates.ts';
import { ROUTES_SOURCE, routeWidth } from './routes-layers.ts';

/** The routes as far as the date has reached (feature-state per segment), the chapter's routes drawn wider. */
export function RoutesOnMap({ segmentEnds, date, highlighted }: { segmentEnds: readonly number[]; date: string; highlighted: readonly string[] }) {
  const map = useMap();
  const drawn = useRef(new Map<number, boolean>());
  useEffect(() => {
    if (!map || !map.getSource(ROUTES_SOURCE)) return;
    const day = dayNumber(date);
    segmentEnds.forEach((end, i) => {
      const reached = end <= day;
      if (drawn.current.get(i) === reached) return;
      map.setFeatureState({ source: ROUTES_SOURCE, id: i }, { reached });
      drawn.current.set(i, reached);
    });
  }, [map, date, segmentEnds]);
  const key = highlighted.join();
  useEffect(() => {
    if (!map || !map.getLayer('routes-line')) return;
    const ids = key ? key.split(',') : [];
    map.setPaintProperty('routes-line', 'line-width', routeWidth(ids));
    map.setPaintProperty('routes-casing', 'line-width', ['+', routeWidth(ids), 3]);
  }, [map, key]);
  return null;
}
