/**
 * Turns the Pierret text, as it came out of the PDF, into the clean Markdown subset of geodata/sources:
 * words split across lines joined, paragraphs rebuilt, headings, pull quotes and footnotes marked.
 */
import { joinHyphenated } from './dehyphenate.ts';

const TITLE_LINES = 3; // after the dossier line and a blank line
export const HEADINGS = ['Loyalist Consolidation in Western Syria', 'The Northeastern Front: Entrapping Turkey', 'The Race to Deir Ez-Zor', 'Conclusion'];
const FOOTNOTE = /^(\d) (\S.*)$/;
/** A line this short that ends a sentence ends its paragraph (the column is ~50 characters wide). */
const SHORT = 47;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function cleanPierret(raw: string): string {
  const lines = raw.replace(/\r/g, '').split('\n');
  const out: string[] = [];
  const footnotes: string[] = [];

  // Front matter: the dossier line, the title (three lines), the author's name and post.
  const nonEmpty = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '');
  const dossier = squash(nonEmpty[0]![0]);
  const title = nonEmpty.slice(1, 1 + TITLE_LINES).map(([l]) => l).reduce((a, l) => (a.endsWith('-') ? joinHyphenated(a, l.trim()) : `${a} ${l.trim()}`.trim()), '');
  const byline = nonEmpty.slice(1 + TITLE_LINES, 1 + TITLE_LINES + 3).map(([l]) => squash(l));
  out.push(dossier, `# ${squash(title)}`, ...byline);
  let i = nonEmpty[1 + TITLE_LINES + 2]![1] + 1;

  // Raw blocks between blank lines, to find the pull quotes: blocks repeating a sentence of the body.
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').toLowerCase();
  const rawLetters = letters(raw);
  const occurrences = (needle: string) => rawLetters.split(needle).length - 1;
  let para = '';
  let prevShort = false;
  let pendingBlank = false;
  const flush = () => {
    if (para.trim()) out.push(squash(para));
    para = '';
  };

  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.trim();
    if (text === '') { pendingBlank = true; i++; continue; }

    const fn = FOOTNOTE.exec(line);
    if (fn) {
      let note = fn[2]!.trim();
      // A footnote may run onto the next line, which does not start a new footnote or a page.
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !FOOTNOTE.test(lines[i + 1]!) && !lines[i + 1]!.startsWith(' ')) {
        note += ` ${lines[++i]!.trim()}`;
      }
      footnotes.push(`[^${fn[1]}]: ${squash(note)}`);
      i++;
      continue;
    }

    if (HEADINGS.includes(text)) {
      flush();
      out.push(`## ${text}`);
      pendingBlank = false;
      i++;
      continue;
    }

    // A pull quote stands between blank lines and repeats the body: collect its block and test it.
    if (pendingBlank) {
      let j = i;
      const block: string[] = [];
      while (j < lines.length && lines[j]!.trim() !== '') block.push(lines[j++]!.trim());
      const joined = squash(block.reduce((a, l) => (a.endsWith('-') ? joinHyphenated(a, l) : `${a} ${l}`), ''));
      if (joined.length < 400 && !block.some((l) => FOOTNOTE.test(l)) && occurrences(letters(joined).slice(0, 80)) >= 2) {
        flush();
        out.push(`> [pull quote] ${joined}`);
        i = j;
        pendingBlank = false;
        continue;
      }
    }

    const endsSentence = /[.?!”]\d?$/.test(para.trimEnd());
    const startsNew = /^[A-Z“]/.test(text);
    if (para.endsWith('-')) para = joinHyphenated(para, text);
    else if (para && endsSentence && startsNew && (prevShort || pendingBlank)) { flush(); para = text; }
    else para = para ? `${para} ${text}` : text;
    // The PDF's text keeps a trailing space on every line that runs on; a line without one ends its paragraph.
    prevShort = (line.trimEnd().length < SHORT || !/\s$/.test(line)) && /[.?!”]\d?$/.test(text);
    pendingBlank = false;
    i++;
  }
  flush();

  // Footnote references: a digit glued to a word's end ("Assad.1", "rebels,2").
  const body = out.join('\n\n').replace(/([A-Za-z][.,]?)([1-7])(?=\s|$)/gm, (_, w: string, n: string) => `${w}[^${n}]`);
  return `${body}\n\n${footnotes.join('\n\n')}\n`;
}
