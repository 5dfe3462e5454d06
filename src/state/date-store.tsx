import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/**
 * The date on screen, kept apart from the rest of the URL state. It changes on every step of the slider
 * (a replay steps it several times a second), and only what shows the date should draw again: the
 * slider, the chart's marker, the map's feature-state, the status line. Held in the App's state, every
 * step re-rendered the whole page.
 */
export interface DateStore {
  get(): string;
  /** Sets the date and tells the subscribers; setting the same date again tells no one. */
  set(date: string): void;
  subscribe(listener: () => void): () => void;
}

export function dateStore(initial: string): DateStore {
  let date = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => date,
    set(next) {
      if (next === date) return;
      date = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

export const DateContext = createContext<DateStore | null>(null);

/** The date on screen; the calling component draws again whenever it changes. */
export function useDate(): string {
  const store = useContext(DateContext);
  if (!store) throw new Error('useDate needs a DateContext above it');
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Renders `children(date)` and draws it again on each change of date, leaving its parent alone: the App
 * wraps in one of these each part of the page that shows the date.
 */
export function AtDate({ children }: { children: (date: string) => ReactNode }) {
  return children(useDate());
}
