/**
 * `npm run bench`: the viewer against bare MapLibre drawing the same style and data, in headless Chromium.
 * Measures, for the real data and a synthetic set ten times larger: navigation to the first map `idle`
 * (median of N loads, on Chromium with RenderDocument off, and on its default as a diagnostic: see
 * BENCH_ARGS); a date change to the next `idle` over 100 change dates timed twice each (p50, p95), where the
 * bare page draws the viewer's style at the viewer's camera and canvas size, with the same hatch
 * image, and applies the feature-state the viewer changes (control cells, events, route segments) directly,
 * the cheapest update MapLibre allows; the JS heap after 10 and after 200 date changes, on the viewer and, for
 * comparison, on the bare page; gzip sizes. As a
 * diagnostic, the same date changes on the viewer with its interface hidden (only the map drawn, its code
 * all running), which separates what the viewer's code costs from what drawing its interface costs; and a
 * second bare page, identical to the first, whose ratio to it is the noise of a single run; and the bare
 * page with a slider, the least interface a date slider can have (see BARE), which tells what a moving
 * slider alone costs next to MapLibre on the machine at hand; and, for each page, the CPU Chromium used per
 * change (cpu.ts), which tells drawing from compositing from the page's own code. Every ratio is printed with
 * a 95 % interval from a block bootstrap (stats.ts).
 * Prints a table and writes bench-results/<time>.json (git-ignored). The pages (viewer and bare, real and
 * tenfold data; for the dates also the viewer with its interface hidden, the second bare page and the bare
 * page with a slider) take turns, in blocks of loads and of dates.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, servePreview, SWIFTSHADER_ARGS } from '../../tests/e2e/harness.ts';
import { afterBlank, BENCH_ARGS, routeBlank, START } from './loads.ts';
import { writeSynthetic } from './synthetic.ts';
import { blockBounds, median, pct, ratioInterval, verdict } from './stats.ts';
import { chromiumCpu, type CpuMs } from './cpu.ts';
import { hatchImage } from '../../src/timeline/hatch.ts';
import { CONTROL_SOURCE, HATCH_IMAGE } from '../../src/timeline/control-layers.ts';
import { EVENTS_SOURCE, eventNear } from '../../src/control/events-layers.ts';
import { ROUTES_SOURCE } from '../../src/story/routes-layers.ts';
import { FIRST_DAY, LAST_DAY, dayNumber } from '../../src/state/dates.ts';
import { cellStatesAt, changeDates } from '../../src/control/timeline.ts';
import { townsSchema, zonesSchema } from '../../src/control/schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
// 100 dates rather than the 50 asked for, each timed twice: a p95 of 50 samples is the third-slowest and swings
// by a third between runs; of 200 it is the tenth-slowest.
const CHANGES = Number(process.env.BENCH_CHANGES ?? 100);
const PASSES = Number(process.env.BENCH_PASSES ?? 2);
// Date changes are timed in this many blocks, each on a freshly loaded page (see measureAll).
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 20);
/** Untimed changes (away and back) on each freshly loaded page before a block is timed. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 8);
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(f)).length;

function build(outDir: string, geodata?: string) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, ...(geodata ? { GEODATA_DIR: geodata } : {}) },
  });
}

interface View { center: [number, number]; zoom: number; width: number; height: number }
/** The viewer's date slider at the bench's window size: its width in CSS pixels. */
interface SliderBox { width: number }
const hatch = hatchImage();
/**
 * The bare page: MapLibre alone, the viewer's style, camera, canvas size and hatch image, nothing else. It
 * sets the date's feature-state at `style.load`, while the tiles still load, as the viewer does, so that its
 * first `idle` draws the coloured map as the viewer's `firstIdle` does. (At `load`, which fires after a first
 * full frame, it drew one uncoloured frame more than the viewer: 45–143 ms added to the bare page's load.)
 * With `day`, the bare page with a slider: the same, and under the map a plain range input over the viewer's
 * days, its thumb moved to the date's day with each change, as the viewer's slider is (same range, width and
 * colour; no labels, ticks, chart or React): the least a viewer with a date slider can draw.
 */
