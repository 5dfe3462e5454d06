import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

const story = JSON.parse(fs.readFileSync('geodata/stories/race-to-the-border-2017.json', 'utf8')) as {
  id: string; chapters: Array<{ id: string; title: string; date: string; passages: string[]; highlight: { places: string[]; routes: string[] } }>;
};
const passages = new Map((JSON.parse(fs.readFileSync('geodata/passages.json', 'utf8')) as Array<{ id: string; text: string }>).map((p) => [p.id, p.text]));
const long = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('story mode: the race to the Iraqi border', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('every chapter opens by URL, sets its date, shows its quotes and highlights its places', async () => {
    // The first chapter by a fresh load, the others as Back and Forward would reach their addresses.
    const { page, context, errors } = await openPage(h, `/?story=${story.id}&chapter=${story.chapters[0]!.id}`);
    for (const [i, c] of story.chapters.entries()) {
      if (i > 0) await visit(page, `/?story=${story.id}&chapter=${c.id}`);
      await mapIdle(page);
      const panel = page.locator('.story-panel');
      await panel.getByRole('heading', { name: c.title }).waitFor();
      assert.equal(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext'), long(c.date), `${c.id} sets the date`);
      const text = await panel.innerText();
      for (const id of c.passages) assert.ok(text.includes(passages.get(id)!.slice(0, 60)), `${c.id} quotes ${id}`);
      const states = await page.evaluate((ids) => window.__syriaMap!.featuresAt(undefined, ['places-points', 'places-area-fill', 'places-lines']).filter((f) => ids.includes(String(f.id))).map((f) => f.state.highlight), c.highlight.places);
      assert.ok(states.length === 0 || states.every((s) => s === true), `${c.id} highlights its places`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a chapter or an event linked with a date that cannot be used opens at the chapter’s or the event’s date, with a notice', async () => {
    const { page, context } = await openPage(h, `/?story=${story.id}&chapter=palmyra&date=2016-02-30`);
    await mapIdle(page);
    const slider = page.getByRole('slider', { name: 'Date' });
    assert.equal(await slider.getAttribute('aria-valuetext'), long(story.chapters.find((c) => c.id === 'palmyra')!.date));
    await page.getByText('invalid date: 2016-02-30').waitFor();
    await page.goto(`${h.origin}/?event=tanf-strike-1&date=nope`);
    await mapIdle(page);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('date') === '2017-05-18');
    assert.equal(await slider.getAttribute('aria-valuetext'), '18 May 2017');
    await page.getByText('invalid date: nope').waitFor();
    await context.close();
  });

  it('a chapter in the east frames its places beside the panel, not under it, by link and by Next', async () => {
    const prev = story.chapters[story.chapters.findIndex((c) => c.id === 'hamdan-raid') - 1]!;
    for (const how of ['link', 'next'] as const) {
      const { page, context } = await openPage(h, `/?story=${story.id}&chapter=${how === 'link' ? 'hamdan-raid' : prev.id}`, { width: 1400, height: 900 });
      if (how === 'next') {
        await page.locator('.story-panel').getByRole('heading', { name: prev.title }).waitFor();
        await mapIdle(page);
        await page.locator('.story-panel').getByRole('button', { name: /Next/ }).click();
      }
      await page.locator('.story-panel').getByRole('heading', { name: 'A raid too far: al-Hamdan' }).waitFor();
      await page.waitForTimeout(2200);
      await mapIdle(page);
      const map = (await page.locator('.map').boundingBox())!;
      const panel = (await page.locator('.story-panel').boundingBox())!;
      for (const [name, at] of [['Al-Bukamal', [40.91856, 34.45226]], ['al-Tanf', [38.65, 33.5]]] as const) {
        const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), at as unknown as [number, number]);
        assert.ok(x! > 40 && map.x + x! < panel.x - 200 && y! > 0 && y! < map.height, `${how}: ${name} at ${Math.round(map.x + x!)},${Math.round(y!)}: 200 px or more left of the panel (room for its label) at ${Math.round(panel.x)}`);
      }
      await context.close();
    }
  });

  it('the keyboard walks the whole story, and leaving it keeps the date', async () => {
    const { page, context } = await openPage(h, `/?story=${story.id}`);
    await mapIdle(page);
    for (let i = 1; i < story.chapters.length; i++) {
      await page.locator('body').press('ArrowRight');
      await page.waitForURL(new RegExp(`chapter=${story.chapters[i]!.id}(&|$)`));
    }
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(new RegExp(`chapter=${story.chapters.at(-2)!.id}(&|$)`));
    const date = new URL(page.url()).searchParams.get('date');
    await page.getByRole('button', { name: 'Back to exploring' }).click();
    await page.waitForFunction(() => !document.querySelector('.story-panel'));
    assert.equal(new URL(page.url()).searchParams.get('date'), date);
    assert.equal(new URL(page.url()).searchParams.get('story'), null);
    await context.close();
  });

  it('the arrow keys leave the story alone while a dialog, the list or a place panel has the focus', async () => {
    const { page, context } = await openPage(h, `/?story=${story.id}&chapter=${story.chapters[1]!.id}`);
    await mapIdle(page);
    const chapter = () => new URL(page.url()).searchParams.get('chapter');
    await page.locator('summary', { hasText: 'Share' }).click();
    await page.getByRole('button', { name: 'Export and cite' }).click();
    const dialog = page.getByRole('dialog', { name: /Export this view/ });
    await dialog.waitFor();
    await dialog.getByRole('button').nth(1).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'List of places' }).first().click();
    await page.locator('.place-list tbody button').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    assert.equal(chapter(), story.chapters[1]!.id);
    // Back in the story's panel, they walk it again.
    await page.keyboard.press('Escape');
    await page.locator('.story-panel h2').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(new RegExp(`chapter=${story.chapters[2]!.id}(&|$)`));
    await context.close();
  });

  it('with the reader open, a click on its text and → leave the story where it is', async () => {
    const { page, context } = await openPage(h, `/?story=${story.id}&chapter=${story.chapters[1]!.id}&read=pierret-2017`);
    await mapIdle(page);
    await page.locator('.reader-text p').nth(2).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).searchParams.get('chapter'), story.chapters[1]!.id);
    // A link asking for the list and the reader gets the reader alone (they share the right side).
    await visit(page, '/?list=1&read=pierret-2017');
    await mapIdle(page);
    await page.locator('.reader').waitFor();
    assert.equal(await page.locator('.place-list').count(), 0);
    await context.close();
  });

  it('at 9 June 2017 the loyalists’ route is drawn as far as the Iraqi border, and no further in time', async () => {
    const { page, context } = await openPage(h, `/?story=${story.id}&chapter=loyalists-reach-the-border`);
    await mapIdle(page);
    const segs = await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['routes-line']).filter((f) => f.state.reached).map((f) => f.properties));
    const around = segs.filter((p) => p.route === 'loyalists-around-tanf');
    assert.ok(around.length > 0, 'the route is drawn');
    assert.equal(Math.max(...around.map((p) => Number(p.endDay))), dayNumber('2017-06-09'), 'its last drawn segment ends on 9 June 2017');
    assert.ok(segs.every((p) => Number(p.endDay) <= dayNumber('2017-06-09')), 'nothing later is drawn');
    await context.close();
  });
});
