import { useSyncExternalStore } from 'react';

// One query list per query for the page: React reads the snapshot on every render, and `matchMedia` costs a style lookup each time.
const lists = new Map<string, MediaQueryList>();
const mq = (query: string) => {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
};

/** Whether a media query matches now (re-rendering when it changes); false outside a browser. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      mq(query).addEventListener('change', cb);
      return () => mq(query).removeEventListener('change', cb);
    },
    () => mq(query).matches,
    () => false,
  );
}

/** Whether the reader asked for reduced motion (the camera then jumps, and play steps instead of gliding). */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}

/** The phone layout of styles.css (`max-width: 640px`), where panels open as sheets over the foot of the page. */
export function usePhoneLayout(): boolean {
  return useMediaQuery('(max-width: 640px)');
}
