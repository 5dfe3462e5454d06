import { useEffect } from 'react';

/**
 * Whether the map may move the focus: always on its own page; in an embed only while its frame has the focus,
 * since a guest must never take the host page's focus (nor scroll the host to itself by taking it).
 */
export function mayMoveFocus(): boolean {
  return !document.documentElement.classList.contains('embed') || document.hasFocus();
}

/**
 * Where the focus goes back to when a panel or dialog closes: the control that opened it if it is still on the
 * page, enabled and shown; the summary of a menu that has closed over it; otherwise the map.
 */
export function focusReturnTarget(opener: Element | null): HTMLElement | null {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
    const menu = opener.closest('details');
    if (menu && !menu.open && opener.tagName !== 'SUMMARY') return menu.querySelector('summary');
    if (!(opener as HTMLButtonElement).disabled && opener.getClientRects().length > 0) return opener;
  }
  return document.querySelector<HTMLElement>('.maplibregl-canvas');
}

/**
 * The element that last took the focus. A panel can open after the control that opened it has lost the focus to
 * the page: the reader loading over the story hides the story's "Read in context" link it was opened from.
 */
let lastFocused: Element | null = null;
if (typeof document !== 'undefined') document.addEventListener('focusin', (e) => { lastFocused = e.target instanceof Element ? e.target : null; }, true);

/**
 * Remembers the focused element when a panel opens and, when it closes, returns the focus there (see
 * `focusReturnTarget`), unless the reader has already put the focus somewhere else: only a focus lost to the
 * page's body, as it is when the focused element inside the panel is removed, is returned.
 */
export function useFocusReturn(): void {
  useEffect(() => {
    const active = document.activeElement;
    const opener = active && active !== document.body ? active : lastFocused;
    return () => {
      const now = document.activeElement;
      if ((now && now !== document.body) || !mayMoveFocus()) return;
      focusReturnTarget(opener)?.focus();
    };
  }, []);
}
