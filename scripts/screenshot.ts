/**
 * `npx tsx scripts/screenshot.ts [PATH] [OUT.png] [WIDTHxHEIGHT]`: a screenshot of the built viewer (dist/)
 * in headless Chromium, once the map is idle. For looking at what a change did.
 */
import { mapIdle, openPage, startHarness } from '../tests/e2e/harness.ts';

const [pathArg = '/', out = 'screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];
const h = await startHarness();
try {
  const { page, errors, foreign } = await openPage(h, pathArg, { width, height });
  await mapIdle(page);
  await page.screenshot({ path: out });
  if (errors.length) console.error('console errors:', errors);
  if (foreign.length) console.error('foreign requests:', foreign);
  console.log(`wrote ${out}`);
} finally {
  await h.close();
}
