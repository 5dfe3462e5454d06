/**
 * The PDF split words across lines with a hyphen ("ter-\nrorism"). A line-final hyphen is a real one,
 * and kept, only after the article of an Arabic name ("al-Sham", not "al-ready") or after one of the
 * first halves of compounds the text writes with a hyphen ("Pentagon-backed", "IS-held"). Every other
 * line-final hyphen is a break and the word is joined. The list was made by reading each of the text's
 * line-final hyphens (scripts/sources/README.md lists the decisions).
 */
export const REAL_HYPHEN_BEFORE = new Set(['Pentagon', 'US', 'IS', 'Arab', 'Tehran']);
/** `al-` is the Arabic article when a name follows ("al-Sham"), a break otherwise ("al-ready"). */
const ARTICLE = 'al';

/** Joins `line` (ending in a hyphen) with `next`: `pro-re-` + `gime` = `pro-regime`, `al-` + `Sham` = `al-Sham`. */
export function joinHyphenated(line: string, next: string): string {
  const stem = line.slice(0, -1);
  const lastPart = /([^\s-]+)$/.exec(stem)?.[1] ?? '';
  const real = REAL_HYPHEN_BEFORE.has(lastPart) || (lastPart === ARTICLE && /^[A-Z‘’]/.test(next));
  return real ? `${stem}-${next}` : `${stem}${next}`;
}