const BARE = (style: unknown, view: View, slider: SliderBox, initial: unknown, day?: number) => `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/__ml/maplibre-gl.css">
<style>html,body{margin:0}#map{width:${view.width}px;height:${view.height}px}#slider{display:block;width:${slider.width}px;height:2rem;margin:0.4rem 0.8rem;accent-color:#1f1d24}</style></head><body><div id="map"></div>
${day === undefined ? '' : `<input id="slider" type="range" aria-label="date" min="${dayNumber(FIRST_DAY)}" max="${dayNumber(LAST_DAY)}" step="1" value="${day}">`}
<script type="module">
import { Map, setWorkerUrl } from '/__ml/maplibre-gl.mjs';
setWorkerUrl('/__ml/maplibre-gl-worker.mjs');
const map = new Map({ container: 'map', style: ${JSON.stringify(style)}, center: ${JSON.stringify(view.center)}, zoom: ${view.zoom}, fadeDuration: 0 });
map.addImage('${HATCH_IMAGE}', { width: ${hatch.width}, height: ${hatch.height}, data: new Uint8Array(${JSON.stringify([...hatch.data])}) }, { pixelRatio: 2 });
window.firstIdle = null;
map.once('idle', () => { window.firstIdle = performance.now(); });
map.once('style.load', () => { for (const [source, id, state] of ${JSON.stringify(initial)}) map.setFeatureState({ source, id }, state); });
const slider = document.getElementById('slider');
window.bare = {
  apply(diff, day) { for (const [source, id, state] of diff) map.setFeatureState({ source, id }, state); if (slider) slider.value = String(day); },
  nextIdle() { return new Promise((r) => map.once('idle', r)); },
};
</script></body></html>`;

interface Bench {
  label: string;
  origin: string;
  page: Page;
  dates: string[];
  /** The timed sequence: the dates, PASSES times over (from the last date back to the first is a change too). */
  sequence: string[];
  /** The entries whose state on `to` differs from that on `from`. */
  diff(from: string, to: string): Entry[];
  loads: { viewer: number[]; bare: number[] };
  /** The same loads on Chromium's default (with RenderDocument), a diagnostic: see BENCH_ARGS. */
  loadsDefault: { viewer: number[]; bare: number[] };
  changes: Record<Turn, number[]>;
  /** CPU used by Chromium (cpu.ts) while each page's changes were timed, summed over its turns, and their count. */
  cpu: Record<Turn, CpuMs & { changes: number }>;
  heap: { after10: number; after200: number };
  /** The bare page's heap after the same changes: what MapLibre's own heap does, the noise for the viewer's. */
  bareHeap: { after10: number; after200: number };
  towns: number;
  close(): Promise<void>;
}

/** The pages whose date changes are timed. */
type Turn = 'viewer' | 'hidden' | 'bare' | 'bare2' | 'slider';
const TURNS: readonly Turn[] = ['viewer', 'hidden', 'bare', 'bare2', 'slider'];

/** Runs `timed` and adds to `into` the CPU Chromium used meanwhile (nothing where there is no /proc). */
async function withCpu(into: CpuMs & { changes: number }, changes: number, timed: () => Promise<void>) {
  const before = chromiumCpu();
  await timed();
  const after = chromiumCpu();
  if (!before || !after) return;
  into.swiftshader += after.swiftshader - before.swiftshader;
  into.gpu += after.gpu - before.gpu;
  into.renderer += after.renderer - before.renderer;
  into.changes += changes;
}

type State = ReadonlyMap<number, { faction: string; status: string }>;
const changedCells = (m: State, only?: State) => [...m].filter(([id, s]) => !only || only.get(id)!.faction !== s.faction || only.get(id)!.status !== s.status);
/** One feature-state: source, feature id, state. */
type Entry = [string, number, Record<string, unknown>];
const readJson = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));

/**
 * What a date draws beyond the style, as feature-state: the viewer's ControlOnMap, EventsOnMap and
 * RoutesOnMap set exactly these (cells by faction and status, events near the date, route segments
 * reached), so that the bare page draws the same picture.
 */
function featureStates(geodata: string) {
  const towns = townsSchema.parse(readJson(path.join(geodata, 'control/towns.json')));
  const zones = zonesSchema.parse(readJson(path.join(geodata, 'control/zones.json')));
  const events = (readJson(path.join(geodata, 'derived/events.geojson')) as { features: Array<{ properties: { day: number; end: number } }> }).features;
  const segments = (readJson(path.join(geodata, 'derived/route-segments.geojson')) as { features: Array<{ properties: { endDay?: number } }> }).features;
  const at = (d: string, only?: string): Entry[] => {
    const day = dayNumber(d);
    const before = only === undefined ? undefined : cellStatesAt(towns, zones, only);
    const cells: Entry[] = changedCells(cellStatesAt(towns, zones, d), before).map(([id, s]) => [CONTROL_SOURCE, id, { faction: s.faction, status: s.status }]);
    const was = only === undefined ? undefined : dayNumber(only);
    const near = (x: number, i: number) => eventNear(x, events[i]!.properties.day, events[i]!.properties.end);
    const reached = (x: number, i: number) => (segments[i]!.properties.endDay ?? Infinity) <= x;
    return [
      ...cells,
      ...events.flatMap((_, i): Entry[] => (was === undefined || near(was, i) !== near(day, i) ? [[EVENTS_SOURCE, i, { near: near(day, i) }]] : [])),
      ...segments.flatMap((_, i): Entry[] => (was === undefined || reached(was, i) !== reached(day, i) ? [[ROUTES_SOURCE, i, { reached: reached(day, i) }]] : [])),
    ];
  };
  return { towns, zones, full: (d: string) => at(d), diff: (a: string, b: string) => at(b, a) };
}

