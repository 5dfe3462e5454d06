import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrl } from '../state/url-schema.ts';
import { embedSnippet, embedUrl, fullViewerUrl } from './snippet.ts';

const createState = () => ({ ...DEFAULT_STATE, date: '2017-06-15', place: 'al-tanf', bbox: [37, 32.5, 41, 35] as [number, number, number, number] });
const BASE = 'https://maps.example.org/syria/index.html';

describe('embed snippet', () => {
  it('opens an embed at exactly the author’s state', () => {
    const url = embedUrl(BASE, createState());
    const parsed = parseUrl(new URL(url).search).state;
    expect(parsed).toEqual({ ...createState(), embed: true });
  });
  it('links back to the full viewer at the same state', () => {
    expect(parseUrl(new URL(fullViewerUrl(BASE, { ...createState(), embed: true })).search).state).toEqual(createState());
  });
  it('names the date even when it is the viewer’s default, so that an embed or a citation keeps its day', () => {
    expect(new URL(embedUrl(BASE, { ...DEFAULT_STATE })).searchParams.get('date')).toBe(DEFAULT_STATE.date);
    expect(fullViewerUrl(BASE, { ...DEFAULT_STATE })).toBe(`${BASE}?date=${DEFAULT_STATE.date}`);
    expect(new URL(fullViewerUrl(BASE, { ...DEFAULT_STATE, place: 'homs' })).search).toBe(`?place=homs&date=${DEFAULT_STATE.date}`);
  });
  it('writes an iframe with a title, lazy loading, fullscreen and a height, and escapes attributes', () => {
    const s = embedSnippet({ base: BASE, state: createState(), title: 'Syria "2017" <map>' });
    expect(s.iframe).toMatch(/^<iframe data-syria-map src="https:\/\/maps\.example\.org\/syria\/index\.html\?[^"]*embed=1[^"]*" title="Syria &quot;2017&quot; &lt;map>" loading="lazy" allow="fullscreen"/);
    expect(s.iframe).toContain('height:600px');
    expect(s.script).toBe('<script src="https://maps.example.org/syria/embed.js" defer></script>');
    expect(s.fallback).toContain('snapshots/default.png');
  });
});
