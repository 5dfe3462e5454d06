import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { mapIdle, openPage, startHarness, type Harness } from './harness.ts';

/** The width and height written in a PNG's IHDR chunk. */
function pngSize(b: Buffer): [number, number] {
  assert.equal(b.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('exploring: the list of places, filters and exports', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('a place chosen in the list at 1280 px is brought into view between the list and its panel', async () => {
    const { page, context } = await openPage(h, '/?list=1');
    await mapIdle(page);
    await page.getByRole('dialog', { name: 'The places in the texts' }).getByRole('button', { name: 'Al-Bukamal', exact: true }).click();
    await page.getByRole('dialog', { name: /Al-Bukamal/ }).waitFor();
    await page.waitForTimeout(1200);
    await mapIdle(page);
    const [x] = await page.evaluate(() => window.__syriaMap!.project([40.91856, 34.45226]));
    const map = (await page.locator('.map').boundingBox())!;
    const list = (await page.locator('.place-list').boundingBox())!;
    const panel = (await page.locator('.place-panel').boundingBox())!;
    assert.ok(map.x + x! > panel.x + panel.width && map.x + x! < list.x, `Al-Bukamal at x ${map.x + x!}, between ${panel.x + panel.width} and ${list.x}`);
    await context.close();
  });

  it('lists every place, sorts by mentions and by text, filters by text and kind, and opens a place', async () => {
    const { page, context, errors } = await openPage(h, '/');
    await mapIdle(page);
    await page.getByRole('button', { name: 'List of places', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'The places in the texts' });
    await list.waitFor();
    assert.match(page.url(), /list=1/);
    await list.getByText('69 of 69 places').waitFor();
    const firstRow = () => list.locator('tbody tr').first().locator('th').innerText();
    assert.match(await firstRow(), /^A/);
    // Sorting by all mentions (a click on the column heading): Damascus, named 33 times, comes first.
    await list.getByRole('button', { name: /^All/ }).click();
    assert.match(await firstRow(), /Damascus/);
    assert.equal(await list.locator('th[aria-sort="descending"]').count(), 1);
    // By one text: the 2018 text names Idlib most.
    await list.getByLabel('Sort by').selectOption({ label: 'Mentions in Iran–Turkey 2018' });
    const top2018 = await firstRow();
    // Named in the 2018 text only: the list and the map's places shrink to the same few.
    await list.getByLabel('Named in').selectOption({ label: 'Iran–Turkey 2018' });
    await page.waitForURL(/text=iran-turkey-2018/);
    const shown = Number((await list.getByText(/of 69 places/).innerText()).split(' ')[0]);
    assert.ok(shown >= 3 && shown < 10, `${shown} places named in the 2018 text`);
    assert.equal(await firstRow(), top2018);
    await page.getByText(`Showing only the ${shown} places named in Iran–Turkey 2018.`).waitFor();
    await mapIdle(page);
    const drawn = () => page.evaluate(() => [...new Set(window.__syriaMap!.featuresAt(undefined, ['places-points', 'places-labels', 'places-area-outline', 'places-lines']).map((f) => String(f.id)))]);
    const onMap = await drawn();
    assert.ok(onMap.length > 0 && onMap.length <= shown, `${onMap.length} places drawn, ${shown} listed`);
    assert.ok(!onMap.includes('damascus'), 'Damascus, which the 2018 text does not name, is not drawn');
    // Kind and spelling filters.
    await list.getByLabel('Named in').selectOption({ label: 'All texts' });
    await mapIdle(page);
    assert.ok((await drawn()).includes('damascus'));
    await list.getByLabel('Kind').selectOption({ label: 'Border crossing' });
    const kinds = await list.locator('tbody td.col-kind').allInnerTexts();
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'Border crossing'));
    await list.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await list.getByLabel('Filter by name').fill('Deraa');
    await list.getByRole('button', { name: "Dara'a", exact: true }).click();
    await page.getByRole('dialog', { name: /Dara'a/ }).waitFor();
    assert.match(page.url(), /place=daraa/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('from the keyboard, the map as text is one Tab away from the header', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    const skip = page.getByRole('button', { name: 'The map as text: open the list of places' });
    await skip.focus();
    const box = (await skip.boundingBox())!;
    assert.ok(box.width > 100, 'visible when focused');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'The places in the texts' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
    await context.close();
  });

  it('hides a faction from the map with its legend checkbox, and the link keeps it hidden', async () => {
    const { page, context } = await openPage(h, '/?date=2016-01-01');
    await mapIdle(page);
    const fill = () => page.evaluate(() => JSON.stringify(window.__syriaMap!.paint('control-fill', 'fill-color')));
    assert.match(await fill(), /#332288/i);
    await page.getByRole('checkbox', { name: 'Islamic State' }).uncheck();
    await page.waitForURL(/hide=islamic_state/);
    await mapIdle(page);
    assert.doesNotMatch(await fill(), /#332288/i);
    await page.reload();
    await mapIdle(page);
    assert.equal(await page.getByRole('checkbox', { name: 'Islamic State' }).isChecked(), false);
    assert.doesNotMatch(await fill(), /#332288/i);
    await context.close();
  });

  it('exports the view of 2018-07-15: a PNG with the legend band, GeoJSON that geojson.io accepts, the passages as CSV, a citation', async () => {
    const { page, context, errors, foreign } = await openPage(h, '/?date=2018-07-15&place=daraa');
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Export and cite' }).click();
    const dialog = page.getByRole('dialog', { name: /Export this view \(15 July 2018\)/ });
    await dialog.waitFor();
    const save = async (name: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
      await dialog.getByText(/^Saved /).waitFor();
      return { name: download.suggestedFilename(), body: fs.readFileSync((await download.path())!) };
    };
    const png = await save(/Image \(PNG\)/);
    assert.equal(png.name, 'syria-map-2018-07-15.png');
    const mapBox = (await page.locator('.map').boundingBox())!;
    const [w, hgt] = pngSize(png.body);
    assert.equal(w, Math.round(mapBox.width));
    assert.ok(hgt > mapBox.height + 60, `${hgt} px tall: the map and the bands with the date and legend`);
    assert.ok(png.body.length > 50_000, `${png.body.length} bytes: a drawn map, not a blank canvas`);

    const control = await save(/Who held what on 15 July 2018/);
    assert.equal(control.name, 'syria-control-2018-07-15.geojson');
    const fc = check(control.body.toString('utf8'));
    assert.ok(fc.type === 'FeatureCollection' && fc.features.length > 100);
    assert.ok(fc.features.every((f) => f.properties?.date === '2018-07-15' && typeof f.properties?.faction === 'string'));

    const places = await save(/Places \(GeoJSON\)/);
    assert.equal(check(places.body.toString('utf8')).type, 'FeatureCollection');

    const csv = await save(/Passages \(CSV\)/);
    const text = csv.body.toString('utf8');
    assert.match(text, /^id,source,source_title,source_author,places,place_names,refers_to,text,note,quotation\r\n/);
    // The texts are read for the last column: Giustozzi quoting another analyst on the Golan is a quotation, Pierret's own words are not.
    assert.match(text, /\r\ngiustozzi-this-alignment-deepened-after-president-trump,[^\r]*,yes\r\n/);
    assert.match(text, /\r\npierret-[^\r]*,no\r\n/);
    assert.doesNotMatch(text, /,\r\n/, 'every passage found in its text');

    const cite = await dialog.getByLabel('Cite this view').inputValue();
    assert.match(cite, /view of 15 July 2018 \(selected: Dara'a\)\. http:\/\/[^ ]+\?date=2018-07-15&place=daraa/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says that the control export leaves out the factions hidden in the legend, and the file says so too', async () => {
    const { page, context } = await openPage(h, '/?date=2016-12-15&hide=islamic_state');
    await mapIdle(page);
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Export and cite' }).click();
    const dialog = page.getByRole('dialog', { name: /Export this view/ });
    await dialog.getByText('without those of Islamic State, hidden in the legend', { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Who held what/ }).click()]);
    const fc = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { hidden_factions?: string[]; features: Array<{ properties: { faction: string } }> };
    assert.deepEqual(fc.hidden_factions, ['islamic_state']);
    assert.ok(fc.features.length > 50 && fc.features.every((f) => f.properties.faction !== 'islamic_state'));
    await context.close();
  });
});
