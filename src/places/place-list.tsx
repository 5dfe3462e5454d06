import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Geodata } from '../data/load.ts';
import { kindName, t } from '../i18n/strings.ts';
import { formatLongDate } from '../state/dates.ts';
import { heldBy } from '../control/status-sentence.ts';
import { kindsOf, listRows, type SortKey } from './place-list-model.ts';
import { useFocusReturn } from '../app/use-focus-return.ts';

interface Props {
  data: Geodata;
  date: string;
  /** Only the places this text names (shared with the map's filter), or every place. */
  text: string | null;
  onText(text: string | null): void;
  selected: string | null;
  onSelect(id: string): void;
  onClose(): void;
}

/**
 * Every place in a table: its names, its kind, how often each text names it and who held it on the date.
 * Sortable by any column, filterable by spelling, kind and text. It is also the map's text alternative:
 * everything the map shows of a place can be reached from here with the keyboard or a screen reader.
 */
export function PlaceList({ data, date, text, onText, selected, onSelect, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [sort, setSort] = useState<SortKey>('name');
  const [descending, setDescending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const sources = useMemo(() => [...data.sources.values()], [data]);
  const kinds = useMemo(() => kindsOf(data.places.values(), kindName), [data]);
  const rows = useMemo(
    () => listRows(data.places.values(), sources.map((s) => s.id), data.mentionCounts, data.passagesByPlace, { query, kind, text, sort, descending }),
    [data, sources, query, kind, text, sort, descending],
  );

  useFocusReturn(); // before the heading takes the focus, so that it remembers the opener
  useEffect(() => { heading.current?.focus(); }, []);

  /** A click on a column heading sorts by it; a second click reverses the order. Counts sort most first. */
  const chooseSort = (key: SortKey) => { setSort(key); setDescending(key !== 'name'); };
  const sortBy = (key: SortKey) => (key === sort ? setDescending((d) => !d) : chooseSort(key));
  const ariaSort = (key: SortKey) => (key === sort ? (descending ? 'descending' : 'ascending') : 'none');
  const header = (key: SortKey, label: string, title?: string, className?: string) => (
    <th key={key} scope="col" aria-sort={ariaSort(key)} className={key === 'name' ? undefined : `num${className ? ` ${className}` : ''}`}>
      <button type="button" onClick={() => sortBy(key)} title={title}>
        {label}<span aria-hidden="true" className="sort-mark">{key === sort ? (descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.stopPropagation(); onClose(); }
  };

  return (
    <section className="place-list" role="dialog" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <div className="place-list-head">
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>{t('listTitle')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('closeList')}>×</button>
      </div>
      <div className="place-list-filters">
        <div>
          <label htmlFor={`${ids}-q`}>{t('listFilter')}</label>
          <input id={`${ids}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('listFilterPlaceholder')} />
        </div>
        <div>
          <label htmlFor={`${ids}-text`}>{t('namedIn')}</label>
          <select id={`${ids}-text`} value={text ?? ''} onChange={(e) => onText(e.target.value || null)}>
            <option value="">{t('allTexts')}</option>
            {sources.map((s) => <option key={s.id} value={s.id}>{s.shortLabel}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-kind`}>{t('kindFilter')}</label>
          <select id={`${ids}-kind`} value={kind ?? ''} onChange={(e) => setKind(e.target.value || null)}>
            <option value="">{t('allKinds')}</option>
            {kinds.map((k) => <option key={k} value={k}>{kindName(k)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-sort`}>{t('sortBy')}</label>
          <select id={`${ids}-sort`} value={sort} onChange={(e) => chooseSort(e.target.value as SortKey)}>
            <option value="name">{t('sortName')}</option>
            <option value="total">{t('sortMentions')}</option>
            {sources.map((s) => <option key={s.id} value={`text:${s.id}`}>{t('sortText', { text: s.shortLabel })}</option>)}
          </select>
        </div>
      </div>
      <p className="place-list-count" role="status">{t('listCount', { shown: rows.length, total: data.places.size })}</p>
      {rows.length === 0 ? <p>{t('listEmpty')}</p> : (
        <div className="place-list-scroll">
          <table>
            <caption className="visually-hidden">{t('listCaption', { date: formatLongDate(date) })}</caption>
            <thead>
              <tr>
                {header('name', t('colPlace'))}
                <th scope="col" className="col-kind">{t('colKind')}</th>
                {sources.map((s) => header(`text:${s.id}`, s.shortLabel, s.title, 'col-text'))}
                {header('total', t('colMentions'))}
                <th scope="col" className="col-held">{t('colHeld', { date: formatLongDate(date) })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.place.id} aria-current={r.place.id === selected ? 'true' : undefined}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelect(r.place.id)}>{r.place.name}</button>
                    {' '}<span lang="ar" dir="rtl" className="name-ar">{r.place.nameAr}</span>
                  </th>
                  <td className="col-kind">{kindName(r.place.kind)}</td>
                  {sources.map((s) => (
                    <td key={s.id} className="num col-text">
                      {r.bySource[s.id] || (r.quotedBySource[s.id]
                        ? <span title={t('quotedNotNamed', { count: r.quotedBySource[s.id]! })} aria-label={t('quotedNotNamed', { count: r.quotedBySource[s.id]! })}>0*</span>
                        : <span aria-label={t('none')}>·</span>)}
                    </td>
                  ))}
                  <td className="num">{r.total}</td>
                  <td className="col-held">{heldBy(date, r.place, data.control) ?? <span aria-label={t('notApplicable')}>–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.some((r) => sources.some((s) => !r.bySource[s.id] && r.quotedBySource[s.id])) && <p className="place-list-note">{t('quotedNotNamedNote')}</p>}
        </div>
      )}
    </section>
  );
}
