import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { PlaceInfo } from '../data/types.ts';
import { kindName, t } from '../i18n/strings.ts';
import { searchPlaces } from './search.ts';

interface Props {
  places: ReadonlyMap<string, PlaceInfo> | null;
  onSelect(id: string): void;
}

/**
 * One box that finds a place by any spelling. A combobox: arrows move through the results, Enter selects,
 * Escape clears. Memoised: a date change leaves it alone.
 */
export const SearchBox = memo(function SearchBox({ places, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => (places ? searchPlaces(places.values(), query) : []), [places, query]);
  const shown = open && query.trim() !== '';

  const choose = (id: string) => {
    onSelect(id);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, hits.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter' && hits[active]) { e.preventDefault(); choose(hits[active].place.id); }
    else if (e.key === 'Escape') { setQuery(''); setOpen(false); }
  };

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>{t('searchLabel')}</label>
      <input
        id={`${listId}-input`} type="search" dir="auto" value={query} placeholder={t('searchPlaceholder')} title={t('searchHint')} autoComplete="off"
        role="combobox" aria-expanded={shown} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${hits[active].place.id}` : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onKeyDown={onKeyDown} onBlur={() => setTimeout(() => setOpen(false), 150)} onFocus={() => setOpen(true)}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('searchResults')}>
          {hits.length === 0 && <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">{t('searchNone')}</li>}
          {hits.map((h, i) => (
            <li
              key={h.place.id} id={`${listId}-${h.place.id}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); choose(h.place.id); }} onMouseEnter={() => setActive(i)}
            >
              <span className="search-name">{h.place.name}</span> <span lang="ar" dir="rtl">{h.place.nameAr}</span>
              <span className="search-meta"> · {kindName(h.place.kind)}{h.matched !== h.place.name && h.matched !== h.place.nameAr ? ` · “${h.matched}”` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
