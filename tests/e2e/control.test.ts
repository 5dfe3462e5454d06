import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

const MANBIJ: [number, number] = [37.95495, 36.52815];
const TANF_AREA: [number, number] = [38.75, 33.62];
/** Where the map draws each event. */
const eventMarkers = JSON.parse(fs.readFileSync('geodata/derived/events.geojson', 'utf8')) as { features: { properties: { event: string }; geometry: { coordinates: [number, number] } }[] };

async function factionAt(page: Page, p: [number, number]): Promise<unknown[]> {
  await mapIdle(page);
  const found = await page.evaluate((q) => window.__syriaMap!.featuresAt(q, ['control-fill']), p);
  return found.map((f) => f.state.faction);
}

/** The events the map shows near its date. */
async function nearEvents(page: Page): Promise<unknown[]> {
  await mapIdle(page);
  return page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['events-points']).filter((f) => f.state.near).map((f) => f.properties.event));
}

describe('who held what, day by day', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('Manbij lies in IS territory on 1 May 2016 and in SDF territory on 1 September 2016', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2016-05-01');
    await mapIdle(page);
    assert.ok((await factionAt(page, MANBIJ)).includes('islamic_state'));
    await visit(page, '/?date=2016-09-01');
    await mapIdle(page);
    assert.ok((await factionAt(page, MANBIJ)).includes('sdf'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the first idle the benchmark times a load to comes with the date\'s control drawn and nothing left to draw', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2016-05-01');
    // Polled every animation frame: MapLibre's own first idle, in the frame that fires `load`, came before the
    // app had coloured anything, and two to four frames followed it.
    await page.waitForFunction(() => window.__syriaMap?.firstIdle != null, undefined, { timeout: 120_000, polling: 'raf' });
    const atFirstIdle = await page.evaluate(() => window.__syriaMap!.frames);
    const manbij = await page.evaluate((q) => window.__syriaMap!.featuresAt(q, ['control-fill']).map((f) => f.state.faction), MANBIJ);
    assert.ok(manbij.includes('islamic_state'), JSON.stringify(manbij));
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.__syriaMap!.frames), atFirstIdle, 'frames drawn after the first idle');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the area around al-Tanf is US-backed on 15 June 2017, and the line beside the slider says so', async () => {
    const { page, context } = await openPage(h, '/?date=2017-06-15&place=al-tanf');
    await mapIdle(page);
    const f = await factionAt(page, TANF_AREA);
    assert.equal(f.at(-1), 'us_backed', `the zone is drawn over the towns' cells: ${JSON.stringify(f)}`);
    await page.getByText('15 June 2017: al-Tanf is held by US-backed rebels').first().waitFor();
    await context.close();
  });

  it('with a place open, its panel and the line above the slider follow the slider', async () => {
    const { page, context } = await openPage(h, '/?date=2016-08-11&place=manbij');
    await mapIdle(page);
    const panel = page.getByRole('dialog', { name: /Manbij/ });
    await panel.getByText('11 August 2016: Manbij is contested, held in part by the Islamic State.').waitFor();
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('ArrowRight');
    await panel.getByText('12 August 2016: Manbij is held by the SDF (YPG/PYD).').waitFor();
    assert.equal(await page.locator('.status-line').innerText(), '12 August 2016: Manbij is held by the SDF (YPG/PYD).');
    await context.close();
  });

  it('a place’s panel says since when the map has it so, and on what: the report, linked, or the passage quoted below', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2024-12-08&place=palmyra');
    const panel = page.getByRole('dialog', { name: /Palmyra/ });
    const line = panel.locator('.place-control-source');
    await line.getByText(/^Since 7 December 2024\. Source: Republic World, 2024-12-07: the US-backed Syrian Free Army takes Palmyra/).waitFor();
    const link = line.getByRole('link', { name: 'Read the report ↗' });
    assert.match((await link.getAttribute('href'))!, /^https:\/\/www\.republicworld\.com\//);
    assert.equal(await link.getAttribute('target'), '_blank');
    // It follows the slider, as the sentence above it does.
    await visit(page, '/?date=2016-06-01&place=palmyra');
    await line.getByText('Since 27 March 2016 (the day is approximate). Source: Pierret 2017, in a passage quoted below.').waitFor();
    assert.equal(await line.getByRole('link').count(), 0);
    // The period's note follows the source, a web address in it a link named by its site.
    await visit(page, '/?date=2016-09-01&place=daraya');
    const daraya = page.getByRole('dialog', { name: /Daraya/ }).locator('.place-control-source');
    await daraya.getByText(/ Note: evacuated 26–27 August 2016 \(AFP, 26 August 2016: cubasi\.cu ↗\)\.$/).waitFor();
    assert.equal(await daraya.getByRole('link', { name: 'cubasi.cu ↗' }).getAttribute('href'), 'https://cubasi.cu/en/world/item/8805-rebels-families-start-evacuating-syria-s-daraya');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a click on the map, off the places, says who held that point, since when and on what, and outlines its cell; it follows the slider and closes', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2024-12-08');
    await mapIdle(page);
    const map = (await page.locator('.map').boundingBox())!;
    const clickAt = async (lonLat: [number, number]) => {
      const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), lonLat);
      await page.mouse.click(map.x + x, map.y + y);
    };
    // Near Jableh, on the coast, where no place of the texts lies.
    await clickAt([35.9, 35.45]);
    const popup = page.locator('.point-popup');
    await popup.getByRole('heading', { name: 'Around Jableh' }).waitFor();
    await popup.getByText('8 December 2024: of uncertain control, most likely held by rebels.').waitFor();
    await popup.getByText(/^Since 8 December 2024\. Source: Haya Washington, 2024-12-08: /).waitFor();
    assert.equal(await popup.getByRole('link', { name: 'tass.com ↗' }).getAttribute('href'), 'https://tass.com/world/1884365');
    // The cell it speaks of is outlined on the map.
    const picked = () => page.evaluate((q) => window.__syriaMap!.featuresAt(q, ['control-picked']).map((f) => f.state.picked ?? false), [35.9, 35.45] as [number, number]);
    assert.deepEqual(await picked(), [true]);
    // The slider moves it to the date: Home is the map's first day.
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Home');
    await popup.getByText('1 January 2015: held by the government and its allies.').waitFor();
    await popup.getByText(/^Since the map’s first day, 1 January 2015\. Source: Institute for the Study of War/).waitFor();
    await page.getByRole('button', { name: 'Close popup' }).click();
    await popup.waitFor({ state: 'detached' });
    assert.deepEqual(await picked(), [false]);
    // A place's point takes the click for itself: its panel opens, and no popup.
    await clickAt([38.65, 33.5]);
    await page.getByRole('dialog', { name: /al-Tanf/ }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await popup.count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('on a phone a tap inside an area of the texts opens the popup, not the area’s sheet over it, and the popup offers the area', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2017-06-15', { width: 390, height: 844 });
    await mapIdle(page);
    const map = (await page.locator('.map').boundingBox())!;
    // Inside the Badiya and the al-Tanf zone, off any place's point.
    const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), [38.3, 33.8] as [number, number]);
    await page.mouse.click(map.x + x, map.y + y);
    const popup = page.locator('.point-popup');
    await popup.getByRole('heading', { name: 'The 55 km zone around al-Tanf' }).waitFor();
    const badiya = page.getByRole('dialog', { name: /the Badiya/ });
    await page.waitForTimeout(300);
    assert.equal(await badiya.count(), 0);
    // The popup is not under anything: what is drawn at its title is the popup.
    const title = (await popup.getByRole('heading').boundingBox())!;
    assert.equal(await page.evaluate(([px, py]) => !!document.elementFromPoint(px, py)?.closest('.point-popup'), [title.x + 5, title.y + title.height / 2] as [number, number]), true);
    await popup.getByRole('button', { name: 'Passages on the Badiya ›' }).click();
    await badiya.waitFor();
    await popup.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
    // Held sideways the map is under 200 px tall: the popup opens on the side with room and scrolls, its title
    // inside the map (it had opened below the point, cut off at the map's foot, only its tip showing).
    const side = await openPage(h, '/?date=2017-06-15', { width: 844, height: 390 });
    await mapIdle(side.page);
    const sideMap = (await side.page.locator('.map').boundingBox())!;
    const [sx, sy] = await side.page.evaluate((p) => window.__syriaMap!.project(p), [38.3, 33.8] as [number, number]);
    await side.page.mouse.click(sideMap.x + sx, sideMap.y + sy);
    const sideTitle = side.page.locator('.point-popup').getByRole('heading', { name: 'The 55 km zone around al-Tanf' });
    await sideTitle.waitFor();
    const t = (await sideTitle.boundingBox())!;
    assert.ok(t.y >= sideMap.y && t.y + t.height <= sideMap.y + sideMap.height, `title at ${t.y}–${t.y + t.height}, map ${sideMap.y}–${sideMap.y + sideMap.height}`);
    assert.deepEqual(side.errors, []);
    await side.context.close();
  });

  it('from the keyboard, Enter on the map says who held the point under the cross at its centre, reads it out and keeps the focus; Escape closes it', async () => {
    const { page, context, errors } = await openPage(h, '/?date=2024-12-08&bbox=35.75,35.35,36.05,35.55');
    await mapIdle(page);
    const canvas = page.getByRole('region', { name: 'Map: the arrow keys move it; Enter opens the place or event at the cross in its centre, or says who held that point' });
    const cross = page.locator('.map-centre');
    assert.equal(await cross.isVisible(), false);
    await canvas.focus();
    await cross.waitFor({ state: 'visible' });
    const box = (await canvas.boundingBox())!;
    const crossBox = (await cross.boundingBox())!;
    assert.ok(Math.abs(crossBox.x + crossBox.width / 2 - (box.x + box.width / 2)) < 1 && Math.abs(crossBox.y + crossBox.height / 2 - (box.y + box.height / 2)) < 1);
    await page.keyboard.press('Enter');
    const popup = page.locator('.point-popup');
    await popup.getByRole('heading', { name: 'Around Jableh' }).waitFor();
    await page.getByText('Around Jableh. 8 December 2024: of uncertain control, most likely held by rebels.').waitFor({ state: 'attached' });
    assert.equal(await page.getByText('Around Jableh. 8 December', { exact: false }).first().evaluate((e) => e.closest('[aria-live]')?.getAttribute('aria-live')), 'polite');
    const focusedIsCanvas = () => page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false);
    assert.equal(await focusedIsCanvas(), true);
    // The popup's tip, at the point asked about: under the cross, then moved off it with the map by the arrow keys,
    // then under it again at a second Enter.
    const tipOffset = async () => {
      const tip = (await page.locator('.maplibregl-popup-tip').boundingBox())!;
      return Math.abs(tip.x + tip.width / 2 - (box.x + box.width / 2));
    };
    assert.ok(await tipOffset() < 2);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await mapIdle(page);
    assert.ok(await tipOffset() > 50);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('.maplibregl-popup-tip'));
    await page.waitForTimeout(100);
    assert.ok(await tipOffset() < 2);
    // Escape closes the popup and leaves the focus on the map, the cross still shown.
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    assert.equal(await focusedIsCanvas(), true);
    assert.equal(await cross.isVisible(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('from the keyboard, Enter opens the place whose point is within reach of the cross, and the popup once the point is out of reach', async () => {
    // The map centred on Palmyra's point.
    const [lon, lat] = [38.28402, 34.5624];
    const { page, context, errors } = await openPage(h, `/?date=2017-06-15&bbox=${lon - 0.1},${lat - 0.1},${lon + 0.1},${lat + 0.1}`);
    await mapIdle(page);
    const canvas = page.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), [lon, lat] as [number, number]);
    assert.ok(Math.hypot(x - box.width / 2, y - box.height / 2) < 12, `Palmyra at ${x}, ${y}`);
    await canvas.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: /Palmyra/ });
    await panel.waitFor();
    assert.match(page.url(), /place=palmyra/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'place-title');
    assert.equal(await page.locator('.point-popup').count(), 0);
    // Escape closes it and the focus goes back to the map, whose arrow keys move Palmyra out of the cross's reach.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    await page.keyboard.press('ArrowRight');
    await mapIdle(page);
    const [x2, y2] = await page.evaluate((p) => window.__syriaMap!.project(p), [lon, lat] as [number, number]);
    assert.ok(Math.hypot(x2 - box.width / 2, y2 - box.height / 2) > 20, `Palmyra at ${x2}, ${y2}`);
    await page.keyboard.press('Enter');
    // Palmyra lies in the Badiya: from the keyboard the area's panel does not open (it would take the focus from the
    // map at every Enter); the popup offers it.
    const popup = page.locator('.point-popup');
    await popup.getByRole('heading', { name: 'Around Palmyra' }).waitFor();
    await page.waitForTimeout(300);
    assert.doesNotMatch(page.url(), /place=/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    await popup.getByRole('button', { name: 'Passages on the Badiya ›' }).click();
    await page.getByRole('dialog', { name: /the Badiya/ }).waitFor();
    await popup.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the slider moves by day, month and change from the keyboard, fills no history, never calls setData, and never widens the page', async () => {
    const { page, context } = await openPage(h, '/?date=2016-08-11');
    await mapIdle(page);
    const historyBefore = await page.evaluate(() => history.length);
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/date=2016-08-12/);
    // The slider's own output shows the new date; the line above it, with no place selected, says what it is for.
    await page.locator('output.slider-date').getByText('12 August 2016').waitFor();
    assert.equal(await page.locator('.status-line').innerText(), 'Select a place to see who held it on this date.');
    assert.ok((await factionAt(page, MANBIJ)).includes('sdf'), 'Manbij turns SDF on 12 August 2016');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/date=2016-08-11/);
    await page.keyboard.press('PageUp');
    await page.waitForURL(/date=2016-09-11/);
    await page.keyboard.press('End');
    await page.waitForURL(/date=2024-12-08/);
    // The area chart's date marker, at the right end, stays inside the page: no sideways scrolling.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1280, 'the page is no wider than the window');
    await page.keyboard.press('Home');
    await page.waitForURL(/date=2015-01-01/);
    // The first change of control: the rebels take Sheikh Maskin's Brigade 82 base (25 January 2015).
    await page.getByRole('button', { name: /Next change/ }).click();
    await page.waitForURL(/date=2015-01-25/);
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'moving the slider replaces the history entry');
    assert.deepEqual(await page.evaluate(() => window.__syriaMap!.setDataCalls), {}, 'no setData on any source');
    await context.close();
  });

  it('the event ticks are one stop of the Tab order, and the arrow keys move along them', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    const labels = await page.locator('.tick--event').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), labels[0]);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), labels[1]);
    await page.keyboard.press('End');
    assert.equal(await focused(), labels.at(-1));
    await page.keyboard.press('Tab');
    assert.ok(!labels.includes((await focused()) ?? null), 'one Tab leaves the ticks');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), labels.at(-1), 'and Shift+Tab returns to the one last visited');
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=/);
    await context.close();
  });

  it('an event is reachable from its tick on the slider, with its source, and Back returns to the date before it', async () => {
    const { page, context } = await openPage(h, '/?date=2016-01-01');
    await mapIdle(page);
    await page.getByRole('button', { name: '18 May 2017: First US strike near al-Tanf' }).click();
    const panel = page.getByRole('dialog', { name: 'First US strike near al-Tanf' });
    await panel.waitFor();
    assert.match(await panel.innerText(), /In May-June 2017, US aircraft carried out three attacks/);
    assert.match(page.url(), /event=tanf-strike-1/);
    assert.match(page.url(), /date=2017-05-18/);
    const shown = await nearEvents(page);
    assert.ok(shown.includes('tanf-strike-1'), 'its marker is on the map');
    assert.equal(await page.locator('output.slider-date').innerText(), '18 May 2017');
    // Back returns to the date before the event, on the slider and on the map, and closes the panel.
    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    await page.locator('output.slider-date').getByText('1 January 2016').waitFor();
    assert.equal(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext'), '1 January 2016');
    const later = await nearEvents(page);
    assert.ok(!later.includes('tanf-strike-1'), 'its marker has gone with the date');
    await context.close();
  });

  it('an event sourced to a report names it and links to where it was read, in a new tab; one sourced to a passage quotes it instead', async () => {
    const events = JSON.parse(fs.readFileSync('geodata/events.json', 'utf8')) as Array<{ id: string; source: { record?: string; url?: string } }>;
    const idlib = events.find((e) => e.id === 'idlib-falls')!.source;
    const { page, context, errors } = await openPage(h, '/?event=idlib-falls');
    const panel = page.getByRole('dialog', { name: 'Idlib falls to Jaish al-Fatah' });
    await panel.waitFor();
    assert.match(await panel.innerText(), new RegExp(`Source: ${idlib.record}, 2015-03-30: `));
    const link = panel.getByRole('link', { name: 'Read the report ↗' });
    assert.equal(await link.getAttribute('href'), idlib.url);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await visit(page, '/?event=tanf-strike-1');
    const strike = page.getByRole('dialog', { name: 'First US strike near al-Tanf' });
    await strike.waitFor();
    assert.equal(await strike.getByRole('link', { name: 'Read the report ↗' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the event panel steps to the events before and after it in date order, and Back steps back', async () => {
    const { page, context } = await openPage(h, '/?event=tanf-strike-1');
    await mapIdle(page);
    await page.getByRole('dialog', { name: 'First US strike near al-Tanf' }).waitFor();
    const later = page.getByRole('button', { name: 'Later event' });
    assert.equal(await later.getAttribute('title'), '6 June 2017: Second US strike near al-Tanf');
    await later.click();
    await page.getByRole('dialog', { name: 'Second US strike near al-Tanf' }).waitFor();
    assert.match(page.url(), /event=tanf-strike-2/);
    assert.equal(await page.locator('output.slider-date').innerText(), '6 June 2017');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Later event ›', 'the focus stays on the button');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Third US strike near al-Tanf' }).waitFor();
    await page.getByRole('button', { name: 'Earlier event' }).click();
    await page.getByRole('button', { name: 'Earlier event' }).click();
    await page.getByRole('button', { name: 'Earlier event' }).click();
    await page.getByRole('dialog', { name: 'The Astana de-escalation zones' }).waitFor();
    await page.goBack();
    await page.getByRole('dialog', { name: 'First US strike near al-Tanf' }).waitFor();
    // At either end of the timeline one of the two is disabled.
    await visit(page, '/?event=idlib-falls');
    await page.getByRole('dialog', { name: 'Idlib falls to Jaish al-Fatah' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Earlier event' }).isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Later event' }).isDisabled(), false);
    await visit(page, '/?event=fall-of-damascus');
    await page.getByRole('dialog', { name: 'The fall of Damascus' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Later event' }).isDisabled(), true);
    await context.close();
  });

  it('an event under its panel or off the map is brought into view, on a wide screen and on a phone held sideways', async () => {
    for (const [viewport, id, title] of [
      [{ width: 1280, height: 800 }, 'russian-intervention', 'Russia’s air campaign begins'],
      [{ width: 844, height: 390 }, 'tanf-strike-2', 'Second US strike near al-Tanf'],
    ] as const) {
      const { page, context } = await openPage(h, `/?event=${id}`, viewport);
      await mapIdle(page);
      await page.getByRole('dialog', { name: title }).waitFor();
      await page.waitForTimeout(1200);
      await mapIdle(page);
      const marker = eventMarkers.features.find((f) => f.properties.event === id)!.geometry.coordinates;
      const point = await page.evaluate((lonLat) => window.__syriaMap!.project(lonLat), marker);
      const map = (await page.locator('.map').boundingBox())!;
      const panel = (await page.locator('.event-panel').boundingBox())!;
      const [x, y] = [map.x + point[0]!, map.y + point[1]!];
      assert.ok(x > panel.x + panel.width && x < map.x + map.width && y > map.y && y < map.y + map.height,
        `${id} at ${Math.round(x)},${Math.round(y)} at ${viewport.width}×${viewport.height}: beside the panel (right edge ${Math.round(panel.x + panel.width)}) and inside the map`);
      await context.close();
    }
  });

  it('on a phone, a tap beside an event tick opens the tick nearest to it, and a tap far from any opens none', async () => {
    const { page, context } = await openPage(h, '/?date=2016-01-01', { width: 390, height: 844 });
    await mapIdle(page);
    const tick = page.getByRole('button', { name: '5 March 2020: The Moscow ceasefire for Idlib' });
    const box = (await tick.boundingBox())!;
    assert.ok(box.width < 12 && box.height < 12, `the tick itself is small (${box.width}×${box.height})`);
    // 7 px to the right of its centre and 8 px below it: off the tick, within the strip.
    await page.mouse.click(box.x + box.width / 2 + 7, box.y + box.height / 2 + 8);
    await page.getByRole('dialog', { name: 'The Moscow ceasefire for Idlib' }).waitFor();
    assert.match(page.url(), /event=moscow-ceasefire/);
    await page.getByRole('button', { name: 'Close the event' }).click();
    await page.waitForURL((u) => !u.search.includes('event='));
    // Halfway between 2021 and 2023 no event lies within reach.
    const strip = (await page.getByRole('toolbar').boundingBox())!;
    const pxPerDay = strip.width / (Date.UTC(2024, 11, 8) - Date.UTC(2015, 0, 1)) * 86_400_000;
    await page.mouse.click(strip.x + pxPerDay * ((Date.UTC(2022, 0, 1) - Date.UTC(2015, 0, 1)) / 86_400_000), strip.y + strip.height / 2);
    await page.waitForTimeout(300);
    assert.doesNotMatch(page.url(), /event=/);
    await context.close();
  });

  it('Play at the last day starts again from the first', async () => {
    const { page, context } = await openPage(h, '/?date=2024-12-08');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForURL(/date=2015-/);
    assert.equal(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed'), 'true', 'and plays on');
    await page.getByRole('button', { name: 'Pause' }).click();
    await context.close();
  });

  it('a faction hidden from the map is left out of the area chart too', async () => {
    const { page, context } = await openPage(h, '/?hide=government');
    await mapIdle(page);
    const bands = await page.locator('.area-chart path:not(.area-chart-unsure) title').allTextContents();
    assert.ok(bands.length === 5 && !bands.includes('Government and allies'), bands.join());
    // The hatched parts of the bands shown, and none of the hidden faction's.
    const hatched = await page.locator('.area-chart path.area-chart-unsure title').allTextContents();
    assert.ok(hatched.length > 0 && hatched.every((x) => !x.startsWith('Government')), hatched.join());
    await context.close();
  });
});

