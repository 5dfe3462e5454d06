import type { Passage, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { usePassageKind } from '../reader/use-passage-kind.ts';
import { formatByline, formatDateRef } from './format.ts';
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
 * apart from the quote. A quotation of another voice within the text (a block quotation in its markup) says
 * so, lest it pass for the author's words. Rendered as text, never HTML.
 */
export function PassageQuote({ passage, source, names, onRead }: Props) {
  const href = `?read=${encodeURIComponent(passage.source)}&passage=${encodeURIComponent(passage.id)}`;
  const quoted = usePassageKind(passage) === 'quote';
  return (
    <figure className={`passage${quoted ? ' passage--quoted' : ''}`} id={`quote-${passage.id}`}>
      {quoted && <p className="passage-quoted">{t('quotedInText')}</p>}
      <blockquote>
        {highlightNames(passage.text, names).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </blockquote>
      <figcaption>
        {passage.date && <span className="passage-date">{t('refersTo', { date: formatDateRef(passage.date) })} · </span>}
        <cite>{source ? source.title : passage.source}</cite>
        {source && <span>, {formatByline(source)}</span>}
        {' · '}
        <a href={href} onClick={(e) => { if (!onRead) return; e.preventDefault(); onRead(passage); }}>{t('readInContext')}</a>
      </figcaption>
      {passage.note && <p className="passage-note"><span className="passage-note-label">{t('ourNote')}</span> {passage.note}</p>}
    </figure>
  );
}
