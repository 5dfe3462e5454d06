import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Passage, PlaceInfo, SourceMeta } from '../data/types.ts';
import { kindName, t } from '../i18n/strings.ts';
import { PassageQuote } from './passage-quote.tsx';
import { mayMoveFocus, useFocusReturn } from '../app/use-focus-return.ts';

interface Props {
  place: PlaceInfo;
  passages: readonly Passage[];
  sources: ReadonlyMap<string, SourceMeta>;
  onClose(): void;
  /** The line under the title: who held the place on the current date (the App passes an `AtDate`, which
   * redraws the line on a change of date without redrawing the panel). */
  status?: ReactNode;
  /** Under it, since when and on what source (an `AtDate` too). */
  statusSource?: ReactNode;
  onRead?(passage: Passage): void;
}

/**
 * What the texts say of a place: its names, its kind, then every passage that speaks of it, with its
 * source. A panel beside the map on a wide screen, a bottom sheet on a phone. Focus moves into it when it
 * opens and back where it was when it closes; Escape closes it.
 */
export function PlacePanel({ place, passages, sources, onClose, status, statusSource, onRead }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn();
  // Not from a host's page, when the panel is in an embed (see mayMoveFocus).
  useEffect(() => { if (mayMoveFocus()) heading.current?.focus(); }, [place.id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const names = [place.name, ...place.aliases];

  return (
    <section className="place-panel" role="dialog" aria-labelledby="place-title" onKeyDown={onKeyDown}>
      <div className="place-panel-head">
        <h2 id="place-title" ref={heading} tabIndex={-1}>
          {place.name} <span lang="ar" dir="rtl" className="name-ar">{place.nameAr}</span>
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('closePlace', { name: place.name })}>×</button>
      </div>
      <p className="place-kind">{kindName(place.kind)}</p>
      {status && <p className="place-status">{status}</p>}
      {statusSource}
      <h3 className="visually-hidden">{t('passages')}</h3>
      {passages.length === 0 ? (
        <p>{t('noPassages')}</p>
      ) : (
        <ol className="passages" aria-label={t('passagesAbout', { name: place.name, count: passages.length })}>
          {passages.map((p) => (
            <li key={p.id}><PassageQuote passage={p} source={sources.get(p.source)} names={names} onRead={onRead} /></li>
          ))}
        </ol>
      )}
      <p className="place-location">{place.locationNote}</p>
    </section>
  );
}
