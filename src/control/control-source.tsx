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
  const { since, approximate, source, note } = value;
  const when = since ? t('controlSince', { date: since }) + (approximate ? ` (${t('dateApproximate')})` : '') + '.' : t('controlSinceStart');
  let what: ReactNode;
  if ('passage' in source) {
    const p = passages.get(source.passage);
    const label = (p && sources.get(p.source)?.shortLabel) ?? p?.source ?? source.passage;
    what = !p ? label : quotedHere.has(p.id) ? t('controlSourceBelow', { text: label }) : <>{label}: <q>{p.text}</q></>;
  } else {
    what = <RecordSource source={source} />;
  }
  return (
    <p className="place-location place-control-source">
      {when} {t('eventSource')}: {what}{note && <> {t('controlNote')}: <NoteText text={note.replace(/\.$/, '')} />.</>}
    </p>
  );
}

const URL_IN_TEXT = /https?:\/\/[^\s"<>)]+/g;

function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A note as text, each web address in it a link named by its site ("tass.com ↗"), not printed whole. */
export function NoteText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const site = siteOf(m[0]);
    if (!site) continue;
    parts.push(text.slice(at, m.index));
    parts.push(<a key={m.index} href={m[0]} target="_blank" rel="noopener noreferrer">{site} ↗</a>);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A public record as a source: the publication, the date of its report, what it reported, and the link to it. */
export function RecordSource({ source }: { source: Extract<SourceRef, { record: string }> }) {
  return <>{source.record}, {source.date}: {source.about}.{source.url && <> <a href={source.url} target="_blank" rel="noopener noreferrer">{t('readReport')}</a></>}</>;
}