/** Serves one build, opens its page, and reads the viewer's style and view for its bare page. */
async function open(label: string, dist: string, geodata: string, browser: Browser): Promise<Bench> {
  const { towns, zones, full, diff } = featureStates(geodata);
  const all = changeDates(towns, zones);
  // Change dates spread over the whole period, each changing some cell (a date that draws nothing new would never reach `idle`).
  const dates: string[] = [];
  let last = cellStatesAt(towns, zones, START);
  for (let i = 0; i < Math.min(CHANGES, all.length); i++) {
    const d = all[Math.floor((i * all.length) / Math.min(CHANGES, all.length))]!;
    const now = cellStatesAt(towns, zones, d);
    if (changedCells(now, last).length) { dates.push(d); last = now; }
  }
  const server = await servePreview({ root, outDir: dist });
  const { origin } = server;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let style: unknown = null;
  let view: View | null = null;
  let sliderBox: SliderBox | null = null;
  await context.route(`${origin}/__ml/**`, (r) => r.fulfill({ path: path.join(root, 'node_modules/maplibre-gl/dist', path.basename(new URL(r.request().url()).pathname)) }));
  await context.route((u) => u.origin === origin && u.pathname === '/__bare.html', (r) => {
    const q = new URL(r.request().url()).searchParams;
    return r.fulfill({ contentType: 'text/html', body: BARE(style, view!, sliderBox!, full(q.get('date')!), q.has('slider') ? dayNumber(q.get('date')!) : undefined) });
  });
  await routeBlank(context, origin);
  const page = await context.newPage();
  // The viewer's style, with absolute URLs, for the bare page: both draw the same thing.
  await loadViewer(page, origin, START);
  view = await page.evaluate(() => window.__syriaMap!.view());
  sliderBox = await page.evaluate(() => ({ width: document.getElementById('date-slider')!.getBoundingClientRect().width }));
  style = await page.evaluate((o) => JSON.parse(JSON.stringify(window.__syriaMap!.style()), (k, v) => (k === 'data' && typeof v === 'string' ? new URL(v, o + '/').href : v)), origin);
  // One untimed load of the bare page too, as the viewer has just had: neither's first timed load is its first.
  await loadBare(page, origin, START);
  return {
    label, origin, page, dates, towns: towns.length, sequence: Array.from({ length: PASSES }, () => dates).flat(),
    diff,
    loads: { viewer: [], bare: [] }, loadsDefault: { viewer: [], bare: [] }, changes: { viewer: [], hidden: [], bare: [], bare2: [], slider: [] }, heap: { after10: 0, after200: 0 }, bareHeap: { after10: 0, after200: 0 },
    cpu: Object.fromEntries(TURNS.map((t) => [t, { swiftshader: 0, gpu: 0, renderer: 0, changes: 0 }])) as Bench['cpu'],
    async close() {
      await context.close();
      await server.close();
    },
  };
}

async function loadViewer(page: Page, origin: string, date: string) {
  await page.goto(`${origin}/?date=${date}`);
  await page.waitForFunction(() => window.__syriaMap?.firstIdle != null, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__syriaMap!.firstIdle!);
}
async function loadBare(page: Page, origin: string, date: string, slider = false) {
  await page.goto(`${origin}/__bare.html?date=${date}${slider ? '&slider' : ''}`);
  await page.waitForFunction(() => (window as unknown as { firstIdle: number | null }).firstIdle != null, undefined, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { firstIdle: number }).firstIdle);
}
/**
 * The viewer with its interface hidden: every element but the map's canvas made invisible, so that the page
 * still lays out, React still renders and the app still sets the feature-state through its effects, but only
 * the map is drawn. Here Chromium composites the page in software (SwiftShader) for every frame the map
 * draws; this row tells the cost of the viewer's code from the cost of drawing its interface.
 */
