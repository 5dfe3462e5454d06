import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';
import { emphasizeAreas, setPlaceState } from '../places/places-layers.ts';
import type { Chapter } from './schema.ts';

interface Box { left: number; top: number; right: number; bottom: number; width: number; height: number }

/**
 * The camera's padding for a chapter: the part of the map the story's panel covers (at the right beside the map,
 * at the left side or the foot of the screen on a phone), so that the chapter's subject is framed in the part
 * still in view; and whether that part is small, when the chapter is shown a little farther out.
 */
export function cameraPadding(map: Box, panel: Box | null): { padding: { top: number; bottom: number; left: number; right: number }; small: boolean } {
  const m = 10;
  const pad = { top: m, bottom: m, left: m, right: m };
  if (panel && panel.width > 0 && panel.height > 0) {
    if (panel.width >= map.width * 0.9) pad.bottom += Math.max(0, map.bottom - panel.top);
    else if (panel.left - map.left < map.right - panel.right) pad.left += Math.max(0, panel.right - map.left);
    else pad.right += Math.max(0, map.right - panel.left);
  }
  // At least 60 px of map left in each direction, whatever the panel covers.
  pad.bottom = Math.min(pad.bottom, Math.max(m, map.height - 60 - pad.top));
  pad.left = Math.min(pad.left, Math.max(m, map.width - 60 - pad.right));
  pad.right = Math.min(pad.right, Math.max(m, map.width - 60 - pad.left));
  const small = map.width - pad.left - pad.right < 480 || map.height - pad.top - pad.bottom < 320;
  return { padding: pad, small };
}

/**
 * Flies the camera to a chapter when it opens (jumps when reduced motion is asked for), and marks its places.
 * The camera is otherwise the reader's: this is the one place that moves it for a story.
 */
export function ChapterCamera({ chapter, reducedMotion }: { chapter: Chapter; reducedMotion: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const { center, zoom, bearing, pitch } = chapter.camera;
    const { padding, small } = cameraPadding(map.getContainer().getBoundingClientRect(), document.querySelector('.story-panel')?.getBoundingClientRect() ?? null);
    const options = { center, zoom: small ? zoom - 0.8 : zoom, bearing, pitch, padding };
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
