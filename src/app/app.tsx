import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { MapView } from '../map/map-view.tsx';
import { lightTheme } from '../map/theme.ts';
import { mayHaveWebGL2 } from '../map/webgl.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { AtDate, DateContext } from '../state/date-store.tsx';
import { useGeodata } from '../data/use-geodata.ts';
import { t } from '../i18n/strings.ts';
import { PlacePanel } from '../places/place-panel.tsx';
import { PlacesOnMap } from '../places/places-on-map.tsx';
import { PlaceDirectory } from '../places/place-directory.tsx';
import { PlaceList } from '../places/place-list.tsx';
import { placesNamedIn } from '../places/place-list-model.ts';
import { SearchBox } from '../places/search-box.tsx';
import { MapState } from '../map/map-state.tsx';
import { LayerToggles } from './layer-toggles.tsx';
import { currentFraming, EmbedDialog } from '../embed/embed-dialog.tsx';
import { ExportDialog } from '../export/export-dialog.tsx';
import { EmbedBridge } from '../embed/embed-bridge.ts';
import { fullViewerUrl, viewerBase } from '../embed/snippet.ts';
import { ATTRIBUTION } from '../map/map-view.tsx';
import { formatLongDate } from '../state/dates.ts';
import type { HostMessage } from '../embed/messages.ts';

// The reader is loaded when first opened: most visits never need it.
const Reader = lazy(() => import('../reader/reader.tsx'));
import { DateSlider } from '../timeline/date-slider.tsx';
import { AreaChart } from '../timeline/area-chart.tsx';
import { Legend } from '../timeline/legend.tsx';
import { ControlOnMap } from '../control/control-on-map.tsx';
import { areaSteps as areaStepsAt, changeDates as controlChangeDates } from '../control/timeline.ts';
import { FACTION_IDS, FACTIONS } from '../control/factions.ts';
import { statusSentence, statusSource } from '../control/status-sentence.ts';
import { ControlSource } from '../control/control-source.tsx';
import { PointPopup } from '../control/point-popup.tsx';
import { EventsOnMap } from '../control/events-on-map.tsx';
import { EventPanel } from '../control/event-panel.tsx';
import { loadStories } from '../story/load-stories.ts';
import { StoryPanel } from '../story/story-panel.tsx';
import { ChapterCamera } from '../story/chapter-camera.tsx';
import { RoutesOnMap } from '../story/routes-on-map.tsx';
import { useStoryKeys } from '../story/use-story-keys.ts';
import { usesValue, type AppState, type Bbox } from '../state/url-schema.ts';

const STORIES = loadStories();

/** A link to a story chapter that gives no usable date (or layers) opens at the chapter's. */
function completeStory(s: AppState, params: URLSearchParams): AppState {
  const story = s.story ? STORIES.stories.get(s.story) : undefined;
  if (!story) return s;
  const chapter = story.chapters.find((c) => c.id === s.chapter) ?? story.chapters[0]!;
  return { ...s, date: usesValue(params, 'date') ? s.date : chapter.date, layers: usesValue(params, 'layers') ? s.layers : chapter.layers };
}
import { useSheetLayout, usePrefersReducedMotion } from './use-media-query.ts';
import { Notices } from './notices.tsx';
import { focusReturnTarget } from './use-focus-return.ts';
import { dataOverlay } from './data-overlay.ts';

/** Closes a header menu (a `<details>`); with `focus`, leaves the focus on its summary, not on a button now hidden. */
const shutMenu = (menu: HTMLDetailsElement | null, focus: boolean) => {
  if (!menu) return;
  menu.open = false;
  if (focus) menu.querySelector('summary')?.focus();
};
/** Closes the menu a button sits in, the focus going to its summary. */
const closeMenu = (e: { currentTarget: Element }) => shutMenu(e.currentTarget.closest('details'), true);

