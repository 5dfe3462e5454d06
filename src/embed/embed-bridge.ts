import { useEffect, useRef } from 'react';
import { useLatest } from '../state/use-latest.ts';
import { FIRST_DAY, LAST_DAY } from '../state/dates.ts';
import { parseHostMessage, type EmbedMessage, type EmbedState, type HostMessage } from './messages.ts';

/**
 * The origin the embed talks to: its host page's, from the referrer. With no referrer (a strict referrer
 * policy), only messages from the parent window itself are accepted, and replies go to any origin (they
 * carry nothing but the public view state).
 */
export function hostOrigin(referrer: string): string | null {
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Inside an iframe: posts the page's height whenever it changes and the view state whenever it changes,
 * and applies the host's commands. Messages from any window but the parent, from another origin than the
 * host's, or of the wrong shape are ignored. A component, rendered by the App inside `AtDate` in an embed
 * only, so that each change of date posts the new state without re-rendering the App.
 */
export function EmbedBridge({ state, onCommand }: { state: EmbedState; onCommand: (m: HostMessage) => void }) {
  const command = useLatest(onCommand);
  const parent = typeof window !== 'undefined' && window.parent !== window ? window.parent : null;
  const origin = hostOrigin(document.referrer);

  useEffect(() => {
    if (!parent) return;
    const post = (m: EmbedMessage) => parent.postMessage(m, origin ?? '*');
    const onMessage = (e: MessageEvent) => {
      if (e.source !== parent || (origin && e.origin !== origin)) return;
      const m = parseHostMessage(e.data);
      // The host sizes the frame to the page: the page takes its content's height instead of filling the frame.
      if (m?.type === 'syria-map:sizing') document.documentElement.classList.add('embed-sized');
      else if (m) command.current(m);
      // A command of ours that cannot be used: say so to the host page's developer, in the console only.
      else if (typeof (e.data as { type?: unknown } | null)?.type === 'string' && (e.data as { type: string }).type.startsWith('syria-map:')) {
        console.warn(`syria-map: message ignored (wrong shape, or a date outside ${FIRST_DAY} to ${LAST_DAY}):`, e.data);
      }
    };
    window.addEventListener('message', onMessage);
    let last = 0;
    const observer = new ResizeObserver(() => {
      const h = Math.ceil(document.documentElement.scrollHeight);
      if (h !== last) {
        last = h;
        post({ type: 'syria-map:height', height: h });
      }
    });
    observer.observe(document.body);
    return () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
    };
  }, [parent, origin, command]);

  const { date, place, story, chapter } = state;
  const first = useRef(true);
  useEffect(() => {
    if (!parent) return;
    const s = { date, place, story, chapter };
    parent.postMessage({ type: first.current ? 'syria-map:ready' : 'syria-map:state', state: s } satisfies EmbedMessage, origin ?? '*');
    first.current = false;
  }, [parent, origin, date, place, story, chapter]);
  return null;
}
