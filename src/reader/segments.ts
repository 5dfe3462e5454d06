import type { Matchable } from '../places/match.ts';
import { buildMatcher } from '../places/match.ts';

/** A run of a paragraph: plain text, a place mention, or a footnote mark; `marked` when it is within the passage shown. */
export type Segment = ({ kind: 'text'; text: string } | { kind: 'mention'; text: string; place: string } | { kind: 'note'; note: string }) & { marked?: true };

/** Offsets in a paragraph's text: the words of the passage the reader was opened at. */
export interface Range { start: number; end: number }

/**
 * Splits a paragraph into text, mentions of the places and footnote marks (`[^3]`). With `mark`, plain text is cut
 * at its ends and every run inside it is `marked` (a mention or a footnote mark that overlaps it, whole).
 */
export function segmentBlock(text: string, matcher: ReturnType<typeof buildMatcher>, mark?: Range): Segment[] {
  const out: Segment[] = [];
  const push = (s: Segment, start: number, end: number) => {
    out.push(mark && start < mark.end && end > mark.start ? { ...s, marked: true } : s);
  };
  const pushPlain = (start: number, end: number) => {
    const cuts = [start, ...(mark ? [mark.start, mark.end].filter((c) => c > start && c < end) : []), end];
    for (let k = 0; k + 1 < cuts.length; k++) push({ kind: 'text', text: text.slice(cuts[k], cuts[k + 1]) }, cuts[k]!, cuts[k + 1]!);
  };
  const pushText = (start: number, end: number) => {
    const re = /\[\^(\d+)\]/g;
    re.lastIndex = start;
    let last = start;
    for (let m = re.exec(text); m && m.index + m[0].length <= end; m = re.exec(text)) {
      if (m.index > last) pushPlain(last, m.index);
      push({ kind: 'note', note: m[1]! }, m.index, m.index + m[0].length);
      last = m.index + m[0].length;
    }
    if (last < end) pushPlain(last, end);
  };
  let last = 0;
  for (const m of matcher.find(text)) {
    pushText(last, m.start);
    push({ kind: 'mention', text: m.text, place: m.id }, m.start, m.end);
    last = m.end;
  }
  pushText(last, text.length);
  return out;
}

/** Consecutive segments grouped by whether they are marked, so that the passage's words sit in one `<mark>`. */
export function groupMarked(segments: readonly Segment[]): Array<{ marked: boolean; segments: Segment[] }> {
  const groups: Array<{ marked: boolean; segments: Segment[] }> = [];
  for (const s of segments) {
    const marked = !!s.marked;
    const last = groups.at(-1);
    if (last && last.marked === marked) last.segments.push(s);
    else groups.push({ marked, segments: [s] });
  }
  return groups;
}

export function createMatcher(places: Iterable<Matchable>) {
  return buildMatcher([...places]);
}
