import type { Matchable } from '../places/match.ts';
import { buildMatcher } from '../places/match.ts';

/** A run of a paragraph: plain text, a place mention, or a footnote mark. */
export type Segment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; place: string } | { kind: 'note'; note: string };

/** Splits a paragraph into text, mentions of the places and footnote marks (`[^3]`). */
export function segmentBlock(text: string, matcher: ReturnType<typeof buildMatcher>): Segment[] {
  const out: Segment[] = [];
  const pushText = (s: string) => {
    for (const [i, part] of s.split(/\[\^(\d+)\]/).entries()) {
      if (i % 2 === 1) out.push({ kind: 'note', note: part });
      else if (part) out.push({ kind: 'text', text: part });
    }
  };
  let last = 0;
  for (const m of matcher.find(text)) {
    pushText(text.slice(last, m.start));
    out.push({ kind: 'mention', text: m.text, place: m.id });
    last = m.end;
  }
  pushText(text.slice(last));
  return out;
}

export function createMatcher(places: Iterable<Matchable>) {
  return buildMatcher([...places]);
}