const HIDE_UI = 'body * { visibility: hidden !important } canvas.maplibregl-canvas { visibility: visible !important }';
const hideUi = (p: Page) => p.evaluate((css) => { const s = document.createElement('style'); s.textContent = css; document.head.append(s); }, HIDE_UI);
const viewerChange = async (p: Page, date: string) => p.evaluate(async (day) => {
  const input = document.getElementById('date-slider') as HTMLInputElement;
  const idle = window.__syriaMap!.nextIdle();
  const t0 = performance.now();
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  set.call(input, String(day));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await idle;
  return performance.now() - t0;
}, dayNumber(date));
/** Applies a date's feature-state on the bare page (and moves its slider, if it has one, to the date's day). */
const bareChange = async (p: Page, diff: unknown, date: string) => p.evaluate(async ([x, day]) => {
  const b = (window as unknown as { bare: { apply(d: unknown, day: number): void; nextIdle(): Promise<void> } }).bare;
  const idle = b.nextIdle();
  const t0 = performance.now();
  b.apply(x, day);
  await idle;
  return performance.now() - t0;
}, [diff, dayNumber(date)] as const);

/**
 * Loads, then date changes in BLOCKS blocks, each on a freshly loaded page and taking turns: the real data's
 * viewer, the same with its interface hidden, its bare page, the second bare page and the bare page with a
 * slider (in the reverse order every other block), then the same five for the tenfold data.
 * SwiftShader shares two cores with everything else, and a page can draw a third slower than the next one
 * for no reason of its own: taking turns spreads such spells over all the pages instead of letting them fall
 * on one.
 */
async function measureAll(benches: Bench[], defaults: Bench[]) {
  // Every block needs a change of each page, or its ratios' intervals (ratioInterval) could not be drawn.
  for (const b of benches) if (b.sequence.length < BLOCKS) throw new Error(`${b.label}: ${b.sequence.length} changes for ${BLOCKS} blocks (BENCH_BLOCKS)`);
  for (let i = 0; i < LOADS; i++) {
    for (const [n, b] of benches.entries()) {
      b.loads.viewer.push(await afterBlank(b.page, b.origin, () => loadViewer(b.page, b.origin, START)));
      b.loads.bare.push(await afterBlank(b.page, b.origin, () => loadBare(b.page, b.origin, START)));
      const d = defaults[n]!;
      b.loadsDefault.viewer.push(await afterBlank(d.page, d.origin, () => loadViewer(d.page, d.origin, START)));
      b.loadsDefault.bare.push(await afterBlank(d.page, d.origin, () => loadBare(d.page, d.origin, START)));
    }
  }
  // The default Chromium's pages are done with: their browser stops drawing before the date changes are timed.
  for (const d of defaults) await d.close();
  // The bare page's diffs, computed before anything is timed: working them out in Node between two timed
  // changes would take CPU from the browser while it still draws the last one.
  const diffs = benches.map((b) => b.sequence.map((d, i) => b.diff(i === 0 ? START : b.sequence[i - 1]!, d)));
  for (let k = 0; k < BLOCKS; k++) {
    for (const [n, b] of benches.entries()) {
      const [from, to] = blockBounds(k, b.sequence.length, BLOCKS);
      const before = from === 0 ? START : b.sequence[from - 1]!;
      // A freshly loaded page's first changes run code and shaders for the first time, and the bare page
      // draws its 4th and 5th change after a load up to twice as slowly as the rest (seen on 2026-11-29 in
      // every run): WARMUP untimed changes, away and back, on both pages, so that what is timed is a page
      // in use, not the aftermath of its load.
      const away = b.dates.find((d) => b.diff(before, d).length > 0)!;
      const [there, back] = [b.diff(before, away), b.diff(away, before)];
      const viewerTurn = (hidden: boolean) => async () => {
        await loadViewer(b.page, b.origin, before);
        if (hidden) await hideUi(b.page);
        for (let w = 0; w < WARMUP; w += 2) { await viewerChange(b.page, away); await viewerChange(b.page, before); }
        const which = hidden ? 'hidden' : 'viewer';
        await withCpu(b.cpu[which], to - from, async () => { for (let i = from; i < to; i++) b.changes[which].push(await viewerChange(b.page, b.sequence[i]!)); });
      };
      const bareTurn = (which: 'bare' | 'bare2' | 'slider') => async () => {
        await loadBare(b.page, b.origin, before, which === 'slider');
        for (let w = 0; w < WARMUP; w += 2) { await bareChange(b.page, there, away); await bareChange(b.page, back, before); }
        await withCpu(b.cpu[which], to - from, async () => { for (let i = from; i < to; i++) b.changes[which].push(await bareChange(b.page, diffs[n]![i]!, b.sequence[i]!)); });
      };
      // The order is reversed every other block, so that no page always follows the same one.
      const turns = [viewerTurn(false), viewerTurn(true), bareTurn('bare'), bareTurn('bare2'), bareTurn('slider')];
      for (const turn of k % 2 ? turns.reverse() : turns) await turn();
    }
  }
  for (const b of benches) {
    const heapOf = async (change: (i: number) => Promise<unknown>, into: { after10: number; after200: number }) => {
      const cdp = await b.page.context().newCDPSession(b.page);
      const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
      for (let i = 0; i < 10; i++) await change(i);
      into.after10 = await heap();
      for (let i = 10; i < 200; i++) await change(i);
      into.after200 = await heap();
      await cdp.detach();
    };
    const date = (i: number) => b.dates[i % b.dates.length]!;
    await loadViewer(b.page, b.origin, START);
    await heapOf((i) => viewerChange(b.page, date(i)), b.heap);
    // The same 200 changes on the bare page, each its feature-state from the date before (worked out beforehand).
    const diffs = Array.from({ length: 200 }, (_, i) => b.diff(i === 0 ? START : date(i - 1), date(i)));
    await loadBare(b.page, b.origin, START);
    await heapOf((i) => bareChange(b.page, diffs[i]!, date(i)), b.bareHeap);
  }
}

