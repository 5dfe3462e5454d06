import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Passage, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { formatDateRef } from '../places/format.ts';
import { PassageQuote } from '../places/passage-quote.tsx';
import type { EventRecord } from './events-schema.ts';

interface Props {
  event: EventRecord;
  passage: Passage | undefined;
  source: SourceMeta | undefined;
  placeName: string | undefined;
  onPlace?(): void;
  onClose(): void;
}

/** One event: what happened, when, and the passage or public record it rests on. */
export function EventPanel({ event, passage, source, placeName, onPlace, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [event.id]);
  const onKeyDown = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } };
  const when = formatDateRef(event.to ? { from: event.date, to: event.to } : event.date);
  return (
    <section className="place-panel event-panel" role="dialog" aria-labelledby="event-title" onKeyDown={onKeyDown}>
      <div className="place-panel-head">
        <h2 id="event-title" ref={heading} tabIndex={-1}>{event.title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('closeEvent')}>×</button>
      </div>
      <p className="place-kind">{when}{event.dateUncertain ? ` (${t('dateApproximate')})` : ''} · {t(`event_${event.kind}`)}</p>
      <p>{event.description}</p>
      {placeName && onPlace && <p><button type="button" className="btn" onClick={onPlace}>{t('showPlace', { name: placeName })}</button></p>}
      {passage ? <PassageQuote passage={passage} source={source} names={[]} />
        : 'record' in event.source && <p className="place-location">{t('eventSource')}: {event.source.record}, {event.source.date}: {event.source.about}.</p>}
    </section>
  );
}
