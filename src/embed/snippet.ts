import { serializeUrl, type AppState } from '../state/url-schema.ts';

export interface SnippetOptions {
  /** The viewer's URL without query (where index.html and embed.js are served). */
  base: string;
  state: AppState;
  title: string;
  /** Initial height in pixels before embed.js resizes the frame. */
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A query that always names the date, even the default one: an embed or a citation shows the day it was made on,
 * were the viewer's default day ever to change.
 */
function withDate(q: string, state: AppState): string {
  return new URLSearchParams(q).has('date') ? q : [q, `date=${state.date}`].filter(Boolean).join('&');
}

/** The URL an embed of this state opens (always `embed=1`, and always its date). */
export function embedUrl(base: string, state: AppState): string {
  const q = serializeUrl({ ...state, embed: true, read: null, passage: null });
  return `${base}?${withDate(q, state)}`;
}

/** The viewer's URL without query, as this page was opened (the `base` of the functions here). */
export function viewerBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The URL of the full viewer at the same state, its date always named (the citation's link, the embed's way out). */
export function fullViewerUrl(base: string, state: AppState): string {
  return `${base}?${withDate(serializeUrl({ ...state, embed: false }), state)}`;
}

/**
 * The HTML a writer pastes into an article: an iframe that reproduces this view, a line of script that
 * sizes it to its content, and a link with a still image for readers without JavaScript, feed readers
 * and print.
 */
export function embedSnippet({ base, state, title, height = 600 }: SnippetOptions): { iframe: string; script: string; fallback: string } {
  const src = embedUrl(base, state);
  const dir = base.replace(/[^/]*$/, '');
  return {
    iframe: `<iframe data-syria-map src="${attr(src)}" title="${attr(title)}" loading="lazy" allow="fullscreen" style="width:100%;height:${height}px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    script: `<script src="${attr(`${dir}embed.js`)}" defer></script>`,
    fallback: `<noscript><a href="${attr(fullViewerUrl(base, state))}"><img src="${attr(`${dir}snapshots/default.png`)}" alt="${attr(title)}" width="1200" height="800"></a></noscript>`,
  };
}
