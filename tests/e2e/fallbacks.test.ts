import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, mapIdle, openPage, startHarness, type Harness } from './harness.ts';

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
