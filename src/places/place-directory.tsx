import type { Geodata } from '../data/load.ts';
import { kindName, t } from '../i18n/strings.ts';
import { PassageQuote } from './passage-quote.tsx';

/**
 * Every place with what the texts say of it, as plain text: the viewer's content when the browser
 * cannot draw the map.
 */
export function PlaceDirectory({ data }: { data: Geodata }) {
  const places = [...data.places.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <section className="directory" aria-label={t('placeDirectory')}>
      <h2>{t('placeDirectory')}</h2>
      {places.map((p) => {
        const passages = data.passagesByPlace.get(p.id) ?? [];
        return (
          <details key={p.id} id={`place-${p.id}`}>
            <summary>{p.name} <span lang="ar" dir="rtl">{p.nameAr}</span> · {kindName(p.kind)} · {t('passageCount', { count: passages.length })}</summary>
            {passages.map((q) => <PassageQuote key={q.id} passage={q} source={data.sources.get(q.source)} names={[p.name, ...p.aliases]} />)}
          </details>
        );
      })}
    </section>
  );
}
