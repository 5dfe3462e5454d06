import { useCallback, useEffect, useState } from 'react';
import { parseUrl, serializeUrl, type AppState } from './url-schema.ts';

export type HistoryMode = 'push' | 'replace';

/**
 * The app state, read from and written to the URL. `complete` fills what a link implies but does not say
 * (a story chapter's date when the link gives none). Dragging the slider replaces the history entry;
 * choosing a place or a chapter pushes one, so Back returns to the previous choice.
 */
export function useUrlState(complete?: (state: AppState, params: URLSearchParams) => AppState): [AppState, (patch: Partial<AppState>, mode?: HistoryMode) => void, string[]] {
  const [{ state, notices }, setParsed] = useState(() => readUrl(complete));

  useEffect(() => {
    const onPop = () => setParsed(readUrl(complete));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [complete]);

  const update = useCallback((patch: Partial<AppState>, mode: HistoryMode = 'replace') => {
    setParsed((prev) => {
      const next = { ...prev.state, ...patch };
      const query = serializeUrl(next);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      try {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      } catch {
        // A sandboxed iframe may refuse history changes: the state still changes, only the URL does not.
      }
      return { state: next, notices: prev.notices };
    });
  }, []);

  return [state, update, notices];
}

function readUrl(complete?: (state: AppState, params: URLSearchParams) => AppState) {
  const r = parseUrl(window.location.search);
  return complete ? { ...r, state: complete(r.state, new URLSearchParams(window.location.search)) } : r;
}
