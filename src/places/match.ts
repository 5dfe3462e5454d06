/**
 * Finding places in text. Text and aliases are cut into words and each word folded (lowercase, no
 * diacritics, no ayn/hamza marks, Arabic letter forms unified), so "Der’a", "Der'a" and "DER’A" are one
 * spelling and a hyphen or a space between words are alike. Matches are whole words, the leftmost and then
 * the longest winning: "province of Deir ez-Zor" is the province, not the city, and "eastern Aleppo" is not
 * also "Aleppo". A possessive ’s is not part of a name ("Jordan’s" is a mention of Jordan).
 */
export interface Matchable {
  id: string;
  aliases: readonly string[];
  /** Phrases that contain an alias but do not name the place ("Euphrates Shield", an operation): skipped. */
  notAliases?: readonly string[];
}
export interface Match { id: string; start: number; end: number; text: string }

/** A word of a text: its folded form and where it stands. `joined`: only spaces or hyphens precede it. */
export interface Word { fold: string; start: number; end: number; joined: boolean }

const APOSTROPHES = /['’‘ʼʿʾ`ʻ]/g;
// Letters (with their combining marks) and digits, with apostrophes inside a word (Fu’a, Shu‘ayrat).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼʿʾ`ʻ][\p{L}\p{M}\p{N}]+)*/gu;
const JOINER = /^[\s\-‐‑]+$/u;

/**
 * Words already folded: the four texts' 16,800 words are 3,500 distinct ones, and folding a word (a
 * normalisation and seven replacements) was most of what `words` cost: 31 ms for the four texts against 14 once
 * their words are folded. Emptied past a bound, for safety.
 */
const folded = new Map<string, string>();

/** Folds one word: NFKD without marks, lowercase, no apostrophes, Arabic alef/hamza/ta marbuta/ya unified. */
function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    f = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '')
      .replace(/[أإآٱ]/g, 'ا').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ـ/g, '');
    if (folded.size >= 100_000) folded.clear();
    folded.set(w, f);
  }
  return f;
}

/** The words of a text, folded, with their offsets (a possessive ’s left out of the word). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    if (/['’‘]s$/u.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    const gap = text.slice(last, m.index);
    out.push({ fold: foldWord(raw), start: m.index, end: m.index + raw.length, joined: out.length > 0 && JOINER.test(gap) });
    last = m.index + m[0].length;
  }
  return out;
}

/**
 * A name folded for comparison: its words folded and joined by one space.
 * @example foldForMatch('Shu‘ayrat') === foldForMatch("shu'ayrat") // 'shuayrat'
 */
export function foldForMatch(s: string): string {
  return words(s).map((w) => w.fold).join(' ');
}

interface Entry { id: string; words: string[]; length: number; skip: boolean }

/** A matcher over the given places; `find(text)` lists every mention in order, without overlaps. */
export function buildMatcher(places: readonly Matchable[]) {
  const byFirst = new Map<string, Entry[]>();
  const add = (id: string, phrase: string, skip: boolean) => {
    const ws = words(phrase).map((w) => w.fold);
    if (ws.length === 0) return;
    const list = byFirst.get(ws[0]!) ?? [];
    list.push({ id, words: ws, length: ws.join(' ').length, skip });
    byFirst.set(ws[0]!, list);
  };
  for (const p of places) {
    for (const a of p.aliases) add(p.id, a, false);
    for (const a of p.notAliases ?? []) add(p.id, a, true);
  }
  // Longest first; at equal length a phrase to skip wins, then the first place given.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || b.length - a.length || Number(b.skip) - Number(a.skip));

  const matchAt = (ws: Word[], i: number): Entry | undefined => byFirst.get(ws[i]!.fold)?.find((e) =>
    i + e.words.length <= ws.length && e.words.every((w, k) => ws[i + k]!.fold === w && (k === 0 || ws[i + k]!.joined)));

  return {
    find(text: string): Match[] {
      const ws = words(text);
      const out: Match[] = [];
      for (let i = 0; i < ws.length;) {
        const e = matchAt(ws, i);
        if (!e) { i++; continue; }
        const start = ws[i]!.start;
        const end = ws[i + e.words.length - 1]!.end;
        if (!e.skip) out.push({ id: e.id, start, end, text: text.slice(start, end) });
        i += e.words.length;
      }
      return out;
    },
  };
}

/**
 * A test for whole-word occurrence in one text, which is cut into words once: any case, any apostrophe,
 * a hyphen or a space between words (other punctuation between words is not checked). Shadowing does not
 * count here: "Abu Kamal" occurs in "Abu Kamal Border Crossing".
 */
export function occursIn(text: string): (phrase: string) => boolean {
  const folded = ` ${words(text).map((w) => w.fold).join(' ')} `;
  return (phrase) => {
    const f = foldForMatch(phrase);
    return f !== '' && folded.includes(` ${f} `);
  };
}

const ARTICLE = /^(al|el|ar|as|ash|at|ad|az|an|ath)$/;

/**
 * Folds a name for search: `foldForMatch` without articles (al-, el-, ال), so that "al-Tanf" is "tanf".
 * @example foldForSearch('al-Tanf') // 'tanf'
 */
export function foldForSearch(s: string): string {
  return foldForMatch(s).split(' ').filter((w) => !ARTICLE.test(w)).map((w) => w.replace(/^ال(?=..)/, '')).join(' ');
}
