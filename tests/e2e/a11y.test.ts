import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.ts';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

describe('accessibility and phones', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('the explore, story, list and notice views have no axe-core violations', async () => {
    // One page, taken from view to view as Back and Forward would.
    const { page, context } = await openPage(h, '/?place=daraa');
    for (const [name, path] of [['explore', null], ['story', '/?story=race-to-the-border-2017&chapter=tanf-strikes'], ['list', '/?list=1&text=giustozzi-2025&hide=rebels'], ['notice', '/?date=2031-01-01']] as const) {
      if (path) await visit(page, path);
      await mapIdle(page);
      if (name === 'notice') await page.locator('.notices li').first().waitFor();
      assert.deepEqual(await axeViolations(page), [], name);
    }
    await context.close();
  });

  it('the embed view has no axe-core violations', async () => {
    const { page, context } = await openPage(h, '/?embed=1&place=al-tanf&date=2017-06-15');
    await mapIdle(page);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('the export dialog has no axe-core violations and keeps focus inside', async () => {
    const { page, context } = await openPage(h, '/?date=2018-07-15');
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Export and cite' }).click();
    const dialog = page.getByRole('dialog', { name: /Export this view/ });
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, 'Tab stays in the modal dialog');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('at 375×667 the list of places is a bottom sheet that opens a place', async () => {
    const { page, context } = await openPage(h, '/?list=1', { width: 375, height: 667 });
    await mapIdle(page);
    const sheet = page.getByRole('dialog', { name: 'The places in the texts' });
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    assert.ok(box.width >= 370 && box.y > 150, `a bottom sheet (${JSON.stringify(box)})`);
    await sheet.getByLabel('Filter by name').fill('Tanaf');
    await sheet.getByRole('button', { name: 'al-Tanf' }).click();
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor();
    await page.screenshot({ path: 'test-results/phone-list-375x667.png' });
    await context.close();
  });

  it('at 375×667 the map, the slider, the search and the passages all work', async () => {
    const { page, context } = await openPage(h, '/', { width: 375, height: 667 });
    await mapIdle(page);
    const search = page.getByRole('combobox', { name: 'Find a place' });
    await search.fill('Deraa');
    await page.getByRole('option', { name: /Dara'a/ }).first().click();
    const sheet = page.getByRole('dialog', { name: /Dara'a/ });
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    assert.ok(box.width >= 370 && box.y > 200, `the passages sit in a bottom sheet (${JSON.stringify(box)})`);
    await page.screenshot({ path: 'test-results/phone-375x667.png' });
    await sheet.getByRole('button', { name: /^Close/ }).click();
    const slider = page.getByRole('slider', { name: 'Date' });
    const sb = (await slider.boundingBox())!;
    await page.mouse.click(sb.x + 8 + (sb.width - 16) * 0.15, sb.y + sb.height / 2);
    await page.waitForURL(/date=2016/);
    await context.close();
  });

  it('the search says no place of the texts is called Baghuz, and offers its event, which opens on its day with the keyboard', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    const search = page.getByRole('combobox', { name: 'Find a place' });
    await search.fill('Baghuz');
    await page.getByRole('option', { name: 'No place of the texts has that name' }).waitFor();
    assert.equal(await page.getByRole('option', { name: /IS loses its last territory at Baghuz · event, 23 March 2019/ }).count(), 1);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /IS loses its last territory at Baghuz/ }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('event'), 'baghuz');
    assert.equal(new URL(page.url()).searchParams.get('date'), '2019-03-23');
    await context.close();
  });

  it('at 375×667 Tab never goes under an open sheet, and reaches the slider again once it is closed', async () => {
    const { page, context } = await openPage(h, '/?place=homs', { width: 375, height: 667 });
    await mapIdle(page);
    const sheet = page.getByRole('dialog', { name: /Homs/ });
    await sheet.waitFor();
    const underSheet: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => { const a = document.activeElement; return a?.closest('footer') ? a.outerHTML.slice(0, 80) : null; });
      if (where) underSheet.push(where);
    }
    assert.deepEqual(underSheet, [], 'focus went to controls the sheet covers');
    await sheet.getByRole('button', { name: /^Close/ }).click();
    await page.getByRole('slider', { name: 'Date' }).focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'date-slider');
    await context.close();
  });

  it('on a phone held sideways (844×390) a place opens in a sheet at the side, under the header, with the map beside it and nothing out of reach', async () => {
    const { page, context } = await openPage(h, '/?place=al-tanf', { width: 844, height: 390 });
    await mapIdle(page);
    const panel = (await page.getByRole('dialog', { name: /al-Tanf/ }).boundingBox())!;
    const search = (await page.getByRole('combobox', { name: /place/i }).first().boundingBox())!;
    assert.ok(panel.height >= 330, `the sheet takes the height under the header (${panel.height} px)`);
    assert.ok(panel.x + panel.width <= 844 * 0.5, `and less than half the width (${panel.x + panel.width} px)`);
    assert.ok(search.y + search.height <= panel.y, 'the search box is not under it');
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), 390, 'the page does not scroll');
    // The slider and legend sit beside the sheet, whole, and work.
    const next = (await page.getByRole('button', { name: 'Next change' }).boundingBox())!;
    assert.ok(next.x >= panel.x + panel.width, 'Next change is beside the sheet, not under it');
    await page.getByRole('button', { name: 'Next change' }).click();
    await page.waitForURL(/date=2017-0[6-9]-/);
    assert.notEqual(new URL(page.url()).searchParams.get('date'), '2017-06-15');
    // The map's options open over the sheet, every one of them reachable.
    await page.locator('summary', { hasText: 'Map options' }).click();
    const toggle = page.getByRole('checkbox', { name: 'Main roads' });
    await toggle.scrollIntoViewIfNeeded();
    const b = (await toggle.boundingBox())!;
    assert.equal(await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as HTMLInputElement | null)?.type, [b.x + b.width / 2, b.y + b.height / 2]), 'checkbox');
    await page.keyboard.press('Escape');
    // A place opened over the list hides the list, out of the Tab order, until it closes.
    await visit(page, '/?list=1&place=raqqa');
    await mapIdle(page);
    await page.getByRole('dialog', { name: /Raqqa/ }).waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.place-list')), false, 'the focus never goes into the hidden list');
    }
    await page.getByRole('button', { name: 'Close Raqqa' }).click();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.place-list')!).visibility === 'visible');
    await context.close();
  });

  it('on a screen both narrow and short (640×360, and 1280×800 at 200 %) a place’s side sheet leaves the slider beside it, whole and in use', async () => {
    // One page, its window resized from the one size to the other.
    const { page, context } = await openPage(h, '/?place=al-tanf', { width: 640, height: 360 });
    for (const viewport of [{ width: 640, height: 360 }, { width: 640, height: 400 }]) {
      await page.setViewportSize(viewport);
      await mapIdle(page);
      const panel = (await page.getByRole('dialog', { name: /al-Tanf/ }).boundingBox())!;
      assert.ok(panel.x + panel.width <= viewport.width * 0.5, `a sheet at the side (right edge ${panel.x + panel.width} px)`);
      assert.equal(await page.locator('footer').evaluate((f) => (f as HTMLElement).inert), false, 'the footer beside the sheet is not inert');
      for (const name of ['Play', 'Previous change', 'Next change']) {
        const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
        assert.ok(b.x >= panel.x + panel.width, `${name} at ${viewport.width}×${viewport.height} is beside the sheet (x ${b.x}), not under it`);
      }
      const date = new URL(page.url()).searchParams.get('date');
      await page.getByRole('button', { name: 'Next change' }).click();
      await page.waitForURL((u) => /^2017-(0[6-9]|1[0-2])-/.test(u.searchParams.get('date') ?? '') && u.searchParams.get('date') !== date);
    }
    await context.close();
  });

  it('the zoom buttons and the credit keep beside a panel open at the right (the story, the reader, the list), not under it', async () => {
    // One page, taken from panel to panel as Back and Forward would, its window resized between them.
    const { page, context } = await openPage(h, '/?story=race-to-the-border-2017');
    for (const [viewport, path] of [
      [{ width: 1280, height: 800 }, null], [{ width: 1280, height: 800 }, '/?read=pierret-2017'],
      [{ width: 768, height: 1024 }, '/?list=1'], [{ width: 844, height: 390 }, '/?read=pierret-2017'],
    ] as const) {
      await page.setViewportSize(viewport);
      if (path) await visit(page, path);
      await mapIdle(page);
      for (const sel of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-attrib-button']) {
        const hit = await page.locator(sel).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !!top && (el === top || el.contains(top));
        });
        assert.ok(hit, `${sel} is in view at ${viewport.width}×${viewport.height} with ${path}`);
      }
      const zoom = () => page.evaluate(() => window.__syriaMap!.view().zoom);
      const before = await zoom();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForFunction((z) => window.__syriaMap!.view().zoom > z + 0.5, before);
    }
    await context.close();
  });

  it('at 320×640 the page does not scroll and the date keeps to one line between Previous and Next', async () => {
    const { page, context } = await openPage(h, '/', { width: 320, height: 640 });
    await mapIdle(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), 640);
    const date = (await page.locator('output.slider-date').boundingBox())!;
    assert.ok(date.height < 30, `the date is one line (${date.height} px)`);
    assert.equal(await page.getByRole('button', { name: 'Previous change' }).innerText(), '‹ Previous', 'the buttons keep their whole names for screen readers');
    await context.close();
  });

  it('a laptop at 200 % (960×540) gets the sideways layout: the story a sheet at the side with room for its chapter', async () => {
    const { page, context } = await openPage(h, '/?story=race-to-the-border-2017', { width: 960, height: 540 });
    await mapIdle(page);
    const panel = (await page.locator('.story-panel').boundingBox())!;
    assert.ok(panel.x < 5 && panel.height > 400, `a sheet the height of the page at the left (${JSON.stringify(panel)})`);
    const text = (await page.locator('.story-panel p').first().boundingBox())!;
    assert.ok(text.y + text.height / 2 < panel.y + panel.height - 60, 'the chapter\'s first paragraph in view, above the panel\'s buttons');
    const next = (await page.getByRole('button', { name: 'Next change' }).boundingBox())!;
    assert.ok(next.x >= panel.x + panel.width, 'the slider beside it');
    await context.close();
  });

  it('from 320 to 640 px wide, Previous, the date and Next share one row, the date clear of both buttons', async () => {
    // One page, its window narrowed step by step.
    const { page, context } = await openPage(h, '/', { width: 640, height: 800 });
    for (const width of [640, 600, 480, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await mapIdle(page);
      const [prev, date, next] = await Promise.all([
        page.getByRole('button', { name: 'Previous change' }).boundingBox(), page.locator('output.slider-date').boundingBox(),
        page.getByRole('button', { name: 'Next change' }).boundingBox(),
      ]);
      assert.ok(Math.abs(prev!.y - next!.y) < 2 && date!.y > prev!.y && date!.y < prev!.y + prev!.height, `${width}: one row`);
      assert.ok(prev!.x + prev!.width <= date!.x && date!.x + date!.width <= next!.x, `${width}: the date (${date!.x}–${date!.x + date!.width}) between the buttons`);
      const text = await page.locator('output.slider-date').evaluate((o) => { const r = document.createRange(); r.selectNodeContents(o); const b = r.getBoundingClientRect(); return [b.left, b.right]; });
      assert.ok(text[0]! >= prev!.x + prev!.width && text[1]! <= next!.x, `${width}: the date's words (${text}) clear of the buttons`);
    }
    await context.close();
  });

  it('on a phone the map’s options open over an open sheet', async () => {
    const { page, context } = await openPage(h, '/?place=al-tanf', { width: 390, height: 844 });
    await mapIdle(page);
    await page.locator('summary', { hasText: 'Map options' }).click();
    const b = (await page.getByRole('checkbox', { name: 'Main roads' }).boundingBox())!;
    assert.equal(await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as HTMLInputElement | null)?.type, [b.x + b.width / 2, b.y + b.height / 2]), 'checkbox');
    await context.close();
  });
});

