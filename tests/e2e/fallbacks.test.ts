import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { blankPage, CHROMIUM, CHROMIUM_ARGS, mapIdle, openPage, startHarness, type Harness } from './harness.ts';

describe('fallbacks', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('with the online basemap unreachable, the viewer says so and works on the embedded one', async () => {
    const { page, context, foreign } = await openPage(h, '/?basemap=https://tiles.example.invalid/style.json&place=manbij&date=2016-09-01');
    await page.getByText(/The online basemap could not be used/).waitFor();
    await mapIdle(page);
    assert.equal(await page.evaluate(() => window.__syriaMap!.basemap), 'embedded');
    await page.getByRole('dialog', { name: /Manbij/ }).waitFor();
    const f = await page.evaluate(() => window.__syriaMap!.featuresAt([37.95495, 36.52815], ['control-fill']).map((x) => x.state.faction));
    assert.ok(f.includes('sdf'));
    assert.deepEqual(foreign, ['https://tiles.example.invalid/style.json'], 'the only request outside the origin is the one the reader configured');
    await context.close();
  });

  it('when an online basemap’s tiles cannot be read (here HTML where a tile should be), the embedded one replaces it with the view as it was: the layers shown and the date’s colours', async () => {
    const { page, context } = await blankPage(h);
    const style = { version: 8, sources: { online: { type: 'raster', tiles: [`${h.origin}/__no-such-tiles/{z}/{x}/{y}.png`], tileSize: 256 } }, layers: [{ id: 'online', type: 'raster', source: 'online' }] };
    await page.route(`${h.origin}/__test-style.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(style) }));
    await page.goto(`${h.origin}/?basemap=${encodeURIComponent(`${h.origin}/__test-style.json`)}&layers=control&date=2016-09-01`);
    await page.getByText(/its tiles could not be loaded/).waitFor();
    await page.waitForFunction(() => window.__syriaMap?.basemap === 'embedded');
    await mapIdle(page);
    const at = (p: [number, number], layers: string[]) => page.evaluate(([q, l]) => window.__syriaMap!.featuresAt(q, l).map((x) => x.state.faction ?? x.properties.id ?? null), [p, layers] as const);
    assert.deepEqual(await at([37.95495, 36.52815], ['control-fill']), ['sdf'], 'Manbij keeps the date’s colour');
    assert.deepEqual(await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['places-points', 'events-points']).length), 0, 'places and events stay off');
    await context.close();
  });

  it('without WebGL2, a readable message and the places with their passages, never a blank page', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] });
    try {
      const page = await browser.newPage();
      await page.goto(`${h.origin}/`);
      await page.getByText(/cannot draw the map \(it has no WebGL2\)/).waitFor();
      await page.getByRole('heading', { name: 'The places in the texts', exact: true }).waitFor();
      await page.locator('#place-al-tanf summary').click();
      assert.match(await page.locator('#place-al-tanf').innerText(), /US aircraft carried out three attacks/);
    } finally {
      await browser.close();
    }
  });
});
