import { useEffect, useMemo, useRef } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useMap } from '../map/map-context.ts';
import { dayNumber } from '../state/dates.ts';
import { useLatest } from '../state/use-latest.ts';
import { revealPoint } from '../map/reveal.ts';
import { EVENTS_SOURCE, eventNear } from './events-layers.ts';
import { pickAt } from '../places/map-pick.ts';
import type { EventRecord } from './events-schema.ts';

interface Props {
  events: readonly EventRecord[];
  date: string;
  selectedIndex: number | null;
  onSelect(index: number): void;
  /** Where an event is drawn (its coord, or its place's centre): a selected event off the map or under a panel is brought into view. */
  pointOf?(event: EventRecord): [number, number] | undefined;
  reducedMotion?: boolean;
}

/** Shows the events near the date (feature-state, never new data or filters) and selects one on click. */
export function EventsOnMap({ events, date, selectedIndex, onSelect, pointOf, reducedMotion }: Props) {
  const map = useMap();
  const select = useLatest(onSelect);
  const reveal = useLatest({ pointOf, reducedMotion, events });
  const days = useMemo(() => events.map((e) => [dayNumber(e.date), dayNumber(e.to ?? e.date)] as const), [events]);
  const shown = useRef(new Map<number, boolean>());
  useEffect(() => {
    if (!map || !map.getSource(EVENTS_SOURCE)) return;
    const day = dayNumber(date);
    days.forEach(([start, end], i) => {
      const near = eventNear(day, start, end);
      if (shown.current.get(i) === near) return;
      map.setFeatureState({ source: EVENTS_SOURCE, id: i }, { near });
      shown.current.set(i, near);
    });
  }, [map, date, days]);
  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      const { event } = pickAt(map, e);
      if (event !== null) select.current(event);
    };
    map.on('click', onClick);
    return () => { map.off('click', onClick); };
  }, [map, select]);
  useEffect(() => {
    if (!map || selectedIndex === null) return;
    map.setFeatureState({ source: EVENTS_SOURCE, id: selectedIndex }, { selected: true });
    const { pointOf: at, reducedMotion: still, events: all } = reveal.current;
    const point = all[selectedIndex] && at?.(all[selectedIndex]);
    if (point) revealPoint(map, point, still ?? false);
    return () => { if (map.getSource(EVENTS_SOURCE)) map.setFeatureState({ source: EVENTS_SOURCE, id: selectedIndex }, { selected: false }); };
  }, [map, selectedIndex, reveal]);
  return null;
}
