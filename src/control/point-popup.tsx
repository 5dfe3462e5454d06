import { useContext, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { Popup, type MapMouseEvent } from 'maplibre-gl';
import type { Passage, SourceMeta } from '../data/types.ts';
import { useMap } from '../map/map-context.ts';
import { clickAtCentre, pickAt } from '../places/map-pick.ts';
import { useLatest } from '../state/use-latest.ts';
import { AtDate, DateContext } from '../state/date-store.tsx';
import { t } from '../i18n/strings.ts';
import type { ControlData } from './control-at.ts';
import { ControlSource } from './control-source.tsx';
import { pointStatus } from './status-sentence.ts';
import { CONTROL_SOURCE } from '../timeline/control-layers.ts';

interface Props {
  control: ControlData;
  passages: ReadonlyMap<string, Passage>;
  sources: ReadonlyMap<string, SourceMeta>;
  /** The areas of the texts: their names, and opening one's panel (from the popup's offer, below). */
  areaLinks: { names(id: string): string | undefined; onSelect(id: string): void };
  /**
   * Whether a click inside an area of the texts opens the area's panel beside the popup (PlacesOnMap's
   * `areaClicks`). Where it does not, the popup offers each area under the point by its name instead: where panels
   * open as sheets (a phone), whose sheet would cover the popup, and always from the keyboard, where an area's
   * panel would take the focus from the map at every Enter (the Badiya and the Jezireh cover nearly half of Syria).
   */
  areaClicks: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A click or tap on the map that is not on a place's point or line, or on an event, opens a popup there: who held
 * that point on the date (the cell of the control table's town it lies in, or the al-Tanf zone), since when, and on
 * what source, with the period's note; outside the area the control map covers, that it does not cover it. It
 * follows the slider. Its close button, Escape with the focus in it, or a click on a place or an event closes it;
 * a click on another point moves it there.
 *
 * From the keyboard: with the focus on the map, a cross marks its centre, and Enter is a click there (the arrow
 * keys move the map under the cross): it opens the panel of a place's point or an event's ring within reach of
 * the cross (`clickAtCentre`), or the popup. The focus stays on the map, the popup's title and sentence are read
 * out through a live region, and Escape closes the popup before anything else.
 */
export function PointPopup({ control, passages, sources, areaLinks, areaClicks }: Props) {
  const map = useMap();
  const dates = useContext(DateContext);
  /** The point asked about, and the areas of the texts under it (offered where a click does not open their panel). */
  const [picked, setPicked] = useState<{ at: [number, number]; areas: readonly string[] } | null>(null);
  const at = picked?.at ?? null;
  const offerAreas = useLatest(!areaClicks);
  /** What the live region reads: set when the keyboard opens the popup, emptied when a click does. */
  const [spoken, setSpoken] = useState('');
  const status = useLatest({ dates, control });
  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      // A place's point or line, or an event, under the pointer takes the click for itself (their own handlers open
      // their panels). An area of the texts (the Badiya, the Jezireh: nearly half of Syria) opens its panel and
      // the popup both: its panel says "control shown on the map", and the popup says what the map shows there.
      // Where panels are sheets, and from the keyboard, the popup offers it instead (`areaClicks`).
      const { event, place, areas, keyboard } = pickAt(map, e);
      const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
      setPicked(event !== null || place !== null ? null : { at, areas: keyboard || offerAreas.current ? areas : [] });
      // From the keyboard the popup is read out, the focus staying on the map; a place's or an event's panel
      // takes the focus to its heading itself.
      const { dates: d, control: c } = status.current;
      let said = '';
      if (keyboard && event === null && place === null && d) {
        const s = pointStatus(d.get(), at, c);
        said = s ? `${s.title}. ${s.sentence}` : t('pointOutside');
      }
      setSpoken(said);
    };
    map.on('click', onClick);
    return () => { map.off('click', onClick); };
  }, [map, offerAreas, status]);
  const open = at !== null;
  useEffect(() => {
    if (!map) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'Enter' && !e.repeat) {
        e.preventDefault();
        clickAtCentre(map);
      } else if (e.key === 'Escape' && open) {
        // The popup first: the page's own Escape (the header's menus) leaves a handled key alone.
        e.preventDefault();
        setPicked(null);
      }
    };
    const canvas = map.getCanvas();
    canvas.addEventListener('keydown', onKey);
    return () => { canvas.removeEventListener('keydown', onKey); };
  }, [map, open]);
  useEffect(() => {
    if (!map) return;
    // The cross at the map's centre, shown (by the stylesheet) only while the map has the keyboard's focus.
    const cross = document.createElement('div');
    cross.className = 'map-centre';
    cross.setAttribute('aria-hidden', 'true');
    map.getCanvas().after(cross);
    return () => { cross.remove(); };
  }, [map]);
  const container = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'point-popup';
    // It scrolls where the map is too short for it (below): a Tab stop, so that the keyboard can scroll it too.
    div.tabIndex = 0;
    return div;
  }, []);
  useEffect(() => {
    if (!map || !at) return;
    // No taller than the room above or below the point, whichever is larger (less its padding and tip), so that
    // MapLibre can open it on that side: on a phone held sideways the map is under 200 px tall, and a popup taller
    // than that opened below the point and was cut off at the map's foot, showing nothing but its tip.
    const y = map.project(at).y;
    const room = Math.max(y, map.getContainer().clientHeight - y);
    container.style.setProperty('max-height', `${Math.max(80, Math.floor(room) - 60)}px`);
    const popup = new Popup({ closeOnClick: false, maxWidth: '20rem', focusAfterOpen: false, className: 'point-popup-host' }).setLngLat(at).setDOMContent(container).addTo(map);
    const onClose = () => setPicked(null);
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); setPicked(null); } };
    popup.on('close', onClose);
    container.addEventListener('keydown', onKey);
    return () => {
      popup.off('close', onClose);
      container.removeEventListener('keydown', onKey);
      popup.remove();
    };
  }, [map, at, container]);
  const live = <p className="visually-hidden" aria-live="polite">{spoken}</p>;
  if (!picked) return live;
  const { areas } = picked;
  return <>{live}{createPortal(
    <AtDate>{(date) => {
      const s = pointStatus(date, picked.at, control);
      if (!s) return <p>{t('pointOutside')}</p>;
      return (
        <section aria-label={s.title}>
          <PickedCell cell={s.cell} />
          <h2 className="point-popup-title">{s.title}</h2>
          <p className="point-popup-sentence">{s.sentence}</p>
          {/* Before the source, whose quote can be long: in a popup that scrolls, the offer stays in view. */}
          {areas.map((id) => {
            const name = areaLinks.names(id);
            return name && (
              <p key={id} className="point-popup-area">
                <button type="button" className="link" onClick={() => { setPicked(null); areaLinks.onSelect(id); }}>{t('pointAreaPassages', { name })}</button>
              </p>
            );
          })}
          <ControlSource value={s.source} passages={passages} sources={sources} quotedHere={NONE} />
        </section>
      );
    }}</AtDate>,
    container,
  )}</>;
}

/** Outlines the cell (or zone) the popup speaks of, through feature-state; again after a new style drops it. */
function PickedCell({ cell }: { cell: number }) {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const set = (picked: boolean) => { if (map.getSource(CONTROL_SOURCE)) map.setFeatureState({ source: CONTROL_SOURCE, id: cell }, { picked }); };
    const onStyle = () => set(true);
    set(true);
    map.on('style.load', onStyle);
    return () => { map.off('style.load', onStyle); set(false); };
  }, [map, cell]);
  return null;
}
