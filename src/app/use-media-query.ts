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

/**
 * How panels open, by the layouts of styles.css: `side` outside an embed on a phone held sideways (under 560 px
 * tall, wider than tall), as sheets the full height under the header at one side; `bottom` on a phone
 * (`max-width: 640px`), as sheets over the foot of the page; null beside the map on a wider screen. A screen
 * both narrow and short (640×360, a phone held sideways; 1280×800 at 200 %) gets the side sheets, as styles.css,
 * whose sideways rules come after the phone's, draws them: taken for `bottom` there, the footer beside the sheet
 * was made inert, its left part under the sheet.
 */
export function useSheetLayout(embed = false): 'bottom' | 'side' | null {
  const narrow = useMediaQuery('(max-width: 640px)');
  const short = useMediaQuery('(max-height: 560px) and (min-aspect-ratio: 4/3)');
  return short && !embed ? 'side' : narrow ? 'bottom' : null;
}
