import { useEffect, useRef } from 'react';
import { t } from '../i18n/strings.ts';
import { focusReturnTarget } from './use-focus-return.ts';

interface Props {
  messages: string[];
  onDismiss(index: number): void;
}

/**
 * Visible, dismissible notices: ignored URL values, a failed online basemap, dropped records. The live region is
 * always there, so that a screen reader announces what appears in it. Dismissing one hands the focus to the
 * notice that takes its place (or the one before it), and to the map once none is left: never to the page.
 */
export function Notices({ messages, onDismiss }: Props) {
  const list = useRef<HTMLUListElement>(null);
  // The index whose button takes the focus once the dismissed notice has gone (null: nothing to do).
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const i = refocus.current;
    if (i === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(i, buttons.length - 1)] ?? focusReturnTarget(null))?.focus();
  }, [messages]);
  return (
    <div className="notices" role="status" aria-label={t('notices')}>
      {messages.length > 0 && (
        <ul ref={list}>
          {messages.map((m, i) => (
            <li key={`${i}-${m}`}>
              <span>{m}</span>
              <button
                type="button" aria-label={`${t('dismiss')}: ${m}`}
                onClick={(e) => { if (e.currentTarget === document.activeElement) refocus.current = i; onDismiss(i); }}
              >×</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
