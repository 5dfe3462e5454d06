import { useEffect } from 'react';
import { useMap } from '../map/map-context.ts';
import { MAX_BOUNDS, MAX_ZOOM } from '../map/camera.ts';
import { emphasizeAreas, setPlaceState } from '../places/places-layers.ts';
import type { Chapter } from './schema.ts';

interface Box { left: number; top: number; right: number; bottom: number; width: number; height: number }

/**
 * The camera's padding for a chapter: the part of the map the story's panel covers (at the right beside the map,
 * at the left side or the foot of the screen on a phone), so that the chapter's subject is framed in the part
 * still in view; and whether that part is small, when the chapter is shown a little farther out.
 */
export function cameraPadding(map: Box, panel: Box | null): { padding: Padding; small: boolean } {
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

type Padding = { top: number; bottom: number; left: number; right: number };

/** Web Mercator, in pixels of a world `size` pixels wide. */
const mx = (lon: number, size: number) => ((lon + 180) / 360) * size;
const my = (lat: number, size: number) => ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * size;

/**
 * The zoom at which a chapter's centre can sit in the middle of the part of the map the panel leaves. The map
 * may not show beyond its bounds, and MapLibre keeps the whole canvas inside them, panel or not: a chapter in
 * the east (Al-Bukamal, al-Hamdan) asked at its zoom had its centre pushed west, its subject under the story's
 * panel. Closer in, the canvas is narrower in degrees and can go further east; the zoom is raised by steps of
 * 0.1 until the centre fits, at most 1.5 over the chapter's; beyond that, or for a chapter asking for a view wider
 * than the bounds allow, the chapter's zoom is kept.
 */
export function reachableZoom(center: [number, number], zoom: number, padding: Padding, width: number, height: number, bounds: readonly [number, number, number, number]): number {
  const [w, s, e, n] = bounds;
  // A chapter asking for a view wider than the bounds allow (the land bridge, Lebanon to Iraq) keeps its zoom:
  // MapLibre shows as much as it can; going closer would crop what the chapter is about.
  const widest = Math.log2((width * 360) / (512 * (e - w)));
  if (zoom < widest) return zoom;
  for (let z = zoom; z <= zoom + 1.5 + 1e-9; z += 0.1) {
    const size = 512 * 2 ** z;
    // The canvas's left and top edges, with the centre at the middle of the padded part.
    const left = mx(center[0], size) - (padding.left + (width - padding.left - padding.right) / 2);
    const top = my(center[1], size) - (padding.top + (height - padding.top - padding.bottom) / 2);
    if (left >= mx(w, size) - 0.5 && left + width <= mx(e, size) + 0.5 && top >= my(n, size) - 0.5 && top + height <= my(s, size) + 0.5) return Math.round(z * 10) / 10;
  }
  return zoom;
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
    const fly = (panel: Element | null) => {
      const box = map.getContainer().getBoundingClientRect();
      const { padding, small } = cameraPadding(box, panel?.getBoundingClientRect() ?? null);
      const asked = small ? zoom - 0.8 : zoom;
      const options = { center, zoom: Math.min(MAX_ZOOM, reachableZoom(center, asked, padding, box.width, box.height, MAX_BOUNDS)), bearing, pitch, padding };
      if (reducedMotion) map.jumpTo(options);
      else map.flyTo({ ...options, duration: 1800, essential: false });
    };
    // The story's panel is loaded on demand: on a link to a chapter the map can be ready before it is drawn, and
    // the camera was then framed for a map with no panel (the chapter's subject under it). Wait for it, a
    // second at most.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const panel = document.querySelector('.story-panel');
      if (panel || tries++ >= 60) fly(panel);
      else frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
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
