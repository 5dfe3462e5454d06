/** A sentence's span in a text. */
export interface Span { start: number; end: number }

// A sentence ends at . ? or ! (after any closing quote or footnote mark) before a space and a capital,
// an opening quote or a parenthesis; "U.S." and initials do not end one.
const END = /(?<!\b[A-Z])[.?!][”’"]?(?:\[\^\d+\])?\s+(?=[A-Z“‘"(])/g;

/** The sentences of a paragraph, as spans of `text`. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentence around an offset. */
export function sentenceAt(text: string, offset: number): Span {
  return sentences(text).find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: text.length };
}
