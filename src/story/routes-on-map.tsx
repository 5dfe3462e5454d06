import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';
import { dayNumber } from '../state/dates.ts';
import { routeWidth, routesFilter } from './routes-layers.ts';

/** The routes as far as the date has reached (a filter), with the chapter's routes drawn wider. */
export function RoutesOnMap({ date, highlighted }: { date: string; highlighted: readonly string[] }) {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const f = routesFilter(dayNumber(date));
    for (const id of ['routes-casing', 'routes-line']) if (map.getLayer(id)) map.setFilter(id, f);
  }, [map, date]);
  const key = highlighted.join();
  useEffect(() => {
    if (!map || !map.getLayer('routes-line')) return;
    const ids = key ? key.split(',') : [];
    map.setPaintProperty('routes-line', 'line-width', routeWidth(ids));
    map.setPaintProperty('routes-casing', 'line-width', ['+', routeWidth(ids), 3]);
  }, [map, key]);
  return null;
}
