import { useEffect, useRef, useState } from 'react';
import type { AppState } from '../state/url-schema.ts';
import { t } from '../i18n/strings.ts';
import { embedSnippet, viewerBase } from './snippet.ts';
import { useFocusReturn } from '../app/use-focus-return.ts';
import { cameraMoved } from '../map/map-view.tsx';
import type { Map as MlMap } from 'maplibre-gl';
import type { Bbox } from '../state/url-schema.ts';

/**
 * What the map shows now, to three decimals (some 100 m), for the embed to frame the same; null until its camera
 * has been moved from its opening view (that view, the link's bbox or Syria, is framed anew at the embed's size:
 * the author's wide bounds would zoom a narrower frame out). Read when the dialog is asked for.
 */
export function currentFraming(map: MlMap | null): Bbox | null {
  if (!map || !cameraMoved.has(map)) return null;
  const b = map.getBounds();
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return [r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())];
}

interface Props {
  state: AppState;
  onClose(): void;
  /** The map's framing when the dialog was asked for (`currentFraming`), or null to keep the view's own. */
  framing?: Bbox | null;
}

/** "Embed this view": the snippet for the current state, with a copy button. A modal dialog. */
export function EmbedDialog({ state, onClose, framing = null }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [withScript, setWithScript] = useState(true);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  // The map's framing, unless a story chapter or an event frames the view itself.
  const framed = framing && !state.story && !state.event ? { ...state, bbox: framing } : state;
  const s = embedSnippet({ base: viewerBase(), state: framed, title: t('embedTitle') });
  const code = [s.iframe, withScript ? s.script : null, s.fallback].filter(Boolean).join('\n');

  useFocusReturn();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={onClose} onCancel={onClose}>
      <h2 id="embed-title">{t('embedDialogTitle')}</h2>
      <p>{t('embedDialogHelp')}</p>
      <label className="embed-option">
        <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.target.checked)} />
        {t('embedAutoHeight')}
      </label>
      <label htmlFor="embed-code" className="visually-hidden">{t('embedCode')}</label>
      <textarea id="embed-code" readOnly value={code} rows={8} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-actions">
        <button type="button" className="btn" onClick={() => void copy()}>{t('copy')}</button>
        <span role="status">{copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}</span>
        <button type="button" className="btn" onClick={onClose}>{t('close')}</button>
      </div>
    </dialog>
  );
}
