import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useMap } from '../map/map-context.ts';
import { dayNumber } from '../state/dates.ts';
import { useLatest } from '../state/use-latest.ts';
import { EVENTS_SOURCE, eventsFilter } from './events-layers.ts';

/** Shows the events near the date (a filter, never new data) and selects one on click. */
export function EventsOnMap({ date, selectedIndex, onSelect }: { date: string; selectedIndex: number | null; onSelect(index: number): void }) {
  const map = useMap();
  const select = useLatest(onSelect);
  useEffect(() => {
    if (!map) return;
    const f = eventsFilter(dayNumber(date));
    for (const id of ['events-points', 'events-labels']) if (map.getLayer(id)) map.setFilter(id, f);
  }, [map, date]);
  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      const hit = map.getLayer('events-points') ? map.queryRenderedFeatures(e.point, { layers: ['events-points'] })[0] : undefined;
      if (hit && typeof hit.id === 'number') select.current(hit.id);
    };
    map.on('click', onClick);
    return () => { map.off('click', onClick); };
  }, [map, select]);
  useEffect(() => {
    if (!map || selectedIndex === null) return;
    map.setFeatureState({ source: EVENTS_SOURCE, id: selectedIndex }, { selected: true });
    return () => { if (map.getSource(EVENTS_SOURCE)) map.setFeatureState({ source: EVENTS_SOURCE, id: selectedIndex }, { selected: false }); };
  }, [map, selectedIndex]);
  return null;
}
