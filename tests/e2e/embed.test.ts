import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { blankPage, mapIdle, openPage, startHarness, type Harness } from './harness.ts';

async function frameOf(page: Page, id: string): Promise<Frame> {
  const el = page.locator(`#${id}`);
  await el.scrollIntoViewIfNeeded();
  const handle = await el.elementHandle();
  for (let i = 0; i < 100; i++) {
    const f = await handle!.contentFrame();
    if (f && f.url().includes('embed=1')) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe #${id} did not load`);
}

/** The first frame of the page whose URL contains `part`, once it has one (a host page served by the test). */
async function frameWhere(page: Page, part: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => fr.url().includes(part));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame at a URL with ${part}`);
}

describe('embedding the map in an article', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('the demo article: both embeds load, size themselves, answer the host, stay in the origin', async () => {
    const { page, context, errors, foreign } = await openPage(h, '/demo/article.html', { width: 1100, height: 900 });
    const tanf = await frameOf(page, 'map-tanf');
    await mapIdle(tanf);
    await tanf.getByRole('dialog', { name: /al-Tanf/ }).waitFor();

    // Automatic height: the host's embed.js set the frame's height from the embed's messages.
    await page.waitForFunction(() => /^\d+px$/.test((document.getElementById('map-tanf') as HTMLIFrameElement).style.height));
    const [frameHeight, contentHeight] = await Promise.all([
      page.evaluate(() => (document.getElementById('map-tanf') as HTMLIFrameElement).getBoundingClientRect().height),
      tanf.evaluate(() => document.documentElement.scrollHeight),
    ]);
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight}px fits its content ${contentHeight}px`);
    assert.notEqual(frameHeight, 600);

    // A host message moves the embed to another date, and the embed reports it back.
    await page.getByRole('button', { name: 'Show March 2016' }).click();
    await tanf.waitForFunction(() => new URLSearchParams(location.search).get('date') === '2016-03-15');
    await page.getByText('The map shows 2016-03-15, al-tanf.').waitFor();

    const story = await frameOf(page, 'map-story');
    await mapIdle(story);
    assert.match(story.url(), /story=race-to-the-border-2017/);

    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the snippet from "Embed this view" reproduces the author’s view in a blank page', async () => {
    const author = '/?place=manbij&date=2016-09-01&bbox=37,35.5,39.5,37';
    const { page, context } = await openPage(h, author);
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const code = await page.getByLabel('HTML to paste').inputValue();
    assert.match(code, /<iframe data-syria-map /);
    // The framing is the map's as the author sees it, not the link's bbox alone (a place opened or a zoom moves it).
    const seen = await page.evaluate(() => window.__syriaMap!.view());
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    await context.route(`${h.origin}/__blank.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>blank</title><body>${code}</body>` }));
    await page.goto(`${h.origin}/__blank.html`);
    const frame = await frameWhere(page, 'embed=1');
    await mapIdle(frame);
    const q = new URL(frame.url()).searchParams;
    assert.equal(q.get('place'), 'manbij');
    assert.equal(q.get('date'), '2016-09-01');
    const [w, so, e, n] = q.get('bbox')!.split(',').map(Number) as [number, number, number, number];
    assert.ok(Math.abs((w + e) / 2 - seen.center[0]) < 0.01, `the embed's box ${q.get('bbox')} is centred where the author's map was (${seen.center})`);
    assert.ok(w < seen.center[0] && e > seen.center[0] && so < seen.center[1] && n > seen.center[1]);
    await frame.getByRole('dialog', { name: /Manbij/ }).waitFor();
    // An author at the viewer's default day gets it written too, so the embed keeps its day.
    await page.goto(`${h.origin}/`);
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const untouched = await page.getByLabel('HTML to paste').inputValue();
    assert.match(untouched, /\?[^"]*embed=1[^"]*date=2017-06-15/);
    // An opening view left as it is gets no bbox: the embed frames Syria anew at its own size.
    assert.doesNotMatch(untouched, /bbox=/);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => window.__syriaMap!.view().zoom > 6.5);
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    assert.match(await page.getByLabel('HTML to paste').inputValue(), /bbox=3\d\.\d+,3\d\.\d+,[34]\d\.\d+,3\d\.\d+/);
    await context.close();
  });

  it('ignores messages of the wrong shape or from another window', async () => {
    const { page, context } = await openPage(h, '/demo/article.html', { width: 1100, height: 900 });
    const tanf = await frameOf(page, 'map-tanf');
    await mapIdle(tanf);
    // Malformed messages from the parent, and a well-formed one posted by the embed to itself.
    await page.evaluate(() => {
      const w = (document.getElementById('map-tanf') as HTMLIFrameElement).contentWindow!;
      for (const m of [null, 'syria-map:set-date', { type: 'syria-map:set-date', date: '15/06/2016' }, { type: 'syria-map:set-place', place: '<b>x</b>' },
        { type: 'syria-map:set-date', date: '2016-13-45' }, { type: 'syria-map:set-date', date: '2030-01-01' }]) w.postMessage(m, '*');
    });
    await tanf.evaluate(() => window.postMessage({ type: 'syria-map:set-date', date: '2019-01-01' }, '*'));
    await page.waitForTimeout(500);
    const q = new URL(tanf.url()).searchParams;
    assert.equal(q.get('date'), '2017-06-15');
    assert.equal(q.get('place'), 'al-tanf');
    // The impossible dates (which once blanked the embed) changed nothing on screen either.
    await tanf.getByRole('dialog', { name: /al-Tanf/ }).waitFor({ timeout: 2000 });
    assert.equal(await tanf.locator('.embed-date').textContent(), '15 June 2017');
    await context.close();
  });

  it('a host’s set-chapter opens the chapter at its date, as a link to it would', async () => {
    const { page, context } = await openPage(h, '/demo/article.html', { width: 1100, height: 900 });
    const tanf = await frameOf(page, 'map-tanf');
    await mapIdle(tanf);
    const send = (m: unknown) => page.evaluate((msg) => {
      (window as unknown as { SyriaMapEmbed: { send(f: Element, m: unknown): void } }).SyriaMapEmbed.send(document.getElementById('map-tanf')!, msg);
    }, m);
    await send({ type: 'syria-map:set-chapter', story: 'race-to-the-border-2017', chapter: 'palmyra' });
    await tanf.waitForFunction(() => new URLSearchParams(location.search).get('chapter') === 'palmyra');
    assert.equal(new URL(tanf.url()).searchParams.get('date'), '2017-03-02');
    // An unknown chapter: the story's first chapter, at its date, with a notice naming the id.
    await send({ type: 'syria-map:set-chapter', story: 'race-to-the-border-2017', chapter: 'no-such-chapter' });
    await tanf.waitForFunction(() => new URLSearchParams(location.search).get('date') === '2016-03-04');
    await tanf.getByText('The story has no chapter “no-such-chapter”').waitFor();
    await context.close();
  });

  it('an embed ignores read and passage, which only the full viewer uses, without a notice; the full viewer names them', async () => {
    const { page, context } = await openPage(h, '/?embed=1&place=al-tanf&read=no-such-text&passage=no-such-passage');
    await mapIdle(page);
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor();
    assert.equal(await page.locator('.notices li').count(), 0, await page.locator('.notices').innerText().catch(() => ''));
    await page.goto(`${h.origin}/?embed=1&passage=no-such-passage`);
    await mapIdle(page);
    assert.equal(await page.locator('.notices li').count(), 0);
    await page.goto(`${h.origin}/?place=al-tanf&read=no-such-text`);
    await mapIdle(page);
    await page.getByText('no-such-text').first().waitFor();
    await context.close();
  });

  it('a host’s command never takes the host page’s focus, and one for an unknown place or story changes nothing', async () => {
    const { page, context } = await openPage(h, '/demo/article.html', { width: 1100, height: 900 });
    const story = await frameOf(page, 'map-story');
    await mapIdle(story);
    const tanf = await frameOf(page, 'map-tanf');
    await mapIdle(tanf);
    const send = (id: string, m: unknown) => page.evaluate(([frame, msg]) => {
      (window as unknown as { SyriaMapEmbed: { send(f: Element, m: unknown): void } }).SyriaMapEmbed.send(document.getElementById(frame as string)!, msg);
    }, [id, m] as const);
    // The reader of the article is typing in the host page.
    await page.evaluate(() => { const i = document.createElement('input'); i.id = 'host-field'; document.body.prepend(i); i.focus(); });
    await send('map-story', { type: 'syria-map:set-chapter', story: 'race-to-the-border-2017', chapter: 'himars' });
    await story.waitForFunction(() => new URLSearchParams(location.search).get('chapter') === 'himars');
    await send('map-tanf', { type: 'syria-map:set-place', place: 'palmyra' });
    await tanf.waitForFunction(() => new URLSearchParams(location.search).get('place') === 'palmyra');
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'host-field', 'the focus stays in the host page');
    // Unknown ids: refused, as a malformed message is; the article's readers see no notice.
    await send('map-tanf', { type: 'syria-map:set-place', place: 'no-such-place' });
    await send('map-story', { type: 'syria-map:set-chapter', story: 'no-such-story', chapter: 'x' });
    await page.waitForTimeout(500);
    assert.equal(new URL(tanf.url()).searchParams.get('place'), 'palmyra');
    assert.equal(new URL(story.url()).searchParams.get('story'), 'race-to-the-border-2017');
    assert.equal(await tanf.locator('.notices li').count(), 0);
    assert.equal(await story.locator('.notices li').count(), 0);
    await context.close();
  });

  it('a set-place sent as soon as the embed is ready, before its places have loaded, waits for them: an unknown id is refused, a known one opens', async () => {
    for (const [place, expected] of [['no-such-place', null], ['palmyra', 'palmyra']] as const) {
      const { page, context, errors } = await blankPage(h);
      // The places arrive well after the embed's `ready`, as on a slow connection.
      await context.route('**/assets/places-*.geojson', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.fallback(); });
      // The host answers `ready` at once (its listener is in the page before the frame can post anything).
      const host = `
        window.states = [];
        addEventListener('DOMContentLoaded', () => {
          const f = document.getElementById('f');
          f.addEventListener('syria-map', (e) => {
            if (e.detail.type === 'syria-map:ready') window.SyriaMapEmbed.send(f, { type: 'syria-map:set-place', place: ${JSON.stringify(place)} });
            if (e.detail.state) window.states.push(e.detail.state.place);
          });
        });`;
      await context.route(`${h.origin}/__host.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>host</title>'
        + `<script>${host}</script><script src="/embed.js"></script><body>`
        + '<iframe id="f" data-syria-map src="/?embed=1" title="map" style="width:900px;height:600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe></body>' }));
      await page.goto(`${h.origin}/__host.html`);
      const frame = await frameWhere(page, 'embed=1');
      await mapIdle(frame);
      await page.waitForTimeout(500);
      assert.equal(await frame.evaluate(() => new URLSearchParams(location.search).get('place')), expected, place);
      assert.equal(await frame.locator('.notices li').count(), 0, `${place}: no notice for the article's readers`);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { states: unknown[] }).states), expected ? [null, expected] : [null], `${place}: the state the host is told`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('a frame of fixed height, on a host without embed.js, is filled: map, slider and legend inside its 400 px', async () => {
    const { page, context } = await blankPage(h);
    const body = (script: string) => '<!doctype html><title>host</title><body style="margin:0">'
      + '<iframe id="f" data-syria-map src="/?embed=1&place=palmyra" title="map" style="width:600px;height:400px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>'
      + `${script}</body>`;
    await context.route(`${h.origin}/__fixed.html`, (route) => route.fulfill({ contentType: 'text/html', body: body('') }));
    await context.route(`${h.origin}/__sized.html`, (route) => route.fulfill({ contentType: 'text/html', body: body('<script src="/embed.js"></script>') }));
    await page.goto(`${h.origin}/__fixed.html`);
    const fixed = await frameWhere(page, 'embed=1');
    await mapIdle(fixed);
    const inside = await fixed.evaluate(() => ({
      scroll: document.documentElement.scrollHeight, legend: document.querySelector('.legend')!.getBoundingClientRect().bottom,
      map: document.querySelector('.map')!.getBoundingClientRect().height,
    }));
    assert.ok(inside.scroll <= 400 && inside.legend <= 400, `nothing below the frame's 400 px: page ${inside.scroll}, legend's foot ${inside.legend}`);
    assert.ok(inside.map >= 150, `a map ${inside.map} px tall`);
    // With embed.js the frame takes the page's height, the map its own from the frame's width (clamp(300px, 62vw, 620px)).
    await page.goto(`${h.origin}/__sized.html`);
    const sized = await frameWhere(page, 'embed=1');
    await mapIdle(sized);
    await page.waitForFunction(() => document.getElementById('f')!.getBoundingClientRect().height > 450);
    assert.equal(Math.round(await sized.evaluate(() => document.querySelector('.map')!.getBoundingClientRect().height)), 372);
    await context.close();
  });

  it('embed.js sizes a frame whose page changes (a new src): the new page is told too, and takes its content\'s height', async () => {
    const { page, context } = await blankPage(h, { width: 1000, height: 900 });
    await context.route(`${h.origin}/__resrc.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>host</title><body style="margin:0">'
      + '<iframe id="f" data-syria-map src="/?embed=1" title="map" style="width:800px;height:600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>'
      + '<script src="/embed.js"></script></body>' }));
    await page.goto(`${h.origin}/__resrc.html`);
    await mapIdle(await frameOf(page, 'f'));
    await page.waitForFunction(() => document.getElementById('f')!.getBoundingClientRect().height !== 600);
    // The host shows another view in the same frame, and narrows it: the map follows the width (62vw of 500 px).
    await page.evaluate(() => { (document.getElementById('f') as HTMLIFrameElement).src = '/?embed=1&date=2018-01-01'; });
    const frame = await frameWhere(page, '2018-01-01');
    await mapIdle(frame);
    await frame.waitForFunction(() => document.documentElement.classList.contains('embed-sized'), undefined, { timeout: 5000 });
    await page.evaluate(() => { document.getElementById('f')!.style.width = '500px'; });
    await page.waitForTimeout(1000);
    const after = await frame.evaluate(() => ({ map: document.querySelector('.map')!.getBoundingClientRect().height, page: document.documentElement.scrollHeight }));
    assert.equal(Math.round(after.map), 310, 'the map is 62vw of the frame, not taller');
    assert.equal(Math.round(await page.evaluate(() => document.getElementById('f')!.getBoundingClientRect().height)), after.page, 'the frame has the page\'s height');
    await context.close();
  });

  it('a frame sized by embed.js and narrowed (a window made narrower, a tablet turned) takes its map\'s height from its width', async () => {
    const { page, context } = await blankPage(h, { width: 1000, height: 900 });
    await context.route(`${h.origin}/__narrow.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>host</title><body style="margin:0">'
      + '<iframe id="f" data-syria-map src="/?embed=1" title="map" style="width:800px;height:600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>'
      + '<script src="/embed.js"></script></body>' }));
    await page.goto(`${h.origin}/__narrow.html`);
    const frame = await frameOf(page, 'f');
    await mapIdle(frame);
    await page.waitForFunction(() => document.getElementById('f')!.getBoundingClientRect().height > 700);
    await page.evaluate(() => { document.getElementById('f')!.style.width = '420px'; });
    await page.waitForTimeout(1500);
    // clamp(300px, 62vw, 620px) of 420 px is 300 px. The phone's min-height of 46vh, of a frame sized to the page,
    // kept the frame at its height and the map at 46% of it (some 380 px), however narrow the frame became.
    const seen = await frame.evaluate(() => ({ map: document.querySelector('.map')!.getBoundingClientRect().height, page: document.documentElement.scrollHeight }));
    assert.equal(Math.round(seen.map), 300);
    assert.equal(Math.round(await page.evaluate(() => document.getElementById('f')!.getBoundingClientRect().height)), seen.page);
    await context.close();
  });

  it('an embed that hides factions says so in its legend', async () => {
    const { page, context } = await openPage(h, '/?embed=1&hide=government,islamic_state', { width: 800, height: 900 });
    await mapIdle(page);
    const legend = await page.locator('.legend').innerText();
    assert.match(legend, /Government and allies: not shown on this map/);
    assert.match(legend, /Islamic State: not shown on this map/);
    assert.doesNotMatch(legend, /Rebels: not shown/);
    await context.close();
  });
});