export function App() {
  const { state, update, notices: urlNotices, dates, current } = useUrlState(completeStory);
  const [runtimeNotices, setRuntimeNotices] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const addNotice = useCallback((m: string) => setRuntimeNotices((n) => (n.includes(m) ? n : [...n, m])), []);
  const [webgl, setWebgl] = useState(mayHaveWebGL2);
  const noWebGL = useCallback(() => setWebgl(false), []);
  const geodata = useGeodata();
  const reducedMotion = usePrefersReducedMotion();
  const sheets = useSheetLayout(state.embed);
  // The overlay is mounted once with the map; later language changes go through layout properties.
  const [overlay] = useState(() => dataOverlay(lightTheme, state.lang));

  const data = geodata.status === 'ready' ? geodata.data : null;
  const place = data && state.place ? data.places.get(state.place) ?? null : null;

  const story = state.story ? STORIES.stories.get(state.story) ?? null : null;
  const chapter = story ? story.chapters.find((c) => c.id === state.chapter) ?? story.chapters[0]! : null;
  const storyId = story?.id ?? null;
  const goChapter = useCallback((id: string) => {
    const s = storyId ? STORIES.stories.get(storyId) : undefined;
    const c = s?.chapters.find((x) => x.id === id);
    if (s && c) update({ story: s.id, chapter: c.id, date: c.date, layers: c.layers, place: null, event: null }, 'push');
  }, [storyId, update]);
  const goStory = useCallback(() => {
    const first = STORIES.stories.get('race-to-the-border-2017')?.chapters[0];
    if (first) update({ story: 'race-to-the-border-2017', chapter: first.id, date: first.date, layers: first.layers, place: null, event: null }, 'push');
  }, [update]);
  const chapterIndex = story && chapter ? story.chapters.indexOf(chapter) : -1;
  useStoryKeys(!!story, () => { const p = story?.chapters[chapterIndex - 1]; if (p) goChapter(p.id); }, () => { const n = story?.chapters[chapterIndex + 1]; if (n) goChapter(n.id); });

  const notices = useMemo(() => {
    const all = [...urlNotices, ...STORIES.problems, ...runtimeNotices];
    if (state.story && !story) all.push(t('unknownStory', { id: state.story }));
    if (story && state.chapter && !story.chapters.some((c) => c.id === state.chapter)) all.push(t('unknownChapter', { id: state.chapter }));
    if (data && state.place && !data.places.has(state.place)) all.push(t('unknownPlace', { id: state.place }));
    if (data && state.text && !data.sources.has(state.text)) all.push(t('unknownText', { id: state.text }));
    if (data && state.event && !data.events.some((e) => e.id === state.event)) all.push(t('unknownEvent', { id: state.event }));
    // The embed has no reader: it ignores `read` and `passage` whatever they say.
    if (data && state.read && !state.embed && !data.sources.has(state.read)) all.push(t('unknownSource', { id: state.read }));
    else if (data && state.read && !state.embed && state.passage && data.passages.get(state.passage)?.source !== state.read) all.push(t('unknownPassage', { id: state.passage }));
    if (data?.dropped.length) all.push(t('droppedRecords', { count: data.dropped.length, list: data.dropped.slice(0, 3).join('; ') }));
    return all.filter((m) => !dismissed.has(m));
  }, [urlNotices, runtimeNotices, data, state.place, dismissed, state.story, state.chapter, story, state.text, state.event, state.read, state.passage, state.embed]);

  const selectPlace = useCallback((id: string | null) => update({ place: id }, 'push'), [update]);
  const [hovered, setHovered] = useState<string | null>(null);
  const openReader = useCallback((p: { id: string; source: string }) => update({ read: p.source, passage: p.id, list: false }, 'push'), [update]);
  const readerOpen = !!(data && state.read && data.sources.has(state.read)) && !state.embed;
  // "Read in context": the reader beside the map, or in an embed, which has none, the full viewer in a new tab.
  const readPassage = useMemo(() => (state.embed
    ? (p: { id: string; source: string }) => { window.open(fullViewerUrl(viewerBase(), { ...current(), read: p.source, passage: p.id }), '_blank', 'noopener'); }
    : openReader), [state.embed, current, openReader]);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);

  // Inside an article's iframe: report height and state to the host, take its commands.
  // A host's command for an id the map does not know is refused, like a malformed one, and said in the embed's
  // console for the host page's developer: the article's readers see the map as it was, without a notice.
  // A set-place that arrives before the places have loaded (a host answering `ready` at once) cannot be checked
  // yet: it waits for them, and is then applied or refused as any other.
  const places = data?.places;
  const pendingPlace = useRef<string | null>(null);
  // The map, for "Embed this view" to take its framing from.
  const mapRef = useRef<MlMap | null>(null);
  const [embedFraming, setEmbedFraming] = useState<Bbox | null>(null);
  const onHostCommand = useCallback((m: HostMessage) => {
    if (m.type === 'syria-map:set-date') update({ date: m.date });
    else if (m.type === 'syria-map:set-place') {
      pendingPlace.current = null;
      if (m.place !== null && !places) pendingPlace.current = m.place;
      else if (m.place !== null && places && !places.has(m.place)) console.warn(`syria-map: set-place ignored: no place has the id “${m.place}”`);
      else update({ place: m.place });
    } else {
      // As a link to the chapter would: the chapter's date and layers, the first chapter's for an unknown
      // chapter id (which a notice names).
      const s = STORIES.stories.get(m.story);
      const c = s ? s.chapters.find((x) => x.id === m.chapter) ?? s.chapters[0]! : null;
      if (!c) console.warn(`syria-map: set-chapter ignored: no story has the id “${m.story}”`);
      else {
        pendingPlace.current = null;
        update({ story: m.story, chapter: m.chapter, date: c.date, layers: c.layers, place: null, event: null });
      }
    }
  }, [update, places]);
  useEffect(() => {
    const waiting = pendingPlace.current;
    if (!places || waiting === null) return;
    pendingPlace.current = null;
    onHostCommand({ type: 'syria-map:set-place', place: waiting });
  }, [places, onHostCommand]);
  if (state.embed) document.documentElement.classList.add('embed');
  const setDate = useCallback((date: string) => update({ date }), [update]);
  const control = data?.control ?? null;
  const changeDates = useMemo(() => (control ? controlChangeDates(control.towns, control.zones) : []), [control]);
  const areaSteps = useMemo(() => {
    if (!control) return [];
    const dates = ['2015-01-01', ...changeDates];
    return areaStepsAt(control.towns, control.zones, control.areas, dates).map((a, i) => ({ date: dates[i]!, areas: a.all, unsure: a.unsure }));
  }, [control, changeDates]);
  const chartFactions = useMemo(() => FACTION_IDS.map((id) => ({ id, label: FACTIONS[id].label, color: FACTIONS[id].color })), []);
  // The date is read only inside <AtDate>, so that a step of the slider redraws what shows the date and
  // leaves the rest of the page alone (see date-store.tsx).
  const placeStatus = place ? <AtDate>{(date) => statusSentence(date, place, control)}</AtDate> : null;
  const events = useMemo(() => data?.events ?? [], [data]);
  const eventIndex = state.event ? events.findIndex((e) => e.id === state.event) : -1;
  const event = eventIndex >= 0 ? events[eventIndex]! : null;
  // In date order (the file's order is not checked): the ticks' arrow keys and the panel's Earlier and Later
  // follow it.
  const sliderEvents = useMemo(() => events.map((e) => ({ id: e.id, date: e.date, title: e.title })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), [events]);
  const eventPosition = event ? sliderEvents.findIndex((e) => e.id === event.id) : -1;
  const selectEvent = useCallback((id: string) => {
    const e = events.find((x) => x.id === id);
    if (e) update({ event: id, date: e.date, place: null }, 'push');
  }, [events, update]);
  // The header's menus (Map options, Share) close on Escape, which returns the focus to their summary, and on a
  // press anywhere outside them, as menus do.
  useEffect(() => {
    const open = () => [...document.querySelectorAll<HTMLDetailsElement>('details.tools[open]')];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      for (const menu of open()) shutMenu(menu, menu.contains(document.activeElement));
    };
    const onDown = (e: PointerEvent) => { for (const menu of open()) if (!menu.contains(e.target as Node)) shutMenu(menu, false); };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('pointerdown', onDown); };
  }, []);
  // A link to an event without a date opens at the event's date, as a link to a chapter opens at the chapter's
  // (the events arrive with the data, so this is done once they have).
  const eventDateDone = useRef(false);
  useEffect(() => {
    if (eventDateDone.current || !data) return;
    eventDateDone.current = true;
    const e = state.event ? data.events.find((x) => x.id === state.event) : undefined;
    if (e && !usesValue(new URLSearchParams(window.location.search), 'date')) update({ date: e.date }, 'replace');
  }, [data, state.event, update]);
  const selectEventAt = useCallback((i: number) => { if (events[i]) selectEvent(events[i].id); }, [events, selectEvent]);
  const textFilter = data && state.text && data.sources.has(state.text) ? data.sources.get(state.text)! : null;
  const visibleIds = useMemo(() => (data && textFilter ? placesNamedIn(textFilter.id, data.places.values(), data.mentionCounts, data.passagesByPlace) : null), [data, textFilter]);
  const setText = useCallback((text: string | null) => update({ text }), [update]);
  const setLayers = useCallback((layers: AppState['layers']) => update({ layers }), [update]);
  const toggleFaction = useCallback((id: string) => {
    const f = FACTION_IDS.find((x) => x === id);
    if (f) update({ hide: state.hide.includes(f) ? state.hide.filter((x) => x !== f) : FACTION_IDS.filter((x) => x === f || state.hide.includes(x)) });
  }, [update, state.hide]);
  const hiddenFactions = useMemo(() => new Set<string>(state.hide), [state.hide]);
  // The list and the reader share the right side: a link that asks for both gets the reader.
  const listOpen = state.list && !!data && !state.embed && !readerOpen;
  // On a phone a sheet covers the foot of the page, and what it covers leaves the Tab order (inert). Sideways, a
  // sheet takes one side: the footer then sits beside it, whole and usable, unless sheets take both sides.
  const leftSheet = !!data && (!!story || ((!!place || !!event) && !listOpen));
  const rightSheet = !!data && (listOpen || readerOpen);
  const footerCovered = sheets === 'bottom' ? !!data && (!!place || !!event || readerOpen || !!story)
    : sheets === 'side' && leftSheet && rightSheet;
  const footerBeside = sheets === 'side' && leftSheet !== rightSheet ? (leftSheet ? 'left' : 'right') : null;
  const openList = useCallback(() => update({ list: true, read: null, passage: null }, 'push'), [update]);
  const openReaderTab = useCallback(() => update({ read: state.read ?? 'pierret-2017', passage: null, list: false }, 'push'), [update, state.read]);
  const placeNames = useMemo(() => (data ? [...data.places.values()].flatMap((p) => [p.name, ...p.aliases]) : null), [data]);

  return (
    <DateContext value={dates}>
    <div className={`app${state.embed ? ' app--embed' : ''}`}>
      {state.embed && <AtDate>{(date) => <EmbedBridge state={{ date, place: state.place, story: state.story, chapter: state.chapter }} onCommand={onHostCommand} />}</AtDate>}
      <header className="app-header">
        <h1>{state.embed ? t('appShortTitle') : <><span className="title-long">{t('appTitle')}</span><span className="title-short">{t('appShortTitle')}</span></>}</h1>
        {state.embed ? <span className="embed-date"><AtDate>{(date) => formatLongDate(date)}</AtDate></span> : <>
        <SearchBox places={data?.places ?? null} onSelect={selectPlace} events={events} onEvent={selectEvent} />
        <button type="button" className="btn wide-only" onClick={openList} aria-pressed={listOpen}>{t('openList')}</button>
        <button type="button" className="btn wide-only" onClick={openReaderTab} aria-pressed={readerOpen}>{t('openReader')}</button>
        <details className="tools">
          <summary>{t('tools')}</summary>
          <div className="tools-panel">
            <div className="phone-only tools-actions">
              <button type="button" className="btn" onClick={(e) => { closeMenu(e); openList(); }}>{t('openList')}</button>
              <button type="button" className="btn" onClick={(e) => { closeMenu(e); openReaderTab(); }}>{t('openReader')}</button>
              {!story && <button type="button" className="btn" onClick={(e) => { closeMenu(e); goStory(); }}>{t('openStory')}</button>}
              <button type="button" className="btn" onClick={(e) => { closeMenu(e); setEmbedFraming(currentFraming(mapRef.current)); setEmbedOpen(true); }}>{t('embedButton')}</button>
              {webgl && <button type="button" className="btn" onClick={(e) => { closeMenu(e); setExportOpen(true); }} disabled={!data}>{t('exportButton')}</button>}
            </div>
            <LayerToggles layers={state.layers} onChange={setLayers} />
            <div className="text-filter">
              <label htmlFor="tools-text-filter">{t('namedIn')}</label>
              <select id="tools-text-filter" value={textFilter?.id ?? ''} onChange={(e) => setText(e.target.value || null)} disabled={!data}>
                <option value="">{t('allTexts')}</option>
                {data && [...data.sources.values()].map((src) => <option key={src.id} value={src.id}>{src.shortLabel}</option>)}
              </select>
            </div>
            <label className="lang-switch">
              <input type="checkbox" checked={state.lang === 'ar'} onChange={(e) => update({ lang: e.target.checked ? 'ar' : 'en' })} />
              {t('arabicLabels')} <span lang="ar">(العربية)</span>
            </label>
          </div>
        </details>
        {!story && <button type="button" className="btn wide-only" onClick={() => goStory()}>{t('openStory')}</button>}
        <details className="tools wide-only">
          <summary>{t('share')}</summary>
          <div className="tools-panel tools-actions--wide">
            <button type="button" className="btn" onClick={(e) => { closeMenu(e); setEmbedFraming(currentFraming(mapRef.current)); setEmbedOpen(true); }}>{t('embedButton')}</button>
            {webgl && <button type="button" className="btn" onClick={(e) => { closeMenu(e); setExportOpen(true); }} disabled={!data}>{t('exportButton')}</button>}
          </div>
        </details>
        </>}
      </header>
      {embedOpen && <AtDate>{(date) => <EmbedDialog state={{ ...state, date }} onClose={() => setEmbedOpen(false)} framing={embedFraming} />}</AtDate>}
      <main className="app-main">
        {/* At the top of the map, under the header whatever its height (two rows on a phone). */}
        <Notices messages={notices} onDismiss={(i) => setDismissed((d) => new Set([...d, notices[i]!]))} />
        {geodata.status === 'error' && <p className="load-error" role="alert">{t('dataFailed', { reason: geodata.message })}</p>}
        {webgl && data && !state.embed && !listOpen && (
          <button type="button" className="skip-link" onClick={openList}>{t('mapAsText')}</button>
        )}
        {webgl ? (
          <MapView
            theme={lightTheme} lang={state.lang} onlineStyleUrl={state.basemap} bbox={state.bbox}
            overlay={overlay} cooperative={state.embed} onNotice={addNotice} label={t('mapLabel')} ready={!!data} mapRef={mapRef} onNoWebGL={noWebGL}
          >
            <MapState layers={state.layers} />
            <AtDate>{(date) => <>
              {control && <ControlOnMap towns={control.towns} zones={control.zones} date={date} hidden={state.hide} />}
              <RoutesOnMap segmentEnds={data?.routeSegmentEnds ?? []} date={date} highlighted={chapter?.highlight.routes ?? []} />
              <EventsOnMap events={events} date={date} selectedIndex={eventIndex >= 0 ? eventIndex : null} onSelect={selectEventAt}
                pointOf={(e) => e.coord ?? (e.place ? data?.places.get(e.place)?.center : undefined)} reducedMotion={reducedMotion} />
            </>}</AtDate>
            {/* Where panels are sheets, one over an area's point would hide the popup: a tap in an area opens the popup,
                which offers the area's panel (as it does, everywhere, to Enter on the map). */}
            {control && data && <PointPopup control={control} passages={data.passages} sources={data.sources}
              areaLinks={{ names: (id) => data.places.get(id)?.name, onSelect: selectPlace }} areaClicks={sheets === null} />}
            {chapter && <ChapterCamera chapter={chapter} reducedMotion={reducedMotion} />}
            {exportOpen && data && <AtDate>{(date) => {
              const now = { ...state, date };
              return <ExportDialog state={now} data={data} visibleIds={visibleIds} onClose={() => setExportOpen(false)} url={fullViewerUrl(viewerBase(), now)} />;
            }}</AtDate>}
            <PlacesOnMap
              selected={place?.id ?? null} visibleIds={visibleIds} onSelect={selectPlace} names={placeNames}
              centerOf={(id) => data?.places.get(id)?.center} reducedMotion={reducedMotion} areaClicks={sheets === null}
              onHover={readerOpen ? setHovered : undefined}
            />
          </MapView>
        ) : (
          <div className="no-webgl">
            <p role="alert">{t('noWebGL')}</p>
            {data ? <PlaceDirectory data={data} /> : <p role="status">{t('loadingData')}</p>}
          </div>
        )}
        {listOpen && data && <AtDate>{(date) => (
          <PlaceList
            data={data} date={date} text={textFilter?.id ?? null} onText={setText}
            selected={place?.id ?? null} onSelect={selectPlace} onClose={() => update({ list: false }, 'push')}
          />
        )}</AtDate>}
        {story && chapter && data && (
          <StoryPanel
            story={story} chapterId={chapter.id} passages={data.passages} places={data.places} sources={data.sources}
            onChapter={goChapter} onExit={() => update({ story: null, chapter: null }, 'push')} onPlace={selectPlace} onRead={readPassage}
          />
        )}
        {event && data && !place && (
          <EventPanel
            event={event} passage={'passage' in event.source ? data.passages.get(event.source.passage) : undefined}
            source={'passage' in event.source ? data.sources.get(data.passages.get(event.source.passage)?.source ?? '') : undefined}
            placeName={event.place ? data.places.get(event.place)?.name : undefined}
            onPlace={event.place ? () => update({ place: event.place!, event: null }, 'push') : undefined}
            onClose={() => update({ event: null }, 'push')}
            earlier={sliderEvents[eventPosition - 1]} later={eventPosition >= 0 ? sliderEvents[eventPosition + 1] : undefined} onEvent={selectEvent} onRead={readPassage}
          />
        )}
        {place && data && (
          <PlacePanel
            place={place} passages={data.passagesByPlace.get(place.id) ?? []} sources={data.sources} status={placeStatus}
            statusSource={<AtDate>{(date) => (
              <ControlSource value={statusSource(date, place, control)} passages={data.passages} sources={data.sources}
                quotedHere={new Set((data.passagesByPlace.get(place.id) ?? []).map((p) => p.id))} />
            )}</AtDate>}
            onClose={() => selectPlace(null)}
            onRead={readPassage}
          />
        )}
        {readerOpen && data && state.read && (
          <Suspense fallback={<p className="reader" role="status">{t('loadingText')}</p>}>
            <Reader
              data={data} source={state.read} passage={state.passage} hoveredPlace={hovered} selectedPlace={place?.id ?? null}
              onSource={(id) => update({ read: id, passage: null })} onPlace={selectPlace} onClose={() => update({ read: null, passage: null }, 'push')}
            />
          </Suspense>
        )}
      </main>
      {/* On a phone a panel opens as a sheet over the foot of the page: what it hides leaves the Tab order too. */}
      <footer className={`app-footer${footerBeside ? ` app-footer--beside-${footerBeside}` : ''}`} inert={footerCovered}>
        <div className="status-row">
          {/* Without a place the line says what it is for, and stays still while the slider moves: the slider's
              own output already shows (and announces) the date. */}
          <p className={placeStatus ? 'status-line' : 'status-line status-line--hint'} aria-live="polite">{placeStatus ?? t('statusHint')}</p>
          {textFilter && visibleIds && !state.embed && (
            <p className="filter-chip" role="status">
              {t('textFilterOn', { count: visibleIds.length, text: textFilter.shortLabel })}{' '}
              {/* The chip goes with the filter: the focus goes to the map, not to the page. */}
              <button type="button" className="btn" onClick={(e) => { if (e.currentTarget === document.activeElement) focusReturnTarget(null)?.focus(); setText(null); }}>{t('showAllPlaces')}</button>
            </p>
          )}
        </div>
        <AtDate>{(date) => <>
          <DateSlider date={date} onChange={setDate} changeDates={changeDates} events={sliderEvents} onEvent={selectEvent} reducedMotion={reducedMotion} />
          {control && <AreaChart steps={areaSteps} factions={chartFactions} date={date} hidden={hiddenFactions} />}
          {/* The chart's room is kept while the data loads: had it arrived with the data, it took 42 px from the map,
              which refitted its opening view a zoom level out and parsed every tile of every source a second time. */}
          {geodata.status === 'loading' && <div className="area-chart area-chart--pending" aria-hidden="true" />}
        </>}</AtDate>
        <Legend factions={chartFactions} hidden={hiddenFactions} onToggle={state.embed ? undefined : toggleFaction} />
        {state.embed && (
          <div className="embed-footer">
            <span>{ATTRIBUTION}.<span className="embed-footer-more"> {t('embedFooter')}</span></span>
            <AtDate>{(date) => <a href={fullViewerUrl(viewerBase(), { ...state, date })} target="_blank" rel="noopener">{t('openFullViewer')} ↗</a>}</AtDate>
          </div>
        )}
      </footer>
    </div>
    </DateContext>
  );
}
