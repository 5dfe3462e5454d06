import type { Passage, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { formatDateRef } from './format.ts';
import { highlightNames } from './highlight.ts';

interface Props {
  passage: Passage;
  source: SourceMeta | undefined;
  /** Names to highlight in the quote. */
  names: readonly string[];
  /** Opens the reader at this passage; without it the link is a plain link to the viewer's reader URL. */
  onRead?(passage: Passage): void;
}

/**
 * One quote, word for word, with its source and a link to it in context, and the map's note on it, if any, set
 * apart from the quote. Rendered as text, never HTML.
 */
export function PassageQuote({ passage, source, names, onRead }: Props) {
  const href = `?read=${encodeURIComponent(passage.source)}&passage=${encodeURIComponent(passage.id)}`;
  return (
    <figure className="passage" id={`quote-${passage.id}`}>
      <blockquote>
        {highlightNames(passage.text, names).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </blockquote>
      <figcaption>
        {passage.date && <span className="passage-date">{t('refersTo', { date: formatDateRef(passage.date) })} · </span>}
        <cite>{source ? source.title : passage.source}</cite>
        {source && <span>, {source.author}, {source.date}</span>}
        {' · '}
        <a href={href} onClick={(e) => { if (!onRead) return; e.preventDefault(); onRead(passage); }}>{t('readInContext')}</a>
      </figcaption>
      {passage.note && <p className="passage-note"><span className="passage-note-label">{t('ourNote')}</span> {passage.note}</p>}
    </figure>
  );
}
