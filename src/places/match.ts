/**
 * Finding places in text: every alias, case-insensitive, whole words, the longest match winning
 * ("province of Deir ez-Zor" is the province, not the city). Apostrophes of any kind (’ ‘ ' ʿ) and a hyphen
 * or a space between words are treated alike.
 */
export interface Matchable { id: string; aliases: readonly string[] }
export interface Match { id: string; start: number; end: number; text: string }

const APOS = "['’‘ʼʿʾ`]";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source for one alias. */
export function aliasPattern(alias: string): string {
  return alias.trim().split(/[\s-]+/).map((w) => escape(w).replace(/['’‘ʼʿʾ`]/g, APOS)).join('[\\s-]+');
}

/** A matcher over the given places; `find(text)` lists every mention in order, without overlaps. */
export function buildMatcher(places: readonly Matchable[]) {
  const entries = places.flatMap((p) => p.aliases.map((a) => ({ id: p.id, alias: a })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const byPattern = new Map<string, string>();
  for (const e of entries) if (!byPattern.has(e.alias.toLowerCase())) byPattern.set(e.alias.toLowerCase(), e.id);
  const patterns = entries.map((e) => `(${aliasPattern(e.alias)})`);
  const re = patterns.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return {
    find(text: string): Match[] {
      if (!re) return [];
      const out: Match[] = [];
      for (const m of text.matchAll(re)) {
        const group = m.slice(1).findIndex((g) => g !== undefined);
        out.push({ id: entries[group]!.id, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return out;
    },
  };
}

/**
 * Folds a name for search: lowercase, no diacritics, no apostrophes or ayn/hamza marks, hyphens as spaces,
 * no leading article; Arabic letters normalised (alef forms, ta marbuta, alef maqsura, tatweel, harakat).
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ـ/g, '').replace(/[\u064B-\u0652]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼʿʾ`"“”()]/g, '')
    .replace(/[-_.,]/g, ' ')
    .replace(/\b(al|el|ar|as|ash|at|ad|az|an)\s+/g, '')
    .replace(/^ال/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
