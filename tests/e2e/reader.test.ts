import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.ts';
import { mapIdle, openPage, startHarness, visit, type Harness } from './harness.ts';

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

  it('lands on the paragraph that holds the passage, never a pull quote repeating it, and marks its words', async () => {
    const { page, context, errors } = await openPage(h, '/?read=pierret-2017&passage=pierret-conclusion-string-of-victories');
    const target = page.locator('.reader .is-target');
    await target.waitFor();
    assert.match(await target.getAttribute('class') ?? '', /block--body/);
    assert.doesNotMatch(await target.innerText(), /pull quote/i);
    // The conclusion, under its heading, four paragraphs below the pull quote.
    assert.ok(await page.locator('.reader h4:has-text("Conclusion") ~ .is-target').count() === 1);
    assert.match(await target.locator('mark.passage-mark').innerText(), /^The string of victories .* western theatre\.$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('marks the quoted sentence inside a long paragraph', async () => {
    const { page, context, errors } = await openPage(h, '/?read=pierret-2017&passage=pierret-by-mid-june-2017-washington-s');
    const target = page.locator('.reader .is-target');
    await target.waitFor();
    const marks = target.locator('mark.passage-mark');
    assert.equal(await marks.count(), 1);
    assert.equal(await marks.innerText(), 'By mid-June 2017, Washington’s only reaction to this development was a purely defensive one, as HIMARS multiple-rocket launchers were deployed to al-Tanf to deter further loyalist attacks.');
    // The rest of the paragraph is there, unmarked; a mention inside the mark is still a button.
    assert.match(await target.innerText(), /^The arrival of loyalist forces/);
    assert.equal(await marks.locator('button.mention[data-place="al-tanf"]').count(), 1);
    assert.equal(await page.locator('.reader mark.passage-mark').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('brings the passage’s own words into view when its paragraph is longer than the reader, on a wide screen and a phone', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, context } = await openPage(h, '/?read=pierret-2017&passage=pierret-afterwards-moreover-turkey-agreed-to-join', viewport);
      const mark = page.locator('.reader mark.passage-mark');
      await mark.waitFor();
      await page.waitForTimeout(300);
      const box = (await mark.boundingBox())!;
      const reader = (await page.locator('.reader').boundingBox())!;
      assert.ok(box.y >= reader.y && box.y + 20 <= reader.y + reader.height, `at ${viewport.width}×${viewport.height} the marked words start at y ${Math.round(box.y)}, inside the reader (${Math.round(reader.y)}–${Math.round(reader.y + reader.height)})`);
      await context.close();
    }
  });

  it('shows Giustozzi’s lists as lists, each item a block that can be the target', async () => {
    const { page, context, errors } = await openPage(h, '/?read=giustozzi-2025&passage=giustozzi-commander-hassan-zaher-al-asad-from');
    const target = page.locator('.reader .is-target');
    await target.waitFor();
    assert.equal(await target.evaluate((el) => `${el.tagName} ${el.parentElement!.tagName}`), 'LI UL');
    assert.match(await target.innerText(), /^Commander Hassan Zaher Al Asad, from Liwa Al Imam Zain Al Abidain/);
    assert.equal(await page.locator('.reader ul.reader-list').count(), 3);
    assert.equal(await page.locator('.reader ul.reader-list > li.block').count(), 13);
    // No paragraph (or item) shows the clean text's "- ".
    const dashed = await page.locator('.reader .block').evaluateAll((els) => els.filter((el) => (el as HTMLElement).innerText.startsWith('- ')).length);
    assert.equal(dashed, 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says when a quote is a quotation of another voice within the text, and bylines read naturally', async () => {
    const { page, context, errors } = await openPage(h, '/?place=israel');
    const panel = page.getByRole('dialog', { name: /Israel/ });
    await panel.waitFor();
    // Giustozzi's block quotation (another analysis) says so; his own sentence and the 2024 text's do not.
    const quoted = panel.locator('#quote-giustozzi-assad-views-iran-as-a-useful');
    await quoted.locator('.passage-quoted').waitFor();
    assert.match(await quoted.innerText(), /^Quoted in the text, not the author’s own words:/);
    // By then each quote's text has loaded: the others have no such line.
    assert.equal(await panel.locator('#quote-giustozzi-however-by-then-assad-appeared-to .passage-quoted').count(), 0);
    assert.equal(await panel.locator('#quote-iran-syria-2024-israeli-air-strikes .passage-quoted').count(), 0);
    assert.equal(await panel.locator('.passage-quoted').count(), 3);
    const caption = await panel.locator('#quote-iran-syria-2024-israeli-air-strikes figcaption').innerText();
    assert.match(caption, /, author and date not stated · Read in context$/);
    assert.doesNotMatch(await panel.innerText(), /not stated, not stated/);

    // The reader's line on a text without author or date, and on Pierret's (no parentheses within parentheses).
    await visit(page, '/?read=iran-turkey-2018');
    const meta = page.locator('.reader-meta');
    await meta.waitFor();
    assert.match(await meta.innerText(), /^Author and date not stated; its content \(.*\) places it in September 2018 · news analysis$/);
    await visit(page, '/?read=pierret-2017');
    await meta.getByText(/^Thomas Pierret/).waitFor();
    const pierret = await meta.innerText();
    assert.match(pierret, /^Thomas Pierret, 2017; written in June 2017/);
    assert.doesNotMatch(pierret, /\([^)]*\(/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('has no axe-core violations with a passage marked in the reader and a quotation labelled in a popup', async () => {
    const { page, context } = await openPage(h, '/?place=israel&read=pierret-2017&passage=pierret-by-mid-june-2017-washington-s');
    await mapIdle(page);
    await page.locator('.reader mark.passage-mark').waitFor();
    await page.locator('.passage-quoted').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
