/**
 * `npm run bench:ab -- <build> <build> …`: the viewer's load, build against build, for trying a change before
 * keeping it. Each argument is a folder made by `vite build --outDir <folder>` (the app as it is, and the app
 * with the change). The builds are loaded in turns, AB_LOADS times each (default 16; the order reversed every
 * other round), each in a browser context of its own with one page, after an empty page of the same origin and
 * half a second, on SwiftShader with RenderDocument off: as `npm run bench` loads the viewer (run.ts).
 *
 * Two figures per load, both from the navigation's start:
 * - `idle`: the hook's `firstIdle`, the bench's end of a load;
 * - `on screen`: when a screenshot taken at that idle has come back. MapLibre's `idle` says that the map's last
 *   frame was issued, not that it was drawn: a build that hid the map's canvas until its first idle (2026-12-04)
 *   reached `idle` 600 ms sooner than the app and put the picture on screen 1 s later (scripts/bench/NOTES.md).
 * With AB_TRACE=1 each load also prints, per map source, when its data and tiles were sent to MapLibre's worker
 * and when the worker answered (ms from navigation start): where a load waits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, servePreview } from '../../tests/e2e/harness.ts';
import { afterBlank, BENCH_ARGS, routeBlank, START } from './loads.ts';
import { median } from './stats.ts';

const LOADS = Number(process.env.AB_LOADS ?? 16);
const TRACE = process.env.AB_TRACE === '1';
const dirs = process.argv.slice(2);
if (dirs.length === 0 || !Number.isInteger(LOADS) || LOADS < 1) {
  console.error('usage: npm run bench:ab -- <build folder> [<build folder> …]   (AB_LOADS=16, AB_TRACE=1)');
  process.exit(2);
}
for (const dir of dirs) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}: no index.html; make the build first (npx vite build --outDir ${dir})`);
    process.exit(2);
  }
}
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Counts MapLibre's messages to its worker by type, and for data (LD), tiles (LT) and reloads (RT) records
 * per source when each was sent and answered. Installed before the page's own scripts.
 */
const TRACER = `(() => {
  const t = { count: {}, sent: {}, answered: {}, ids: {} };
  window.__abTrace = t;
  const push = (o, k) => (o[k] ||= []).push(Math.round(performance.now()));
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...rest) {
    const type = (m && m.type) || '?';
    t.count[type] = (t.count[type] || 0) + 1;
    const source = m && m.data && m.data.source;
    if (typeof source === 'string' && (type === 'LD' || type === 'LT' || type === 'RT')) { push(t.sent, type + ' ' + source); if (m.id) t.ids[m.id] = type + ' ' + source; }
    return post.call(this, m, ...rest);
  };
  const listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, fn, ...rest) {
    if (type !== 'message') return listen.call(this, type, fn, ...rest);
    return listen.call(this, type, function (e) {
      const k = e.data && e.data.type === '<response>' && t.ids[e.data.id];
      if (k) { push(t.answered, k); delete t.ids[e.data.id]; }
      return fn.call(this, e);
    }, ...rest);
  };
})()`;

interface Trace { count: Record<string, number>; sent: Record<string, number[]>; answered: Record<string, number[]> }
interface Target { dir: string; origin: string; page: Page; idle: number[]; onScreen: number[] }

const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_ARGS });
const servers: Array<{ close(): Promise<void> }> = [];
const targets: Target[] = [];
for (const dir of dirs) {
  const server = await servePreview({ root, outDir: path.resolve(dir) });
  servers.push(server);
  const { origin } = server;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await routeBlank(context, origin);
  if (TRACE) await context.addInitScript(TRACER);
  targets.push({ dir, origin, page: await context.newPage(), idle: [], onScreen: [] });
}

const span = (v: number[] | undefined) => (v ? `${v.length}× ${v[0]}${v.length > 1 ? `–${v[v.length - 1]}` : ''}` : '');

async function load(t: Target, timed: boolean) {
  await afterBlank(t.page, t.origin, () => t.page.goto(`${t.origin}/?date=${START}`, { waitUntil: 'commit' }));
  // Polled by a timer, not by animation frames: a loop of frames would ask Chromium for frames it otherwise
  // would not draw. A string, so that the bundler's helpers do not end up in the page.
  const idle = await t.page.evaluate(`new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('no first idle within 120 s')), 120000);
    const check = () => { const h = window.__syriaMap; if (h && h.firstIdle != null) { clearTimeout(give); resolve(h.firstIdle); } else setTimeout(check, 20); };
    check();
  })`) as number;
  const navigationStart = Date.now() - (await t.page.evaluate(() => performance.now()));
  await t.page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 64 } });
  const onScreen = Math.round(Date.now() - navigationStart);
  if (!timed) return;
  t.idle.push(idle);
  t.onScreen.push(onScreen);
  if (TRACE) {
    const trace = await t.page.evaluate('window.__abTrace') as Trace;
    console.log(`${t.dir}: idle ${idle.toFixed(0)} ms, on screen ${onScreen} ms; messages ${JSON.stringify(trace.count)}`);
    const sources = [...new Set(Object.keys(trace.sent).map((k) => k.split(' ')[1]!))].sort();
    for (const s of sources) {
      console.log(`  ${s.padEnd(16)} data sent ${span(trace.sent[`LD ${s}`]).padEnd(10)} answered ${span(trace.answered[`LD ${s}`]).padEnd(10)} tiles sent ${span(trace.sent[`LT ${s}`]).padEnd(16)} answered ${span(trace.answered[`LT ${s}`])}${trace.sent[`RT ${s}`] ? `  reloads ${span(trace.sent[`RT ${s}`])}` : ''}`);
    }
  }
}

// One untimed load each: no build's first timed load is its first.
for (const t of targets) await load(t, false);
for (let i = 0; i < LOADS; i++) for (const t of i % 2 ? [...targets].reverse() : targets) await load(t, true);
console.log(`\n${LOADS} loads each, medians (ms from navigation start):`);
for (const t of targets) {
  console.log(`${t.dir.padEnd(28)} idle ${median(t.idle).toFixed(0).padStart(5)}  on screen ${median(t.onScreen).toFixed(0).padStart(5)}   [${t.idle.map((x) => x.toFixed(0)).join(' ')}]`);
}
await browser.close();
for (const s of servers) await s.close();
