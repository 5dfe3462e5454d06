import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

describe('places and their passages', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('opens a place from the URL with its passages, quoted word for word', async () => {
    const { page, context, errors, foreign } = await openPage(h, '/?place=deir-ez-zor');
    await mapIdle(page);
    const panel = page.getByRole('dialog', { name: /Deir ez-Zor/ });
    await panel.waitFor();
    const text = await panel.innerText();
    assert.match(text, /re-opening the road from Palmyra to the besieged garrison of Deir Ez-Zor/);
    assert.match(text, /Thomas Pierret/);
    assert.match(text, /دير الزور/);
    // The place's name is highlighted in the quote.
    assert.ok((await panel.locator('mark').allInnerTexts()).some((m) => /Deir ez-Zor/i.test(m)));
    // Focus moved into the panel.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'place-title');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a passage that does not name the place carries the map’s own note, apart from the quote', async () => {
    const { page, context } = await openPage(h, '/?place=israel');
    await mapIdle(page);
    const quote = page.locator('figure.passage', { hasText: 'Israeli air strikes targeting arms shipments' });
    assert.equal(await quote.locator('blockquote').innerText(), 'However, this restraint has not spared regime-controlled areas from intensifying Israeli air strikes targeting arms shipments to Hezbollah.');
    assert.equal(await quote.locator('.passage-note').innerText(), 'Our note: the air strikes are Israel’s (“Israeli air strikes”)');
    // A passage without a note shows none.
    assert.equal(await page.locator('figure.passage', { hasText: 'Assad views Iran as a useful tool against Israel.' }).locator('.passage-note').count(), 0);
    await context.close();
  });

  it('clicking al-Tanf on the map shows the passage on the May–June 2017 US airstrikes; Escape closes it', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    const [x, y] = await page.evaluate(() => window.__syriaMap!.project([38.65, 33.5]));
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    const panel = page.getByRole('dialog', { name: /al-Tanf/ });
    await panel.waitFor();
    assert.match(await panel.innerText(), /In May-June 2017, US aircraft carried out three attacks/);
    assert.match(page.url(), /place=al-tanf/);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /place=/);
    await context.close();
  });

  it('a place’s point inside an event’s ring takes the click, the ring’s band opens the event, and a ring far from its date takes nothing', async () => {
    // Operation Olive Branch (20 January 2018) at Afrin; A’zaz, 18 km away, whose point the event's marker covered
    // at the country's zoom until its marker became a ring around Afrin's own point.
    const afrin: [number, number] = [36.86954, 36.51194];
    const azaz: [number, number] = [37.04628, 36.58662];
    const { page, context, errors } = await openPage(h, '/?date=2018-01-25');
    await mapIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const at = (p: [number, number]) => page.evaluate((q) => window.__syriaMap!.project(q), p);
    const [ax, ay] = await at(azaz);
    await page.mouse.click(box.x + ax, box.y + ay);
    await page.getByRole('dialog', { name: /A’zaz/ }).waitFor();
    await page.keyboard.press('Escape');
    const [fx, fy] = await at(afrin);
    await page.mouse.click(box.x + fx, box.y + fy);
    await page.getByRole('dialog', { name: /Afrin/ }).waitFor();
    await page.keyboard.press('Escape');
    // The ring's band, 10 px right of Afrin's point: the pointer says it can be clicked, and the click opens the event.
    await page.mouse.move(box.x + fx + 10, box.y + fy);
    assert.equal(await page.locator('.maplibregl-canvas').evaluate((c) => (c as HTMLElement).style.cursor), 'pointer');
    await page.mouse.click(box.x + fx + 10, box.y + fy);
    await page.getByRole('dialog', { name: /Operation Olive Branch/ }).waitFor();
    assert.match(page.url(), /event=/);
    await context.close();
    // On 1 June 2019 the ring is not drawn: the same click opens the point popup, not the event.
    const later = await openPage(h, '/?date=2019-06-01');
    await mapIdle(later.page);
    const [lx, ly] = await later.page.evaluate((q) => window.__syriaMap!.project(q), afrin);
    assert.ok((await later.page.evaluate((q) => window.__syriaMap!.featuresAt(q, ['events-points']).map((f) => f.state.near ?? false), afrin)).includes(false));
    const laterBox = (await later.page.locator('.map').boundingBox())!;
    await later.page.mouse.click(laterBox.x + lx + 10, laterBox.y + ly);
    await later.page.locator('.point-popup').getByRole('heading').waitFor();
    assert.doesNotMatch(later.page.url(), /event=/);
    assert.deepEqual(errors, []);
    assert.deepEqual(later.errors, []);
    await later.context.close();
  });

  it('on a phone a tap beside a place’s point, within 16 px, opens the place; further off it does not', async () => {
    const afrin: [number, number] = [36.86954, 36.51194];
    const { page, context, errors } = await openPage(h, '/?date=2019-06-01', { width: 390, height: 844 }, true);
    await mapIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const [x, y] = await page.evaluate((q) => window.__syriaMap!.project(q), afrin);
    // 8 px left of the point's centre: outside the drawn point (at most 5.5 px in radius at this zoom).
    await page.touchscreen.tap(box.x + x - 8, box.y + y);
    await page.getByRole('dialog', { name: /Afrin/ }).waitFor();
    assert.match(page.url(), /place=afrin/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /Afrin/ }).waitFor({ state: 'detached' });
    // Two taps less than 30 px and 500 ms apart are MapLibre's double tap, which zooms and opens nothing:
    // this one lands 37 px from the first (and 42 px from the point).
    await page.touchscreen.tap(box.x + x - 30, box.y + y + 30);
    await page.locator('.point-popup').waitFor();
    assert.doesNotMatch(page.url(), /place=/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('falls back with a notice for an unknown place', async () => {
    const { page, context } = await openPage(h, '/?place=atlantis');
    await page.getByText('No place has the id “atlantis”').waitFor();
    await context.close();
  });

  it('falls back with a notice for an unknown event, text to read or passage', async () => {
    const { page, context } = await openPage(h, '/?event=constructor&read=pierret-2017&passage=no-such-passage');
    await page.getByText('No event has the id “constructor”').waitFor();
    await page.getByText('The text has no passage “no-such-passage”; opening it at its start.').waitFor();
    await page.getByRole('heading', { name: /Syria in the Aftermath of the Russian Intervention/ }).first().waitFor();
    await visit(page, '/?read=nope');
    await page.getByText('No text has the id “nope”; the reader stays closed.').waitFor();
    await context.close();
  });

  it('renders names and quotes as text, never as markup', async () => {
    const { page, context } = await openPage(h, '/?place=%3Cimg%20src%3Dx%3E');
    await page.getByText(/invalid place id/).waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await context.close();
  });

  it('draws the same place labels as MapLibre given all of them, at the country’s zoom and closer in', async () => {
    // The labels' layer asks only for those with room at the tile's zoom (src/places/place-labels.ts).
    // One page, framed in turn as links with these boxes open it: the opening view, then the region to a city.
    const { page, context } = await openPage(h, '/?date=2017-06-15');
    const views: Array<[number, number, number, number] | null> = [null, [30, 29, 48, 40], [38, 34.2, 41, 36.3], [35.5, 33, 37.5, 34.5], [35.8, 33.2, 36.8, 33.9], [36.5, 35.9, 37.6, 36.7]];
    const zooms: number[] = [];
    for (const view of views) {
      await mapIdle(page);
      if (view) {
        await page.evaluate((b) => window.__syriaMap!.fit(b), view);
        await mapIdle(page);
      }
      zooms.push(await page.evaluate(() => window.__syriaMap!.view().zoom));
      const drawn = await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['places-labels']).map((f) => String(f.id)).sort());
      const unthinned = (await page.evaluate(() => window.__syriaMap!.unthinnedLabels())).sort();
      assert.ok(drawn.length >= 7, `${view ?? 'opening view'}: ${drawn.length} labels`);
      assert.deepEqual(drawn, unthinned, String(view ?? 'opening view'));
    }
    // From the whole region down to a city's surroundings.
    assert.ok(Math.min(...zooms) < 6 && Math.max(...zooms) > 8.5, zooms.join(', '));
    await context.close();
  });

  it('an area takes a click anywhere inside it, and only the selected area is tinted', async () => {
    const { page, context } = await openPage(h, '/?date=2017-06-15&bbox=36,32.5,39.5,34.8');
    await mapIdle(page);
    const tinted = () => page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['places-area-emphasis']).map((f) => String(f.id)));
    assert.deepEqual(await tinted(), []);
    // Inside the Badiya, away from any point: its surface is not drawn, yet takes the click.
    const [x, y] = await page.evaluate(() => window.__syriaMap!.project([37.9, 34.1]));
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    await page.getByRole('dialog', { name: /the Badiya/ }).waitFor();
    await mapIdle(page);
    assert.deepEqual([...new Set(await tinted())], ['badiya']);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /the Badiya/ }).waitFor({ state: 'detached' });
    await mapIdle(page);
    assert.deepEqual(await tinted(), []);
    await context.close();
  });
});
