import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrl, serializeUrl, type AppState } from './url-schema.ts';
import { urlWriter, type HistoryMode } from './url-writer.ts';

export type { HistoryMode };

/**
 * The app state, read from and written to the URL. `complete` fills what a link implies but does not say
 * (a story chapter's date when the link gives none). Dragging the slider replaces the history entry once
 * the date stops moving (see url-writer.ts); choosing a place or a chapter pushes one, so Back returns to
 * the previous choice.
 */
export function useUrlState(complete?: (state: AppState, params: URLSearchParams) => AppState): [AppState, (patch: Partial<AppState>, mode?: HistoryMode) => void, string[]] {
  const [parsed, setParsed] = useState(() => readUrl(complete));
  // The state as last set, for the next patch: `update` works outside React's render (no side effect in an updater).
  const latest = useRef(parsed);
  const [writer] = useState(() => urlWriter(window.history));

  useEffect(() => {
    const onPop = () => {
      writer.cancel();
      latest.current = readUrl(complete);
      setParsed(latest.current);
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
  }, [complete, writer]);

  const update = useCallback((patch: Partial<AppState>, mode: HistoryMode = 'replace') => {
    const state = { ...latest.current.state, ...patch };
    latest.current = { state, notices: latest.current.notices };
    setParsed(latest.current);
    const query = serializeUrl(state);
    writer.write(`${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`, mode);
  }, [writer]);

  return [parsed.state, update, parsed.notices];
}

function readUrl(complete?: (state: AppState, params: URLSearchParams) => AppState) {
  const r = parseUrl(window.location.search);
  return complete ? { ...r, state: complete(r.state, new URLSearchParams(window.location.search)) } : r;
}
