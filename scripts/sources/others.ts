/** Clean copies of the three texts that did not come out of a PDF: only their markup changes. */

const paragraphs = (raw: string) => raw.replace(/\r/g, '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

/**
 * Giustozzi's paper is Jekyll Markdown: its front matter goes to sources.json, `###`/`####` headings become
 * `##`/`###`, italic block quotations (`_…_`) become `>` quotations, bold markers and the `<excerpt/>` and
 * `---` separators go. The words stay.
 */
export function cleanGiustozzi(raw: string): string {
  const body = raw.replace(/\r/g, '').replace(/^---\n[\s\S]*?\n---\n/, '');
  const out = ['# Prisoners of Assad: The Dialectics of Russian and Iranian Interaction with the Assad Regime, 2015-24'];
  for (const p of paragraphs(body)) {
    if (p === '<excerpt/>' || p === '---') continue;
    const h = /^(#{3,4}) (.*)$/.exec(p);
    if (h) { out.push(`${h[1] === '###' ? '##' : '###'} ${h[2]}`); continue; }
    const italic = /^_(.*)_$/.exec(p);
    // The italic abstract at the top is the paper's own summary, not a quotation of another voice.
    if (italic && out.length > 1) { out.push(`> ${italic[1]}`); continue; }
    out.push((italic ? italic[1]! : p).replace(/__(.+?)__/g, '$1'));
  }
  return `${out.join('\n\n')}\n`;
}

/** The 2018 text: plain paragraphs, no title (the text has none). */
export function cleanIranTurkey(raw: string): string {
  return `${paragraphs(raw).join('\n\n')}\n`;
}

const PULL_2024 = [
  'The recent flurry of visits between Syrian and Iranian officials complicates the narrative',
  'Those anticipating al-Assad to decisively pivot away from Iran underestimate',
];

/**
 * The 2024 article as a web page gave it: the title (printed twice: kept once), a standfirst (kept as a
 * body paragraph: it is the article's own words), two pull quotes and a "Read more" link among the paragraphs, two subheadings, and a stray "font change" at the end
 * (a control of the page, not the article's words: dropped).
 */
export function cleanIranSyria(raw: string): string {
  const ps = paragraphs(raw);
  const title = ps[0]!;
  const out = [`# ${title}`];
  ps.slice(1).forEach((p) => {
    if (p === title || p === 'font change') return;
    if (p.startsWith('Read more:')) out.push(`> [read more] ${p}`);
    else if (PULL_2024.some((s) => p.startsWith(s))) out.push(`> [pull quote] ${p}`);
    else if (p === 'Projecting unity' || p === 'Strategic maneouvering') out.push(`## ${p}`);
    else out.push(p);
  });
  return `${out.join('\n\n')}\n`;
}