/** The medians of the viewer's and the bare page's loads and their ratio. Each load is its own block: the viewer's i-th load and the bare page's i-th were taken in one round. */
const loadStats = (l: { viewer: number[]; bare: number[] }) => ({
  viewer: median(l.viewer), bare: median(l.bare), ratio: median(l.viewer) / median(l.bare), ratioInterval: ratioInterval(l.viewer, l.bare, 0.5, l.viewer.length),
});

function summary(b: Bench) {
  const { loads, changes } = b;
  const ratios = (x: number[], y: number[]) => ({
    ratioP50: pct(x, 0.5) / pct(y, 0.5), ratioP95: pct(x, 0.95) / pct(y, 0.95),
    ratioP50Interval: ratioInterval(x, y, 0.5, BLOCKS), ratioP95Interval: ratioInterval(x, y, 0.95, BLOCKS),
  });
  return {
    label: b.label,
    loadMs: loadStats(loads),
    // Diagnostic, not a goal: the same loads on Chromium's default, where the old widget's shutdown lands in
    // the loads slower than about 1.1 s (BENCH_ARGS).
    loadDefaultMs: loadStats(b.loadsDefault),
    changeMs: { viewerP50: pct(changes.viewer, 0.5), viewerP95: pct(changes.viewer, 0.95), bareP50: pct(changes.bare, 0.5), bareP95: pct(changes.bare, 0.95), ...ratios(changes.viewer, changes.bare) },
    // Diagnostic, not a goal: the viewer with its interface hidden (HIDE_UI), against the same bare page.
    hiddenUiMs: { p50: pct(changes.hidden, 0.5), p95: pct(changes.hidden, 0.95), ...ratios(changes.hidden, changes.bare) },
    // The noise floor: a second bare page, identical to the first, timed the same way in its own turn.
    noise: { bare2P50: pct(changes.bare2, 0.5), bare2P95: pct(changes.bare2, 0.95), ...ratios(changes.bare2, changes.bare) },
    // Diagnostic, not a goal: the bare page with a slider against the bare page (what a moving slider alone
    // costs), and the viewer against it (what the viewer adds beyond the least interface a slider needs).
    withSlider: { p50: pct(changes.slider, 0.5), p95: pct(changes.slider, 0.95), ...ratios(changes.slider, changes.bare), viewer: ratios(changes.viewer, changes.slider) },
    // Diagnostic: Chromium's CPU per timed change, by page (null without /proc).
    cpuMsPerChange: Object.fromEntries(TURNS.map((t) => {
      const c = b.cpu[t];
      return [t, c.changes ? { swiftshader: c.swiftshader / c.changes, gpu: c.gpu / c.changes, renderer: c.renderer / c.changes } : null];
    })) as Record<Turn, CpuMs | null>,
    heap: { ...b.heap, growth: b.heap.after200 / b.heap.after10 - 1 },
    bareHeap: { ...b.bareHeap, growth: b.bareHeap.after200 / b.bareHeap.after10 - 1 },
    towns: b.towns,
    dates: b.dates.length,
    changes: b.sequence.length,
    // Every timed change, in order, for a closer look at the tail.
    samples: b.sequence.map((date, i) => ({ date, viewer: b.changes.viewer[i]!, hiddenUi: b.changes.hidden[i]!, bare: b.changes.bare[i]!, bare2: b.changes.bare2[i]!, bareSlider: b.changes.slider[i]! })),
  };
}

