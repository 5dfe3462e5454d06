/**
 * Where the focus goes when things open and close, the menus, and the links that must keep the view: found by a
 * hostile keyboard-only read of the viewer (2026-12-02), each of these once lost the focus to the page's body
 * or the view.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

const focused = (page: Page) => page.evaluate(() => {
  const a = document.activeElement;
  return a === document.body || !a ? 'BODY' : `${a.tagName} ${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 60)}`;
});

describe('focus, menus and links that keep the view', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('closing a panel or a dialog returns the focus to what opened it, or to its menu, never to the page', async () => {
    const { page, context } = await openPage(h, '/?date=2016-01-01');
    await mapIdle(page);
    // An event opened from its tick: Escape returns to the tick.
    const tick = page.getByRole('button', { name: '18 May 2017: First US strike near al-Tanf' });
    await tick.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'First US strike near al-Tanf' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'First US strike near al-Tanf' }).waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'BUTTON 18 May 2017: First US strike near al-Tanf');
    // The list of places: Escape returns to its button.
    await page.getByRole('button', { name: 'List of places' }).first().click();
    await page.getByRole('dialog', { name: /places/i }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.place-list'));
    assert.equal(await focused(page), 'BUTTON List of places');
    // A dialog opened from a menu: closing it returns to the menu's summary (the button inside is hidden).
    await page.locator('summary', { hasText: 'Share' }).click();
    await page.getByRole('button', { name: 'Export and cite' }).click();
    await page.getByRole('dialog', { name: /Export this view/ }).waitFor();
    // An export keeps the focus on its button while it is made and after.
    await page.getByRole('button', { name: 'Passages (CSV)' }).focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await page.getByText(/^Saved syria-passages\.csv/).waitFor();
    assert.equal(await focused(page), 'BUTTON Passages (CSV)');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /Export this view/ }).waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'SUMMARY Share');
    // A place opened from an event's "Show …", whose panel has gone: closing it leaves the focus on the map. (A
    // fresh load of the event's link: reached as Back would reach it, the event's panel takes the Share menu, which
    // had the focus, for its opener, and the focus goes back there.)
    await page.goto(`${h.origin}/?event=tanf-strike-1`);
    await mapIdle(page);
    await page.getByRole('button', { name: 'Show al-Tanf' }).click();
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    await context.close();
  });

  it('a story takes the focus to its chapter, keeps it at the last chapter, closes its list of chapters on a choice, and gives it to the map on leaving', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Story: race to the border, 2017' }).click();
    await page.locator('.story-panel').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'story-chapter-title');
    await page.locator('.story-chapters summary').click();
    await page.locator('.story-chapters').getByRole('button').last().click();
    assert.equal(await page.locator('.story-chapters').evaluate((d) => (d as HTMLDetailsElement).open), false, 'the list of chapters has closed');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'story-chapter-title');
    await page.locator('.story-nav button').first().click();
    await page.locator('.story-nav button').last().click();
    await page.waitForFunction(() => (document.querySelector('.story-nav button:last-child') as HTMLButtonElement | null)?.disabled === true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'story-chapter-title', 'Next, now disabled, hands the focus to the chapter');
    await page.getByRole('button', { name: 'Back to exploring' }).click();
    await page.waitForFunction(() => !document.querySelector('.story-panel'));
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    await context.close();
  });

  it('dismissing a notice, “Show all places” and Escape in the story’s list of chapters leave the focus on the page’s controls', async () => {
    const { page, context } = await openPage(h, '/?place=nope&date=bad&text=pierret-2017');
    await mapIdle(page);
    // A dismissed notice hands the focus to the next one, the last one to the map.
    await page.getByRole('button', { name: 'Dismiss: invalid date: bad' }).focus();
    await page.keyboard.press('Enter');
    assert.match(await focused(page), /^BUTTON Dismiss: No place has the id “nope”/);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.notices li').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    // The chip of the text filter goes with the filter.
    await page.getByRole('button', { name: 'Show all places' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.filter-chip'));
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    // The story's list of chapters closes on Escape, back to its summary; the story stays.
    await visit(page, '/?story=race-to-the-border-2017');
    await mapIdle(page);
    const chapters = page.locator('.story-chapters');
    await chapters.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await chapters.evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await focused(page), 'SUMMARY All chapters');
    assert.equal(await page.locator('.story-panel').count(), 1);
    await context.close();
  });

  it('the reader and the list, which open over the story, hide it and take it out of the Tab order; closing the reader returns to the story’s link', async () => {
    // One page, taken back to the chapter as Back would and its window narrowed to a phone's for the second round.
    const { page, context } = await openPage(h, '/?story=race-to-the-border-2017&chapter=tanf-strikes');
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(viewport);
      await visit(page, '/?story=race-to-the-border-2017&chapter=tanf-strikes');
      await mapIdle(page);
      const storyTabStops = async () => {
        let n = 0;
        for (let i = 0; i < 40; i++) { await page.keyboard.press('Tab'); if (await page.evaluate(() => !!document.activeElement?.closest('.story-panel'))) n++; }
        return n;
      };
      await page.locator('.story-panel').getByRole('link', { name: 'Read in context' }).first().focus();
      await page.keyboard.press('Enter');
      await page.locator('section.reader').waitFor();
      assert.equal(await page.locator('.story-panel').evaluate((e) => getComputedStyle(e).visibility), 'hidden', `${viewport.width}: under the reader`);
      assert.equal(await storyTabStops(), 0, `${viewport.width}: no Tab stop in the story under the reader`);
      await page.locator('section.reader').getByRole('button').first().focus();
      await page.keyboard.press('Escape');
      await page.locator('section.reader').waitFor({ state: 'detached' });
      assert.equal(await focused(page), 'A Read in context', `${viewport.width}: back to the link`);
      await visit(page, '/?story=race-to-the-border-2017&list=1');
      await mapIdle(page);
      assert.equal(await storyTabStops(), 0, `${viewport.width}: no Tab stop in the story under the list`);
    }
    await context.close();
  });

  it('Map options closes on Escape, back to its summary, and on a click outside it', async () => {
    const { page, context } = await openPage(h, '/?place=palmyra');
    await mapIdle(page);
    const menu = page.locator('details.tools', { hasText: 'Map options' });
    await menu.locator('summary').click();
    await page.getByRole('checkbox', { name: 'Main roads' }).focus();
    await page.keyboard.press('Escape');
    assert.equal(await menu.evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await focused(page), 'SUMMARY Map options');
    assert.ok(await page.getByRole('dialog', { name: /Palmyra/ }).isVisible(), 'Escape in the menu leaves the place open');
    await menu.locator('summary').click();
    await page.mouse.click(600, 550);
    assert.equal(await menu.evaluate((d) => (d as HTMLDetailsElement).open), false);
    await context.close();
  });

  it('“Read in context” from a story opens the reader over it, the story kept in the address, and an event link without a date opens on the event’s day', async () => {
    const { page, context } = await openPage(h, '/?story=race-to-the-border-2017&chapter=tanf-strikes');
    await mapIdle(page);
    await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });
    await page.locator('.story-panel').getByRole('link', { name: 'Read in context' }).first().click();
    await page.locator('.reader').waitFor();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('story'), 'race-to-the-border-2017');
    assert.equal(url.searchParams.get('chapter'), 'tanf-strikes');
    assert.ok(url.searchParams.get('read'));
    assert.equal(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere), true, 'no page load');
    await page.goto(`${h.origin}/?event=tell-abyad-2015`);
    await mapIdle(page);
    await page.locator('output.slider-date').getByText('16 June 2015').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('date'), '2015-06-16');
    await context.close();
  });

  it('the reader shows a passage from its first line, its footnotes lead back and forth without touching the address, and its choice of text keeps the focus', async () => {
    const { page, context } = await openPage(h, '/?read=pierret-2017&passage=pierret-2017-first-direct-air-support', { width: 360, height: 740 });
    await mapIdle(page);
    const target = page.locator('.reader .is-target');
    await target.waitFor();
    await page.waitForTimeout(200);
    const head = (await page.locator('.reader-head').boundingBox())!;
    const box = (await target.boundingBox())!;
    const reader = (await page.locator('.reader').boundingBox())!;
    assert.ok(box.y >= head.y + head.height - 1 && box.y < reader.y + reader.height, `the passage starts in view, under the reader's head (${box.y} against ${head.y + head.height})`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const mark = page.locator('.reader-text sup a').first();
    await mark.click();
    assert.equal(new URL(page.url()).hash, '');
    assert.match(await focused(page), /^LI /);
    await page.locator('.reader-notes li:focus a').click();
    assert.equal(new URL(page.url()).hash, '');
    assert.equal(await page.evaluate(() => document.activeElement?.id), await mark.getAttribute('id'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.reader'));
    await visit(page, '/?read=pierret-2017');
    await mapIdle(page);
    await page.locator('#reader-source').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/read=giustozzi-2025/);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-source');
    await context.close();
  });
});
