import { MapMouseEvent, type MapGeoJSONFeature, type Map as MlMap } from 'maplibre-gl';
import { EVENTS_LAYER } from '../control/events-layers.ts';
import { PLACE_HIT_LAYERS, PLACE_POINTS_LAYER, shownLayers } from './places-layers.ts';

/**
 * What a click on the map lands on. The handlers of places, events and the point popup each take their part of it;
 * the map is asked once per click (`pickAt`).
 */
export interface MapPick {
  /** The event whose ring is drawn there, unless a place's point lies over it. */
  event: number | null;
  /** The place whose point or line is drawn there, topmost: a place's point lies over an event's ring, a ring over a line. */
  place: string | null;
  /**
   * The areas of the texts there (the Badiya, the Jezireh). They are never drawn and cover half of Syria: they take
   * a click only where no point, line or event does, and the point popup opens there too.
   */
  areas: string[];
  /** Whether the keyboard made the click: Enter, with the focus on the map, at the cross in its centre. */
  keyboard: boolean;
}

const AREA_LAYER = 'places-area-fill';
const picks = new WeakMap<MapMouseEvent, MapPick>();

/**
 * Sorts the map's features at a point (topmost first, as `queryRenderedFeatures` gives them) into a pick. An event
 * far from the date is drawn at opacity 0 (feature-state, not a filter: see events-layers.ts) but still found by
 * the map; it takes nothing, or it would take the clicks on the line or area under it.
 */
export function classify(hits: readonly Pick<MapGeoJSONFeature, 'id' | 'layer' | 'state'>[], keyboard = false): MapPick {
  const top = hits.find((f) => f.layer.id !== AREA_LAYER && (f.layer.id !== EVENTS_LAYER || f.state.near === true));
  const event = top?.layer.id === EVENTS_LAYER && typeof top.id === 'number' ? top.id : null;
  const place = top && top.layer.id !== EVENTS_LAYER && typeof top.id === 'string' ? top.id : null;
  const areas = [...new Set(hits.filter((f) => f.layer.id === AREA_LAYER && typeof f.id === 'string').map((f) => f.id as string))];
  return { event, place, areas, keyboard };
}

/** What lies exactly under a point of the canvas: the event, place and areas drawn there. */
function under(map: MlMap, point: MapMouseEvent['point'], keyboard: boolean): MapPick {
  const layers = shownLayers(map, [EVENTS_LAYER, ...PLACE_HIT_LAYERS]);
  return classify(layers.length ? map.queryRenderedFeatures(point, { layers }) : [], keyboard);
}

/**
 * The nearest place's point or event's ring (by its centre) within `reach` pixels of a point of the canvas, or null;
 * of two as near (a place's point and the ring of an event at it), the topmost.
 */
function nearestPoint(map: MlMap, x: number, y: number, reach: number, keyboard: boolean): MapPick | null {
  const layers = shownLayers(map, [EVENTS_LAYER, PLACE_POINTS_LAYER]);
  if (!layers.length) return null;
  let best = Infinity;
  let pick: MapPick | null = null;
  for (const f of map.queryRenderedFeatures([[x - reach, y - reach], [x + reach, y + reach]], { layers })) {
    if (f.geometry.type !== 'Point' || (f.layer.id === EVENTS_LAYER && f.state.near !== true)) continue;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= reach && d < best) { best = d; pick = classify([f], keyboard); }
  }
  return pick;
}

/** How far from a finger's tap a place's point or an event's ring is taken, in px: a point is 11–15 px across. */
export const TOUCH_REACH = 16;

const isTouch = (e: MapMouseEvent) => typeof PointerEvent !== 'undefined' && e.originalEvent instanceof PointerEvent && e.originalEvent.pointerType === 'touch';

/**
 * What the click (or pointer move) `e` lands on: asked of the map once per event, whichever handler asks first. A
 * tap of a finger takes the nearest point within `TOUCH_REACH`, as Enter does within `KEYBOARD_REACH`; otherwise
 * (and for lines and areas) what is under it.
 */
export function pickAt(map: MlMap, e: MapMouseEvent): MapPick {
  let pick = picks.get(e);
  if (!pick) {
    pick = (e.type === 'click' && isTouch(e) ? nearestPoint(map, e.point.x, e.point.y, TOUCH_REACH, false) : null) ?? under(map, e.point, false);
    picks.set(e, pick);
  }
  return pick;
}

/** How far from the cross a point (a place's, or the centre of an event's ring) is taken by Enter: the cross's arms, in px. */
export const KEYBOARD_REACH = 12;

/**
 * Enter on the map: a click at the cross in its centre, which every click handler sees as it sees a click. A
 * point is hard to land exactly under the cross with the arrow keys, so the nearest place's point or event's
 * ring (by its centre) within `KEYBOARD_REACH` pixels takes it; otherwise what is under the cross (a line, an area,
 * or nothing: the point popup).
 */
export function clickAtCentre(map: MlMap): void {
  const canvas = map.getCanvas();
  const box = canvas.getBoundingClientRect();
  const x = canvas.clientWidth / 2;
  const y = canvas.clientHeight / 2;
  const e = new MapMouseEvent('click', map, new MouseEvent('click', { clientX: box.left + x, clientY: box.top + y }));
  picks.set(e, nearestPoint(map, x, y, KEYBOARD_REACH, true) ?? under(map, e.point, true));
  map.fire(e);
}