const out = path.join(root, '.bench');
fs.mkdirSync(out, { recursive: true });
console.log('building the viewer on the real data and on a synthetic set ten times larger…');
build(path.join(out, 'dist'));
const synthetic = writeSynthetic(root, path.join(out, 'geodata-10x'));
console.log(`synthetic set: ${(['places', 'passages', 'towns', 'periods', 'events'] as const).map((k) => `${synthetic[k]} ${k === 'periods' ? 'control entries' : k} (${(synthetic[k] / synthetic.real[k]).toFixed(1)}×)`).join(', ')}`);
build(path.join(out, 'dist-10x'), path.join(out, 'geodata-10x'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_ARGS });
const benches = [
  await open('real data', path.join(out, 'dist'), path.join(root, 'geodata'), browser),
  await open('10× data', path.join(out, 'dist-10x'), path.join(out, 'geodata-10x'), browser),
];
const browserDefault = await chromium.launch({ executablePath: CHROMIUM, args: SWIFTSHADER_ARGS });
const defaults = [
  await open('real data, default Chromium', path.join(out, 'dist'), path.join(root, 'geodata'), browserDefault),
  await open('10× data, default Chromium', path.join(out, 'dist-10x'), path.join(out, 'geodata-10x'), browserDefault),
];
await measureAll(benches, defaults);
await browserDefault.close();
for (const b of benches) await b.close();
await browser.close();
const [real, big] = benches.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];

