/**
 * `npm run snapshots`: still PNGs of the viewer, for readers without JavaScript, feed readers and print —
 * the default view, each chapter of each story, and the six places the map is known for — rendered from the
 * build in headless Chromium into dist/snapshots/. Each image carries the date (the status line), the legend
 * and the attribution, as the embed shows them. Run after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapIdle, openPage, startHarness } from '../tests/e2e/harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/snapshots');
if (!fs.existsSync(path.join(root, 'dist/index.html'))) throw new Error('no build: run npm run build first');
fs.mkdirSync(out, { recursive: true });

const shots: Array<[name: string, query: string]> = [['default', 'embed=1']];
for (const f of fs.readdirSync(path.join(root, 'geodata/stories')).filter((x) => x.endsWith('.json'))) {
  const story = JSON.parse(fs.readFileSync(path.join(root, 'geodata/stories', f), 'utf8')) as { id: string; chapters: Array<{ id: string }> };
  for (const c of story.chapters) shots.push([`${story.id}--${c.id}`, `embed=1&story=${story.id}&chapter=${c.id}`]);
}
for (const id of ['idlib', 'al-tanf', 'deir-ez-zor', 'afrin', 'manbij', 'daraa']) shots.push([`place-${id}`, `embed=1&place=${id}`]);

const h = await startHarness();
try {
  for (const [name, query] of shots) {
    const { page, context } = await openPage(h, `/?${query}`, { width: 1200, height: 800 });
    await mapIdle(page);
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    await context.close();
    console.log(`snapshots/${name}.png`);
  }
} finally {
  await h.close();
}
console.log(`${shots.length} snapshots in dist/snapshots/`);
