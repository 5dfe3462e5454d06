import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { FIRST_DAY, LAST_DAY, dayNumber, formatLongDate, isoFromDay } from '../state/dates.ts';
import { t } from '../i18n/strings.ts';
import { adjacentDate, dateForKey, nearestTick } from './slider-keys.ts';
import { PLAY_SPEEDS, usePlay, type PlaySpeed } from './use-play.ts';

export interface SliderEvent { id: string; date: string; title: string }

interface Props {
  date: string;
  onChange(date: string): void;
  /** Dates on which control changed somewhere (sorted, unique). */
  changeDates: readonly string[];
  /** In date order: the arrow keys move along the ticks in this order. */
  events: readonly SliderEvent[];
  /** An event's tick was clicked: the handler moves to the event's date too, in the same history entry (a
   * separate date change first would overwrite the entry Back returns to). */
  onEvent(id: string): void;
  reducedMotion: boolean;
}

const MIN = dayNumber(FIRST_DAY);
const MAX = dayNumber(LAST_DAY);
const pct = (iso: string) => ((dayNumber(iso) - MIN) / (MAX - MIN)) * 100;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
/** How far (CSS pixels) from a tick's centre a click or tap on the strip of event ticks still opens it. */
const TICK_REACH = 12;

/** The date slider: day by day from 2015-01-01 to 2024-12-08, with ticks for every change and event. */
export function DateSlider({ date, onChange, changeDates, events, onEvent, reducedMotion }: Props) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaySpeed>('normal');
  const stop = useCallback(() => setPlaying(false), []);
  usePlay(playing, speed, reducedMotion, date, onChange, stop);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = dateForKey(e.key, date);
    if (next === null) return;
    e.preventDefault();
    onChange(next);
  };
  const prev = adjacentDate(changeDates, date, -1);
  const next = adjacentDate(changeDates, date, 1);
  // The ticks change with the data, not the date: built once, not on every step of the slider. Their
  // containers are memoised too, so that React skips each list whole instead of visiting every tick.
  const changeTicks = useMemo(() => (
    <div className="ticks" aria-hidden="true">
      {changeDates.map((d) => <span key={d} className="tick tick--change" style={{ left: `${pct(d)}%` }} />)}
    </div>
  ), [changeDates]);
  // The event ticks are one stop of the Tab order (a toolbar with a roving tabindex), not one per event: the
  // arrow keys, Home and End move between them, Enter or Space opens one.
  const [activeTick, setActiveTick] = useState(0);
  const ticksRef = useRef<HTMLDivElement>(null);
  const eventTicks = useMemo(() => {
    const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      const last = events.length - 1;
      const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(last, activeTick + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(0, activeTick - 1)
          : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
      if (to === null) return;
      e.preventDefault();
      setActiveTick(to);
      (ticksRef.current?.children[to] as HTMLElement | undefined)?.focus();
    };
    // A click or tap anywhere on the strip (which is taller than the ticks) opens the tick nearest to it: the
    // ticks are 9 px and overlap where events are days apart, too small to aim at with a finger. Enter or
    // Space on a focused tick (a click of detail 0) opens that tick.
    const onClick = (e: MouseEvent<HTMLDivElement>) => {
      const buttons = [...(ticksRef.current?.children ?? [])] as HTMLElement[];
      const own = buttons.indexOf((e.target as HTMLElement).closest('button') as HTMLElement);
      const centres = buttons.map((b) => { const r = b.getBoundingClientRect(); return r.left + r.width / 2; });
      const i = e.detail === 0 ? (own >= 0 ? own : null) : nearestTick(centres, e.clientX, TICK_REACH, own);
      if (i === null || !events[i]) return;
      setActiveTick(i);
      onEvent(events[i].id);
    };
    return (
      <div className="event-ticks" role="toolbar" aria-label={t('eventTicks')} ref={ticksRef} onKeyDown={onKeyDown} onClick={onClick}>
        {events.map((ev, i) => (
          <button
            key={ev.id} type="button" className="tick tick--event" style={{ left: `${pct(ev.date)}%` }}
            tabIndex={i === Math.min(activeTick, events.length - 1) ? 0 : -1} onFocus={() => setActiveTick(i)}
            aria-label={`${formatLongDate(ev.date)}: ${ev.title}`} title={`${formatLongDate(ev.date)}: ${ev.title}`}
          />
        ))}
      </div>
    );
  }, [events, onEvent, activeTick]);

  return (
    <div className="slider">
      <div className="slider-controls">
        {/* At the last day, Play starts again from the first. */}
        <button type="button" className="btn" onClick={() => { if (!playing && date === LAST_DAY) onChange(FIRST_DAY); setPlaying((p) => !p); }} aria-pressed={playing}>
          {playing ? t('pause') : t('play')}
        </button>
        <label className="speed">
          <span className="visually-hidden">{t('speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(e.target.value as PlaySpeed)}>
            {(Object.keys(PLAY_SPEEDS) as PlaySpeed[]).map((s) => (
              <option key={s} value={s}>{t(`speed_${s}`)}</option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" disabled={!prev} onClick={() => prev && onChange(prev)} title={prev ? formatLongDate(prev) : undefined} aria-label={t('previousChange')}>
          ‹ <span className="label-long">{t('previousChange')}</span><span className="label-short">{t('previous')}</span>
        </button>
        <output className="slider-date" htmlFor="date-slider">{formatLongDate(date)}</output>
        <button type="button" className="btn" disabled={!next} onClick={() => next && onChange(next)} title={next ? formatLongDate(next) : undefined} aria-label={t('nextChange')}>
          <span className="label-long">{t('nextChange')}</span><span className="label-short">{t('next')}</span> ›
        </button>
      </div>
      <div className="slider-track">
        <input
          id="date-slider" type="range" min={MIN} max={MAX} step={1} value={dayNumber(date)}
          aria-label={t('date')} aria-valuetext={formatLongDate(date)}
          onChange={(e) => onChange(isoFromDay(Number(e.target.value)))} onKeyDown={onKeyDown}
        />
        {changeTicks}
        {eventTicks}
        <div className="years" aria-hidden="true">
          {YEARS.map((y) => <span key={y} style={{ left: `${pct(`${y}-01-01`)}%` }}>{y}</span>)}
        </div>
      </div>
    </div>
  );
}
