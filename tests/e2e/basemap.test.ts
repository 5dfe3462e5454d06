import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIdle, openPage, startHarness, type Harness } from './harness.ts';

describe('the default view', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.close(); });

  it('shows Syria with its border, the Euphrates and labelled cities, offline and without errors', async () => {
    const { page, context, errors, foreign } = await openPage(h, '/');
    await mapIdle(page);
    assert.equal(await page.evaluate(() => window.__syriaMap!.basemap), 'embedded');

    // The Euphrates is drawn where it crosses the country: between Raqqa and Deir ez-Zor.
    const river = await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['bm-rivers']));
    assert.ok(river.some((f) => f.properties.name === 'Euphrates'), 'the Euphrates is rendered');

    const borders = await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['bm-borders']));
    assert.ok(borders.length > 0, 'international borders are rendered');

    const syria = await page.evaluate(() => window.__syriaMap!.featuresAt([38.5, 35.0], ['bm-syria']));
    assert.equal(syria.length, 1, 'the centre of Syria lies in the Syria fill');

    // Cities are labelled by the basemap, or by the places layer where the texts name them (never both).
    const cities = await page.evaluate(() => window.__syriaMap!.featuresAt(undefined, ['bm-city-labels', 'places-labels']));
    const names = new Set(cities.map((f) => f.properties.name));
    for (const n of ['Damascus', 'Aleppo', 'Deir ez-Zor', 'Homs', 'Raqqa']) assert.ok(names.has(n), `${n} is labelled`);
    for (const n of names) assert.equal(cities.filter((f) => f.properties.name === n && f.layer === 'bm-city-labels').length > 0 && cities.some((f) => f.properties.name === n && f.layer === 'places-labels'), false, `${String(n)} is labelled once`);
    assert.ok(cities.some((f) => f.properties.name === 'Damascus' && f.properties.nameAr === 'دمشق'), 'Damascus has its Arabic name');

    // The canvas is not blank: its pixels take many colours.
    const png = await page.locator('.map canvas').screenshot();
    assert.ok(png.length > 20_000, `screenshot has content (${png.length} bytes)`);

    assert.deepEqual(foreign, [], 'no request leaves the origin');
    assert.deepEqual(errors, [], 'no console errors');
    await context.close();
  });

  it('zooms in no closer than a town (zoom 14), where the basemap still has something to show', async () => {
    const { page, context } = await openPage(h, '/?bbox=36.6,34.6,36.8,34.8');
    await mapIdle(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 8 && !(await zoomIn.isDisabled()); i++) await zoomIn.click();
    await mapIdle(page);
    const { zoom } = await page.evaluate(() => window.__syriaMap!.view());
    assert.equal(zoom, 14);
    assert.equal(await zoomIn.isDisabled(), true, 'the button says there is no closer');
    await context.close();
  });

  it('credits its sources in full on a wide screen, and behind the (i) button on a phone, where the line hid the map', async () => {
    const credit = /Basemap: Natural Earth, GSHHG/;
    const wide = await openPage(h, '/');
    await mapIdle(wide.page);
    assert.equal(await wide.page.getByText(credit).isVisible(), true, 'in view at 1280 px');
    await wide.context.close();
    for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
      const { page, context } = await openPage(h, '/', viewport);
      await mapIdle(page);
      assert.equal(await page.getByText(credit).isVisible(), false, `folded at ${viewport.width}×${viewport.height}`);
      await page.getByTitle('Toggle attribution').click();
      await page.getByText(credit).waitFor();
      await context.close();
    }
  });

  it('keeps the map its size while the data loads: nothing arrives under it and pushes it up', async () => {
    // The area chart arrived with the data and took 42 px from the map at 1280×800: the page jumped, and the map,
    // refitted, drew its opening view a second time at another zoom.
    for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 600 }]) {
      const context = await h.browser.newContext({ viewport, reducedMotion: 'reduce' });
      // Every size the map's box takes, from its first frame on (an init script: the page's CSP allows no inline one).
      await context.addInitScript({ content: `window.__mapSizes = []; const look = () => { const m = document.querySelector('.map');
        const k = m ? m.clientWidth + '×' + m.clientHeight : null; if (k && window.__mapSizes.at(-1) !== k) window.__mapSizes.push(k); requestAnimationFrame(look); }; requestAnimationFrame(look);` });
      const page = await context.newPage();
      await page.goto(`${h.origin}/`);
      await page.waitForFunction(() => window.__syriaMap?.firstIdle != null, undefined, { timeout: 60_000 });
      const sizes = await page.evaluate(() => (window as unknown as { __mapSizes: string[] }).__mapSizes);
      assert.equal(sizes.length, 1, `at ${viewport.width}×${viewport.height} the map kept one size from its first frame to its first complete picture: ${sizes.join(', ')}`);
      assert.ok(await page.locator('.area-chart svg').isVisible(), 'the chart itself is there once the data is');
      assert.equal(await page.locator('.area-chart--pending').count(), 0, 'its placeholder is gone');
      await context.close();
    }
  });

  it('opens on the whole of Syria once the page has settled, and a moved map stays where it was moved', async () => {
    const { page, context } = await openPage(h, '/');
    await mapIdle(page);
    const map = (await page.locator('.map').boundingBox())!;
    // The country's far corners: its southernmost border with Jordan (south of Suwayda), its northern tip on the
    // Tigris (Ain Diwar), the coast at Latakia, the Iraqi border at Al-Bukamal.
    for (const [name, at] of [['the border south of Suwayda', [36.83, 32.33]], ['Ain Diwar', [42.18, 37.3]], ['Latakia', [35.79011, 35.53168]], ['Al-Bukamal', [40.91856, 34.45226]]] as const) {
      const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), at as unknown as [number, number]);
      assert.ok(x! > 0 && x! < map.width && y! > 0 && y! < map.height, `${name} at ${Math.round(x!)},${Math.round(y!)} inside the ${map.width}×${map.height} map`);
    }
    // Turned to portrait and back, untouched, it fits Syria again each time (MapLibre's own nudge of the zoom
    // to stay within the map's bounds is not a move of the reader's).
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }, { width: 1920, height: 1080 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(500);
      await mapIdle(page);
      const box = (await page.locator('.map').boundingBox())!;
      for (const at of [[42.36, 37.32], [35.75, 35.9], [36.83, 32.33], [42.0, 34.4]] as Array<[number, number]>) {
        const [x, y] = await page.evaluate((p) => window.__syriaMap!.project(p), at);
        assert.ok(x! > 0 && x! < box.width && y! > 0 && y! < box.height, `at ${size.width}×${size.height}, [${at}] at ${Math.round(x!)},${Math.round(y!)} inside the ${Math.round(box.width)}×${Math.round(box.height)} map`);
      }
    }
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapIdle(page);
    const zoomed = await page.evaluate(() => window.__syriaMap!.view().zoom);
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.waitForTimeout(500);
    await mapIdle(page);
    assert.equal(await page.evaluate(() => window.__syriaMap!.view().zoom), zoomed, 'a resize after a zoom keeps the reader\'s zoom');
    await context.close();
  });
});
