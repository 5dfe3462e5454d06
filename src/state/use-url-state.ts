import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseUrl, serializeUrl, type AppState } from './url-schema.ts';
import { urlWriter, type HistoryMode } from './url-writer.ts';
import { dateStore, type DateStore } from './date-store.tsx';

export type { HistoryMode };

/** The URL state but its date, which lives in a `DateStore` (see date-store.tsx). */
export type ViewState = Omit<AppState, 'date'>;

export interface UrlState {
  /** Everything but the date; a new object only when something in it changes. */
  state: ViewState;
  /** The date: read it with `useDate` or `AtDate`, so that only what shows it draws again. */
  dates: DateStore;
  /** Changes the state and writes the URL; a patch of the date alone re-renders only the date's readers. */
  update(patch: Partial<AppState>, mode?: HistoryMode): void;
  /** The whole state as it is now, date included, for event handlers (a link opened, a message posted). */
  current(): AppState;
  notices: string[];
}

/**
 * The app state, read from and written to the URL. `complete` fills what a link implies but does not say
 * (a story chapter's date when the link gives none). Dragging the slider replaces the history entry once
 * the date stops moving (see url-writer.ts); choosing a place or a chapter pushes one, so Back returns to
 * the previous choice.
 */
export function useUrlState(complete?: (state: AppState, params: URLSearchParams) => AppState): UrlState {
  const [parsed, setParsed] = useState(() => readUrl(complete));
  // The state as last set, for the next patch: `update` works outside React's render (no side effect in an updater).
  const latest = useRef(parsed);
  const [writer] = useState(() => urlWriter(window.history));
  const [dates] = useState(() => dateStore(parsed.state.date));

  useEffect(() => {
    const onPop = () => {
      writer.cancel();
      latest.current = readUrl(complete);
      setParsed(latest.current);
      dates.set(latest.current.state.date);
    };
    // Leaving the page (a reload, a closed tab) writes what is on screen.
    const onHide = () => writer.flush();
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', onHide);
      writer.flush();
    };
  }, [complete, writer, dates]);

  const update = useCallback((patch: Partial<AppState>, mode: HistoryMode = 'replace') => {
    const state = { ...latest.current.state, ...patch };
    latest.current = { state, notices: latest.current.notices };
    // The date alone leaves the React state as it is (its `date` is then stale, and never read).
    if (Object.keys(patch).some((k) => k !== 'date')) setParsed(latest.current);
    dates.set(state.date);
    const query = serializeUrl(state);
    writer.write(`${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`, mode);
  }, [writer, dates]);
  const current = useCallback(() => latest.current.state, []);

  const state = useMemo(() => {
    const { date, ...rest } = parsed.state;
    return rest;
  }, [parsed.state]);
  return { state, dates, update, current, notices: parsed.notices };
}

function readUrl(complete?: (state: AppState, params: URLSearchParams) => AppState) {
  const r = parseUrl(window.location.search, window.location.hash);
  return complete ? { ...r, state: complete(r.state, new URLSearchParams(window.location.search)) } : r;
}
