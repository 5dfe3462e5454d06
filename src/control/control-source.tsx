import type { ReactNode } from 'react';
import type { Passage, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import type { SourceRef } from './schema.ts';
import type { StatusSource } from './status-sentence.ts';

interface Props {
  value: StatusSource | null;
  passages: ReadonlyMap<string, Passage>;
  sources: ReadonlyMap<string, SourceMeta>;
  /** The passages the panel quotes already: one of them is named, not quoted twice. */
  quotedHere: ReadonlySet<string>;
}

/**
 * Under the place's status sentence: since when the map has it so, and on what it rests — the report (with a link
 * to where it was read) or the passage of the texts. Nothing where the sentence names no holder.
 */
export function ControlSource({ value, passages, sources, quotedHere }: Props) {
  if (!value) return null;
  const { since, approximate, source } = value;
  const when = since ? t('controlSince', { date: since }) + (approximate ? ` (${t('dateApproximate')})` : '') + '.' : t('controlSinceStart');
  let what: ReactNode;
  if ('passage' in source) {
    const p = passages.get(source.passage);
    const label = (p && sources.get(p.source)?.shortLabel) ?? p?.source ?? source.passage;
    what = !p ? label : quotedHere.has(p.id) ? t('controlSourceBelow', { text: label }) : <>{label}: <q>{p.text}</q></>;
  } else {
    what = <RecordSource source={source} />;
  }
  return <p className="place-location place-control-source">{when} {t('eventSource')}: {what}</p>;
}

/** A public record as a source: the publication, the date of its report, what it reported, and the link to it. */
export function RecordSource({ source }: { source: Extract<SourceRef, { record: string }> }) {
  return <>{source.record}, {source.date}: {source.about}.{source.url && <> <a href={source.url} target="_blank" rel="noopener noreferrer">{t('readReport')}</a></>}</>;
}
