import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';
import { emphasizeAreas, setPlaceState } from '../places/places-layers.ts';
import type { Chapter } from './schema.ts';

/**
 * Flies the camera to a chapter when it opens (jumps when reduced motion is asked for), and marks its places.
 * The camera is otherwise the reader's: this is the one place that moves it for a story.
 */
export function ChapterCamera({ chapter, reducedMotion }: { chapter: Chapter; reducedMotion: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const { center, zoom, bearing, pitch } = chapter.camera;
    const padding = { top: 20, bottom: 20, left: 20, right: Math.min(27 * 16, map.getContainer().clientWidth * 0.44) + 20 };
    const phone = map.getContainer().clientWidth <= 640;
    const options = { center, zoom: phone ? zoom - 0.8 : zoom, bearing, pitch, padding: phone ? { top: 10, bottom: 10, left: 10, right: 10 } : padding };
    if (reducedMotion) map.jumpTo(options);
    else map.flyTo({ ...options, duration: 1800, essential: false });
  }, [map, chapter, reducedMotion]);
  useEffect(() => {
    if (!map) return;
    const ids = chapter.highlight.places;
    for (const id of ids) setPlaceState(map, id, { highlight: true });
    emphasizeAreas(map, 'story', ids);
    return () => {
      for (const id of ids) setPlaceState(map, id, { highlight: false });
      emphasizeAreas(map, 'story', []);
    };
  }, [map, chapter]);
  return null;
}
