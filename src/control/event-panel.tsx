import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Passage, SourceMeta } from '../data/types.ts';
import { formatLongDate } from '../state/dates.ts';
import type { SliderEvent } from '../timeline/date-slider.tsx';
import { t } from '../i18n/strings.ts';
import { formatDateRef } from '../places/format.ts';
import { PassageQuote } from '../places/passage-quote.tsx';
import { mayMoveFocus, useFocusReturn } from '../app/use-focus-return.ts';
import type { EventRecord } from './events-schema.ts';
import { RecordSource } from './control-source.tsx';

interface Props {
  event: EventRecord;
  passage: Passage | undefined;
  source: SourceMeta | undefined;
  placeName: string | undefined;
  onPlace?(): void;
  onClose(): void;
  /** The events before and after this one in date order, if any: the panel steps to them. */
  earlier?: SliderEvent;
  later?: SliderEvent;
  onEvent(id: string): void;
  /** Opens the reader at the event's passage ("Read in context"), keeping the event. */
  onRead?(passage: Passage): void;
}

/** One event: what happened, when, and the passage or public record it rests on. */
export function EventPanel({ event, passage, source, placeName, onPlace, onClose, earlier, later, onEvent, onRead }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const steps = useRef<HTMLElement>(null);
  useFocusReturn();
  // A new event takes the focus to its title, unless it was reached by Earlier or Later: the focus stays on
  // that button, so that it can be pressed again (unless it has just become disabled, at either end).
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && !active.disabled && steps.current?.contains(active)) return;
    if (mayMoveFocus()) heading.current?.focus();
  }, [event.id]);
  const onKeyDown = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } };
  const when = formatDateRef(event.to ? { from: event.date, to: event.to } : event.date);
  return (
    <section className="place-panel event-panel" role="dialog" aria-labelledby="event-title" onKeyDown={onKeyDown}>
      <div className="place-panel-head">
        <h2 id="event-title" ref={heading} tabIndex={-1}>{event.title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('closeEvent')}>×</button>
      </div>
      <p className="place-kind">{when}{event.dateUncertain ? ` (${t('dateApproximate')})` : ''} · {t(`event_${event.kind}`)}</p>
      <nav className="event-steps" ref={steps} aria-label={t('eventSteps')}>
        <button type="button" className="btn" disabled={!earlier} onClick={() => earlier && onEvent(earlier.id)} title={earlier && `${formatLongDate(earlier.date)}: ${earlier.title}`}>
          ‹ {t('earlierEvent')}
        </button>
        <button type="button" className="btn" disabled={!later} onClick={() => later && onEvent(later.id)} title={later && `${formatLongDate(later.date)}: ${later.title}`}>
          {t('laterEvent')} ›
        </button>
      </nav>
      <p>{event.description}</p>
      {placeName && onPlace && <p><button type="button" className="btn" onClick={onPlace}>{t('showPlace', { name: placeName })}</button></p>}
      {passage ? <PassageQuote passage={passage} source={source} names={[]} onRead={onRead} />
        : 'record' in event.source && <p className="place-location">{t('eventSource')}: <RecordSource source={event.source} /></p>}
    </section>
  );
}
