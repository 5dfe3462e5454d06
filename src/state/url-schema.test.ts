import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrl, serializeUrl, usesValue, type AppState } from './url-schema.ts';

function createState(over: Partial<AppState> = {}): AppState {
  return { ...DEFAULT_STATE, ...over };
}

describe('url schema', () => {
  it('gives the defaults for an empty query and writes nothing for them', () => {
    expect(parseUrl('')).toEqual({ state: DEFAULT_STATE, notices: [] });
    expect(serializeUrl(DEFAULT_STATE)).toBe('');
  });

  it('writes the date of a view with an event or a story even when it is the default, which the link would otherwise replace with the event’s or the chapter’s', () => {
    expect(serializeUrl(createState({ event: 'himars-tanf' }))).toBe('date=2017-06-15&event=himars-tanf');
    expect(serializeUrl(createState({ story: 'race-to-the-border-2017' }))).toBe('date=2017-06-15&story=race-to-the-border-2017');
    expect(serializeUrl(createState({ place: 'palmyra' }))).toBe('place=palmyra');
  });

  it('refuses a bbox wholly outside the map, with a notice, and keeps one that reaches into it', () => {
    const far = parseUrl('bbox=0,0,1,1');
    expect(far.state.bbox).toBeNull();
    expect(far.notices).toEqual(['bbox outside the map (30.5,29.5,45.5,39.5): 0,0,1,1']);
    expect(parseUrl('bbox=28,28,31,30').state.bbox).toEqual([28, 28, 31, 30]);
  });

  it('round-trips every key', () => {
    const s = createState({
      date: '2016-08-12', place: 'manbij', story: 'race-to-the-border-2017', chapter: 'tanf-strikes',
      layers: ['control', 'routes'], text: 'pierret-2017', embed: true, bbox: [36.5, 32.5, 41.5, 36.75],
      basemap: 'https://example.org/style.json', lang: 'ar', read: 'pierret-2017', passage: 'pierret-in-may-june-2017-us-aircraft',
      event: 'raqqa-falls', list: true, hide: ['sdf', 'islamic_state'],
    });
    const q = serializeUrl(s);
    expect(parseUrl(q)).toEqual({ state: s, notices: [] });
    expect(q).toContain('bbox=36.5,32.5,41.5,36.75');
  });

  it('falls back to the default with a notice for each bad value', () => {
    const { state, notices } = parseUrl('?date=2017-13-01&place=<script>&layers=control,bogus&bbox=1,2,3&lang=fr&embed=yes&list=maybe&hide=sdf,bogus');
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual([
      'invalid date: 2017-13-01',
      'invalid place id: <script>',
      'unknown layer: bogus',
      'invalid embed flag: yes',
      'invalid list flag: maybe',
      'unknown faction: bogus',
      'invalid bbox (west,south,east,north): 1,2,3',
      'unknown language: fr',
    ]);
  });

  it('rejects dates outside the replayed range and impossible days', () => {
    expect(parseUrl('date=2014-12-31').notices[0]).toMatch(/out of range/);
    expect(parseUrl('date=2024-12-09').notices[0]).toMatch(/out of range/);
    expect(parseUrl('date=2017-02-29').notices[0]).toBe('invalid date: 2017-02-29');
  });

  it('drops a chapter without a story', () => {
    const r = parseUrl('chapter=x');
    expect(r.state.chapter).toBeNull();
    expect(r.notices).toHaveLength(1);
  });

  it('refuses non-http basemaps', () => {
    expect(parseUrl('basemap=javascript:alert(1)').state.basemap).toBeNull();
  });

  it('accepts an empty layer list (all overlays off)', () => {
    expect(parseUrl('layers=').state.layers).toEqual([]);
  });

  it('drops a passage without a text to read it in', () => {
    const r = parseUrl('passage=pierret-in-may-june-2017-us-aircraft');
    expect(r.state.passage).toBeNull();
    expect(r.notices).toEqual(['passage pierret-in-may-june-2017-us-aircraft ignored: no text given (read=…)']);
  });

  it('in the embed, which has no reader, drops a passage without a notice', () => {
    const r = parseUrl('embed=1&passage=pierret-in-may-june-2017-us-aircraft');
    expect(r.state.passage).toBeNull();
    expect(r.notices).toEqual([]);
  });

  it('names an empty item of a list', () => {
    const r = parseUrl('layers=control,,places');
    expect(r.notices).toEqual(['unknown layer: (empty)']);
    expect(r.state.layers).toEqual(DEFAULT_STATE.layers);
  });

  it('says when a key is given twice, and uses the first', () => {
    const r = parseUrl('date=2016-01-01&date=2018-01-01');
    expect(r.state.date).toBe('2016-01-01');
    expect(r.notices).toEqual(['date given 2 times: using the first']);
  });

  it('ignores an over-long value whole, rather than using its first part', () => {
    const url = `https://tiles.example.org/style.json?${'x'.repeat(3000)}`;
    const r = parseUrl(`basemap=${encodeURIComponent(url)}`);
    expect(r.state.basemap).toBeNull();
    expect(r.notices).toEqual([`basemap ignored: ${url.length} characters, over 2048`]);
  });

  it('tells a key the link gives and parseUrl uses from one it gives but cannot use (a chapter or an event then sets the date)', () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(usesValue(q('date=2016-01-01'), 'date')).toBe(true);
    expect(usesValue(q(''), 'date')).toBe(false);
    for (const bad of ['date=', 'date=nope', 'date=2016-02-30', 'date=2030-01-01', 'date=bad&date=2016-01-01', `date=${'1'.repeat(3000)}`]) {
      expect(usesValue(q(bad), 'date'), bad).toBe(false);
    }
    expect(usesValue(q('date=2016-01-01&date=bad'), 'date')).toBe(true);
    expect(usesValue(q('layers='), 'layers')).toBe(true);
    expect(usesValue(q('layers=bogus'), 'layers')).toBe(false);
  });

  it('writes the invisible characters of an ignored value out in its notice: a look-alike shows, an override turns nothing around', () => {
    expect(parseUrl('place=al-tanf%E2%80%8B').notices).toEqual(['invalid place id: al-tanf\\u{200b}']);
    expect(parseUrl('place=%E2%80%AEmoc.elpmaxe%20ta%20pam%20eht').notices).toEqual(['invalid place id: \\u{202e}moc.elpmaxe ta pam eht']);
    expect(parseUrl('date=2016-01-01%0A').notices).toEqual(['invalid date: 2016-01-01\\u{a}']);
    expect(parseUrl('place=%D8%AA%D8%AF%D9%85%D8%B1').notices).toEqual(['invalid place id: تدمر']);
  });

  it('says when the map’s keys are given where it does not read them: in capitals, or after #; leaves other keys alone', () => {
    const r = parseUrl('Date=2016-01-01&PLACE=palmyra&utm_source=x&fbclid=y');
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.notices).toEqual(['Date ignored: the map\'s keys are lowercase (date)', 'PLACE ignored: the map\'s keys are lowercase (place)']);
    expect(parseUrl('', '#date=2016-01-01&place=al-tanf').notices).toEqual(['date, place after # ignored: the map reads its keys after ? (?date=…)']);
    expect(parseUrl('date=2016-01-01', '#section-2').notices).toEqual([]);
    expect(parseUrl('', '#%E0%A4%A').notices).toEqual([]);
  });

  it('refuses a basemap URL holding a user name or password, and does not repeat it', () => {
    const r = parseUrl(`basemap=${encodeURIComponent('https://user:secret@tiles.example.org/style.json')}`);
    expect(r.state.basemap).toBeNull();
    expect(r.notices).toEqual(['basemap ignored: its URL holds a user name or password']);
    expect(parseUrl(`basemap=${encodeURIComponent('https://tiles.example.org/style.json')}`).state.basemap).toBe('https://tiles.example.org/style.json');
  });
});
