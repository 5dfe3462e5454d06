import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';

/**
 * ArrowLeft and ArrowRight walk a story when the focus is in the story's panel, or on the page itself while no
 * other panel is open: not in a field, on the map or the slider, nor in or beside anything that covers or sits
 * beside the story (a dialog, the list of places, the reader, a place's or an event's panel), where a chapter
 * changed unseen underneath.
 */
export function useStoryKeys(enabled: boolean, onPrev: () => void, onNext: () => void) {
  const handlers = useLatest({ onPrev, onNext });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement | null)?.isContentEditable) return;
      if (el && el !== document.body && !el.closest('.story-panel')) return;
      if (document.querySelector('dialog[open]')) return;
      // With the focus on the page (after a click on plain text), only while nothing else is open beside the story.
      if ((!el || el === document.body) && document.querySelector('.reader, .place-list, .place-panel')) return;
      if (e.key === 'ArrowRight') { e.preventDefault(); handlers.current.onNext(); }
      else if (e.key === 'ArrowLeft') { e.preventDefault(); handlers.current.onPrev(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, handlers]);
}
