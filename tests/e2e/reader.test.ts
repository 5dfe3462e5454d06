import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIdle, openPage, startHarness, type Harness } from './harness.ts';

describe('the reader: text to map and map to text', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('opens a quote in context, and a mention in the text selects its place', async () => {
    const { page, context, errors, foreign } = await openPage(h, '/?place=al-tanf');
    await mapIdle(page);
    const panel = page.getByRole('dialog', { name: /al-Tanf/ });
    await panel.getByRole('link', { name: 'Read in context' }).first().click();
    const reader = page.getByRole('dialog', { name: 'Read the texts' });
    await reader.waitFor();
    const target = reader.locator('.is-target');
    await target.waitFor();
    assert.match(await target.innerText(), /US aircraft carried out three attacks/);
    assert.match(page.url(), /read=pierret-2017/);
    assert.match(page.url(), /passage=/);

    // Text to map: a mention of Al-Bukamal in the text opens Al-Bukamal's passages.
    await reader.locator('button.mention[data-place="al-bukamal"]').first().click();
    await page.getByRole('dialog', { name: /Al-Bukamal/ }).waitFor();
    assert.match(page.url(), /place=al-bukamal/);

    // The selected place is brought into view between the two panels.
    const bukamal: [number, number] = [40.91856, 34.45226];
    await page.waitForFunction((p) => {
      const [px] = window.__syriaMap!.project(p);
      const left = document.querySelector('.place-panel')!.getBoundingClientRect().right;
      const right = document.querySelector('.reader')!.getBoundingClientRect().left;
      return px > left && px < right;
    }, bukamal, { timeout: 10_000 });
    await page.evaluate(() => window.__syriaMap!.idle());

    // Map to text: hovering Al-Bukamal on the map lights up its mentions in the text.
    const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), bukamal);
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForFunction(() => document.querySelectorAll('button.mention.is-hovered[data-place="al-bukamal"]').length > 0, undefined, { timeout: 5000 });

    // Back returns to the previous choice.
    await page.goBack();
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor();
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