const assets = fs.readdirSync(path.join(out, 'dist/assets'));
const sum = (ext: string) => assets.filter((f) => f.endsWith(ext) && !f.includes('maplibre-gl-worker')).reduce((a, f) => a + gz(path.join(out, 'dist/assets', f)), 0);
const sizes = {
  viewerJsGzip: sum('.js'), viewerCssGzip: sum('.css'),
  workerGzip: assets.filter((f) => f.startsWith('maplibre-gl-worker')).reduce((a, f) => a + gz(path.join(out, 'dist/assets', f)), 0),
  maplibreJsGzip: gz(path.join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')),
  maplibreWorkerGzip: gz(path.join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')),
};
/** The tenfold data's slowdowns with their intervals: a block of one data set is paired with the other's block of the same round. */
function slowdownIntervals(big: Bench, real: Bench) {
  const same = big.changes.viewer.length === real.changes.viewer.length;
  return {
    loadSlowdownInterval: ratioInterval(big.loads.viewer, real.loads.viewer, 0.5, real.loads.viewer.length),
    changeP50SlowdownInterval: same ? ratioInterval(big.changes.viewer, real.changes.viewer, 0.5, BLOCKS) : null,
    changeP95SlowdownInterval: same ? ratioInterval(big.changes.viewer, real.changes.viewer, 0.95, BLOCKS) : null,
  };
}
const result = { when: new Date().toISOString(), loads: LOADS, changes: CHANGES, warmup: WARMUP, synthetic, real, big, tenfold: { loadSlowdown: big.loadMs.viewer / real.loadMs.viewer, changeP50Slowdown: big.changeMs.viewerP50 / real.changeMs.viewerP50, changeP95Slowdown: big.changeMs.viewerP95 / real.changeMs.viewerP95, ...slowdownIntervals(benches[1]!, benches[0]!), bareLoadSlowdown: big.loadMs.bare / real.loadMs.bare, bareChangeP50Slowdown: big.changeMs.bareP50 / real.changeMs.bareP50, bareChangeP95Slowdown: big.changeMs.bareP95 / real.changeMs.bareP95 }, sizes };
const f = (n: number) => n.toFixed(1);
const heapCell = (h: { after10: number; after200: number; growth: number }) => `${(h.after10 / 1e6).toFixed(1)} → ${(h.after200 / 1e6).toFixed(1)} (${(h.growth * 100).toFixed(1)} %)`;
// A ratio with its 95 % interval from the block bootstrap (ratioInterval).
const r = (x: number, [lo, hi]: [number, number]) => `${x.toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)})`;
const rx = (x: number, i: [number, number] | null) => (i ? `${x.toFixed(2)}× (${i[0].toFixed(2)}–${i[1].toFixed(2)})` : `${x.toFixed(2)}×`);
console.log(`\n| measure | real: viewer | real: bare | ratio | 10×: viewer | 10×: bare | ratio | goal |
| --- | --- | --- | --- | --- | --- | --- | --- |
| load to first idle, median of ${LOADS} (ms) | ${f(real.loadMs.viewer)} | ${f(real.loadMs.bare)} | ${r(real.loadMs.ratio, real.loadMs.ratioInterval)} | ${f(big.loadMs.viewer)} | ${f(big.loadMs.bare)} | ${r(big.loadMs.ratio, big.loadMs.ratioInterval)} | ratio ≤ 1.2 |
| diagnostic: the same loads on Chromium's default (ms) | ${f(real.loadDefaultMs.viewer)} | ${f(real.loadDefaultMs.bare)} | ${r(real.loadDefaultMs.ratio, real.loadDefaultMs.ratioInterval)} | ${f(big.loadDefaultMs.viewer)} | ${f(big.loadDefaultMs.bare)} | ${r(big.loadDefaultMs.ratio, big.loadDefaultMs.ratioInterval)} | |
| date change to idle, ${real.changes} / ${big.changes} changes over ${real.dates} / ${big.dates} dates, p50 (ms) | ${f(real.changeMs.viewerP50)} | ${f(real.changeMs.bareP50)} | ${r(real.changeMs.ratioP50, real.changeMs.ratioP50Interval)} | ${f(big.changeMs.viewerP50)} | ${f(big.changeMs.bareP50)} | ${r(big.changeMs.ratioP50, big.changeMs.ratioP50Interval)} | |
| date change to idle, p95 (ms) | ${f(real.changeMs.viewerP95)} | ${f(real.changeMs.bareP95)} | ${r(real.changeMs.ratioP95, real.changeMs.ratioP95Interval)} | ${f(big.changeMs.viewerP95)} | ${f(big.changeMs.bareP95)} | ${r(big.changeMs.ratioP95, big.changeMs.ratioP95Interval)} | ratio ≤ 1.2 |
| diagnostic: date change, viewer with its interface hidden, p50 (ms) | ${f(real.hiddenUiMs.p50)} | ${f(real.changeMs.bareP50)} | ${r(real.hiddenUiMs.ratioP50, real.hiddenUiMs.ratioP50Interval)} | ${f(big.hiddenUiMs.p50)} | ${f(big.changeMs.bareP50)} | ${r(big.hiddenUiMs.ratioP50, big.hiddenUiMs.ratioP50Interval)} | |
| diagnostic: the same, p95 (ms) | ${f(real.hiddenUiMs.p95)} | ${f(real.changeMs.bareP95)} | ${r(real.hiddenUiMs.ratioP95, real.hiddenUiMs.ratioP95Interval)} | ${f(big.hiddenUiMs.p95)} | ${f(big.changeMs.bareP95)} | ${r(big.hiddenUiMs.ratioP95, big.hiddenUiMs.ratioP95Interval)} | |
| noise: a second bare page against the first, p50 (ms) | ${f(real.noise.bare2P50)} | ${f(real.changeMs.bareP50)} | ${r(real.noise.ratioP50, real.noise.ratioP50Interval)} | ${f(big.noise.bare2P50)} | ${f(big.changeMs.bareP50)} | ${r(big.noise.ratioP50, big.noise.ratioP50Interval)} | |
| noise: the same, p95 (ms) | ${f(real.noise.bare2P95)} | ${f(real.changeMs.bareP95)} | ${r(real.noise.ratioP95, real.noise.ratioP95Interval)} | ${f(big.noise.bare2P95)} | ${f(big.changeMs.bareP95)} | ${r(big.noise.ratioP95, big.noise.ratioP95Interval)} | |
| diagnostic: date change, bare page with a slider, p50 (ms) | ${f(real.withSlider.p50)} | ${f(real.changeMs.bareP50)} | ${r(real.withSlider.ratioP50, real.withSlider.ratioP50Interval)} | ${f(big.withSlider.p50)} | ${f(big.changeMs.bareP50)} | ${r(big.withSlider.ratioP50, big.withSlider.ratioP50Interval)} | |
| diagnostic: the same, p95 (ms) | ${f(real.withSlider.p95)} | ${f(real.changeMs.bareP95)} | ${r(real.withSlider.ratioP95, real.withSlider.ratioP95Interval)} | ${f(big.withSlider.p95)} | ${f(big.changeMs.bareP95)} | ${r(big.withSlider.ratioP95, big.withSlider.ratioP95Interval)} | |
| diagnostic: date change, viewer against the bare page with a slider, p50 (ms) | ${f(real.changeMs.viewerP50)} | ${f(real.withSlider.p50)} | ${r(real.withSlider.viewer.ratioP50, real.withSlider.viewer.ratioP50Interval)} | ${f(big.changeMs.viewerP50)} | ${f(big.withSlider.p50)} | ${r(big.withSlider.viewer.ratioP50, big.withSlider.viewer.ratioP50Interval)} | |
| diagnostic: the same, p95 (ms) | ${f(real.changeMs.viewerP95)} | ${f(real.withSlider.p95)} | ${r(real.withSlider.viewer.ratioP95, real.withSlider.viewer.ratioP95Interval)} | ${f(big.changeMs.viewerP95)} | ${f(big.withSlider.p95)} | ${r(big.withSlider.viewer.ratioP95, big.withSlider.viewer.ratioP95Interval)} | |
| heap after 10 → 200 changes (MB) | ${heapCell(real.heap)} | ${heapCell(real.bareHeap)} | | ${heapCell(big.heap)} | ${heapCell(big.bareHeap)} | | no growth beyond noise |

Tenfold data: load ${rx(result.tenfold.loadSlowdown, result.tenfold.loadSlowdownInterval)}, date-change p50 ${rx(result.tenfold.changeP50Slowdown, result.tenfold.changeP50SlowdownInterval)} and p95 ${rx(result.tenfold.changeP95Slowdown, result.tenfold.changeP95SlowdownInterval)} the real data's (goal ≤ 1.5×); MapLibre alone on the same data: ${result.tenfold.bareLoadSlowdown.toFixed(2)}×, ${result.tenfold.bareChangeP50Slowdown.toFixed(2)}× and ${result.tenfold.bareChangeP95Slowdown.toFixed(2)}×.
Gzip: viewer JS ${(sizes.viewerJsGzip / 1024).toFixed(0)} KiB (of which MapLibre's own main module ${(sizes.maplibreJsGzip / 1024).toFixed(0)} KiB), CSS ${(sizes.viewerCssGzip / 1024).toFixed(0)} KiB, MapLibre worker ${(sizes.workerGzip / 1024).toFixed(0)} KiB.`);
// Each goal read off its interval, as the README says to read it.
const ten = result.tenfold;
const verdicts = {
  loadReal: verdict(real.loadMs.ratio, real.loadMs.ratioInterval, 1.2),
  loadTenfold: verdict(big.loadMs.ratio, big.loadMs.ratioInterval, 1.2),
  changeP95Real: verdict(real.changeMs.ratioP95, real.changeMs.ratioP95Interval, 1.2),
  changeP95Tenfold: verdict(big.changeMs.ratioP95, big.changeMs.ratioP95Interval, 1.2),
  tenfoldLoad: verdict(ten.loadSlowdown, ten.loadSlowdownInterval, 1.5),
  tenfoldChangeP50: ten.changeP50SlowdownInterval ? verdict(ten.changeP50Slowdown, ten.changeP50SlowdownInterval, 1.5) : 'no interval',
  tenfoldChangeP95: ten.changeP95SlowdownInterval ? verdict(ten.changeP95Slowdown, ten.changeP95SlowdownInterval, 1.5) : 'no interval',
};
console.log(`
Against the goals (see the README, "The benchmark"):
- load ratio ≤ 1.2: real data ${verdicts.loadReal}; tenfold ${verdicts.loadTenfold}
- date change p95 ratio ≤ 1.2: real data ${verdicts.changeP95Real}; tenfold ${verdicts.changeP95Tenfold}
- tenfold data ≤ 1.5× slower: load ${verdicts.tenfoldLoad}; p50 ${verdicts.tenfoldChangeP50}; p95 ${verdicts.tenfoldChangeP95}
- heap after 10 → 200 changes: the viewer ${(real.heap.growth * 100).toFixed(1)} % and ${(big.heap.growth * 100).toFixed(1)} %, the bare page on the same changes ${(real.bareHeap.growth * 100).toFixed(1)} % and ${(big.bareHeap.growth * 100).toFixed(1)} % (a leak would keep growing with more changes; the README says where the viewer's heap levels off)`);
/** A page's CPU per change: SwiftShader's threads + the rest of the GPU process + the renderers = total. */
const cpuCell = (c: CpuMs | null) => (c ? `${f(c.swiftshader)} + ${f(c.gpu)} + ${f(c.renderer)} = ${f(c.swiftshader + c.gpu + c.renderer)}` : 'n/a');
const PAGE_NAMES: Record<Turn, string> = { viewer: 'viewer', hidden: 'viewer, interface hidden', bare: 'bare page', bare2: 'second bare page', slider: 'bare page with a slider' };
console.log(`
Diagnostic: Chromium's CPU per timed date change (ms): SwiftShader's drawing threads + the rest of the GPU process + the renderers = total
| page | real data | 10× data |
| --- | --- | --- |
${TURNS.map((t) => `| ${PAGE_NAMES[t]} | ${cpuCell(real.cpuMsPerChange[t])} | ${cpuCell(big.cpuMsPerChange[t])} |`).join('\n')}`);
fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', `${result.when.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, `${JSON.stringify({ ...result, verdicts }, null, 2)}\n`);
console.log(`wrote ${path.relative(root, file)}`);
