/** Push a new history entry (a choice Back should undo) or replace the current one (a date being dragged). */
export type HistoryMode = 'push' | 'replace';

/** The part of `window.history` the writer uses (a test passes a recorder). */
export interface HistoryLike {
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}

export interface UrlWriter {
  /** Pushes now; replaces once the URL has stopped changing for `quiet` ms. */
  write(url: string, mode: HistoryMode): void;
  /** Writes a replacement still waiting for its turn. */
  flush(): void;
  /** Forgets a waiting replacement (Back or Forward has moved to another entry, which it must not overwrite). */
  cancel(): void;
}

/** The timers the writer uses (a test passes ones it moves by hand). */
export interface Timers {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}
const realTimers: Timers = {
  setTimeout: (f, ms) => setTimeout(f, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Writes the app's URL to history. Replacements wait until the URL stops changing: Chromium spends
 * 1–3 ms of the page's and the browser's time on each `replaceState` (and a frame drawn meanwhile can
 * slow down), and throttles a page that calls it more than 200 times in 10 seconds, which a dragged or
 * playing slider would. A drag or a replay gives one write when it stops; leaving the page writes what is
 * waiting. A push first writes any waiting replacement, so that Back returns to what was on screen
 * before it.
 */
export function urlWriter(history: HistoryLike, quiet = 250, timers: Timers = realTimers): UrlWriter {
  let pending: string | null = null;
  let timer: unknown = null;
  const attempt = (f: () => void) => {
    try {
      f();
    } catch {
      // A sandboxed iframe may refuse history changes: the state still changes, only the URL does not.
    }
  };
  const cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const flush = () => {
    const url = pending;
    cancel();
    if (url !== null) attempt(() => history.replaceState(null, '', url));
  };
  return {
    write(url, mode) {
      if (mode === 'push') {
        flush();
        attempt(() => history.pushState(null, '', url));
        return;
      }
      pending = url;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(flush, quiet);
    },
    flush,
    cancel,
  };
}
