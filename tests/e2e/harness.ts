/**
 * End-to-end harness: serves the production build (`dist/`, made by `npm run build`) with Vite's preview
 * server on a free port and drives Debian's Chromium through playwright-core, with WebGL2 drawn in software.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Where WebGL2 is drawn: Mesa's llvmpipe through EGL when Debian's `libegl-mesa0` and `libgl1-mesa-dri` are
 * installed (`.ci/run` installs them), SwiftShader otherwise or when `E2E_GL=swiftshader`. Measured 2026-12-04,
 * a page to its first complete picture: llvmpipe 2.1-2.5 s, SwiftShader 2.4-3.1 s. llvmpipe owes it to Mesa's
 * cache of compiled shader programs, kept on disk (in `MESA_CACHE`) from page to page and run to run: without
 * it the same loads took 4.5-4.8 s. SwiftShader compiles them again for every page.
 */
export const GL = process.env.E2E_GL === 'swiftshader' || !hasMesa() ? 'swiftshader' : 'llvmpipe';
const MESA_CACHE = fileURLToPath(new URL('../../node_modules/.cache/mesa-shaders', import.meta.url));

function hasMesa(): boolean {
  const libs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib'];
  return libs.some((d) => fs.existsSync(`${d}/libEGL_mesa.so.0`) && fs.existsSync(`${d}/dri/swrast_dri.so`));
}

const COMMON_ARGS = [
  '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--no-sandbox',
];

/** Chromium on SwiftShader, whatever is installed: the benchmark's figures have all been measured on it. */
export const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...COMMON_ARGS];

/** Chromium as the tests run it, drawing on `GL`. */
export const CHROMIUM_ARGS = GL === 'llvmpipe' ? ['--use-angle=gl-egl', ...COMMON_ARGS] : SWIFTSHADER_ARGS;

/** The browser's environment: Mesa's cache in a folder that is always there and writable, whatever `HOME` is. */
const BROWSER_ENV: Record<string, string> = { ...process.env as Record<string, string>, MESA_SHADER_CACHE_DIR: MESA_CACHE };

export interface Harness {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Vite's preview server on a free port of 127.0.0.1, serving the build in `outDir` (by default the config's,
 * `dist`) of the project at `root` (by default the working folder). Used by the tests and by the benchmark.
 */
export async function servePreview(options: { root?: string; outDir?: string } = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    ...(options.root ? { root: options.root } : {}),
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`${options.outDir ?? 'dist'}: the preview server has no port`);
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** Starts the preview server and the browser once per test file. */
export async function startHarness(): Promise<Harness> {
  const server = await servePreview();
  const { origin } = server;
  // Mesa makes its cache's own folder, not the folders above it.
  if (GL === 'llvmpipe') fs.mkdirSync(MESA_CACHE, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, env: BROWSER_ENV });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request whose origin is not the page's own. */
  foreign: string[];
}

/** Opens a page that records console errors and any request leaving the origin (which it blocks). */
export async function openPage(h: Harness, path: string, viewport = { width: 1280, height: 800 }, touch = false): Promise<Watched> {
  const watched = await blankPage(h, viewport, touch);
  await watched.page.goto(`${h.origin}${path}`);
  return watched;
}

/**
 * The same page, left blank: for a test that serves a page of its own (a host of the embed, a style) and must
 * set up its routes before the first load.
 */
export async function blankPage(h: Harness, viewport = { width: 1280, height: 800 }, touch = false): Promise<Watched> {
  const context = await h.browser.newContext({ viewport, reducedMotion: 'reduce', hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(h.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { page, context, errors, foreign };
}

/**
 * Waits until the map has drawn the app's data once (the hook's `firstIdle`), then until it is idle. The hook
 * exists from the style's load, before the data: waiting only for the map's next `idle` then could end before
 * the app had applied its data (a CI run of 2026-12-04 saw Sinjar labelled by both the basemap and the places
 * layer, the basemap's duplicate not yet filtered out).
 */
export async function mapIdle(page: Page | Frame, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__syriaMap?.firstIdle != null, undefined, { timeout, polling: 50 });
  await page.evaluate(() => window.__syriaMap!.idle());
}

/**
 * Takes an open page to another address of the app as Back and Forward take it (`history.pushState`, then
 * `popstate`), the map kept, and returns once React has rendered it (`mapIdle` then waits for the map). Tests that
 * look at several views of one page go from one to the next this way: a fresh load draws the map anew, 2-3 s in
 * software, this in a fraction. What only a fresh load does (a link's framing, the date an event's link fills in,
 * an embed's layout, an online basemap) needs `page.goto`.
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => new Promise<void>((resolve) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
    // The render of the new state and the map's effects that follow it: two frames were enough in every test.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  }), path);
}
