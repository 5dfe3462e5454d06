import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';

/** ArrowLeft and ArrowRight walk a story, unless focus is in a field or on the date slider. */
export function useStoryKeys(enabled: boolean, onPrev: () => void, onNext: () => void) {
  const handlers = useLatest({ onPrev, onNext });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement | null)?.isContentEditable) return;
      if (el?.closest('.maplibregl-canvas-container')) return;
      if (e.key === 'ArrowRight') { e.preventDefault(); handlers.current.onNext(); }
      else if (e.key === 'ArrowLeft') { e.preventDefault(); handlers.current.onPrev(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, handlers]);
}
