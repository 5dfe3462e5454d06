/** A piece of a quote: plain text, or one of the place's names to highlight. */
export interface Segment { text: string; mark: boolean }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a quote into segments so that every occurrence of any of `names` (whole words, case-insensitive,
 * longest first) can be highlighted. The text itself is never interpreted as markup.
 */
export function highlightNames(text: string, names: readonly string[]): Segment[] {
  const usable = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text, mark: false }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}
