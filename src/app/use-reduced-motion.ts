import { useSyncExternalStore } from 'react';

// One query list for the page: React reads the snapshot on every render, and `matchMedia` costs a style lookup each time.
let list: MediaQueryList | null = null;
const mq = () => (list ??= window.matchMedia('(prefers-reduced-motion: reduce)'));
const subscribe = (cb: () => void) => {
  mq().addEventListener('change', cb);
  return () => mq().removeEventListener('change', cb);
};

/** Whether the reader asked for reduced motion (the camera then jumps, and play steps instead of gliding). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => mq().matches, () => false);
}
