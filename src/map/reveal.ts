import type { Map as MlMap } from 'maplibre-gl';

/**
 * Brings a selected place or event into view when it is off the map or under a panel (the place panel on the left,
 * the reader or the list of places on the right, or any as a bottom sheet on a phone). A place already in view stays put.
 */
export function revealPoint(map: MlMap, lonLat: [number, number], reducedMotion: boolean) {
  const container = map.getContainer();
  const { clientWidth: w, clientHeight: h } = container;
  const box = container.getBoundingClientRect();
  // The panels that cover the map (the place panel, the reader) are measured where they are drawn.
  const padding = { top: 40, bottom: 40, left: 40, right: 60 };
  for (const el of document.querySelectorAll<HTMLElement>('.place-panel, .reader, .place-list')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.width > w * 0.8) padding.bottom = Math.max(padding.bottom, box.bottom - r.top + 20);
    // A panel is on the side whose edge it is nearer (the list of places at 1280 px starts left of the middle).
    else if (r.left - box.left < box.right - r.right) padding.left = Math.max(padding.left, r.right - box.left + 30);
    else padding.right = Math.max(padding.right, box.right - r.left + 30);
  }
  if (padding.left + padding.right > w - 40 || padding.top + padding.bottom > h - 40) return;
  const p = map.project(lonLat);
  const visible = p.x >= padding.left && p.x <= w - padding.right && p.y >= padding.top && p.y <= h - padding.bottom;
  if (visible) return;
  // Between two panels the strip left is narrow, and the map cannot pan past its bounds at low zoom:
  // zoom in further so that the place can be brought into the strip.
  const tight = w - padding.left - padding.right < w / 2;
  const options = { center: lonLat, padding, zoom: Math.max(map.getZoom(), tight ? 8 : 6) };
  if (reducedMotion) map.jumpTo(options);
  else map.easeTo({ ...options, duration: 800 });
}
