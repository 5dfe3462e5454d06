import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { PlaceInfo } from '../data/types.ts';
import { kindName, t } from '../i18n/strings.ts';
import { formatLongDate } from '../state/dates.ts';
import { searchEvents, searchPlaces } from './search.ts';

interface Props {
  places: ReadonlyMap<string, PlaceInfo> | null;
  onSelect(id: string): void;
  /** The events, offered after the places when their titles match. */
  events?: ReadonlyArray<{ id: string; title: string; date: string }>;
  onEvent?(id: string): void;
}

type Option = { kind: 'place'; id: string; hit: ReturnType<typeof searchPlaces>[number] } | { kind: 'event'; id: string; hit: ReturnType<typeof searchEvents>[number] };

/**
 * One box that finds a place by any spelling. A combobox: arrows move through the results, Enter selects,
 * Escape clears. Memoised: a date change leaves it alone.
 */
export const SearchBox = memo(function SearchBox({ places, onSelect, events, onEvent }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const placeHits = useMemo(() => (places ? searchPlaces(places.values(), query) : []), [places, query]);
  const hits = useMemo((): Option[] => [
    ...placeHits.map((hit) => ({ kind: 'place' as const, id: hit.place.id, hit })),
    ...(events && onEvent ? searchEvents(events, query) : []).map((hit) => ({ kind: 'event' as const, id: `event-${hit.id}`, hit })),
  ], [placeHits, events, onEvent, query]);
  const shown = open && query.trim() !== '';

  const choose = (o: Option) => {
    if (o.kind === 'place') onSelect(o.hit.place.id);
    else onEvent?.(o.hit.id);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, hits.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter' && hits[active]) { e.preventDefault(); choose(hits[active]); }
    else if (e.key === 'Escape') { setQuery(''); setOpen(false); }
  };

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>{t('searchLabel')}</label>
      <input
        id={`${listId}-input`} type="search" dir="auto" value={query} placeholder={t('searchPlaceholder')} title={t('searchHint')} autoComplete="off"
        role="combobox" aria-expanded={shown} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${hits[active].id}` : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onKeyDown={onKeyDown} onBlur={() => setTimeout(() => setOpen(false), 150)} onFocus={() => setOpen(true)}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('searchResults')}>
          {placeHits.length === 0 && <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">{t('searchNone')}</li>}
          {hits.map((o, i) => (
            <li
              key={o.id} id={`${listId}-${o.id}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); choose(o); }} onMouseEnter={() => setActive(i)}
            >
              {o.kind === 'place' ? <>
                <span className="search-name">{o.hit.place.name}</span> <span lang="ar" dir="rtl">{o.hit.place.nameAr}</span>
                <span className="search-meta"> · {kindName(o.hit.place.kind)}{o.hit.matched !== o.hit.place.name && o.hit.matched !== o.hit.place.nameAr ? ` · “${o.hit.matched}”` : ''}</span>
              </> : <>
                <span className="search-name">{o.hit.title}</span>
                <span className="search-meta"> · {t('searchEvent', { date: formatLongDate(o.hit.date) })}</span>
              </>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
