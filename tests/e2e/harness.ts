/**
 * End-to-end harness: serves the production build (`dist/`, made by `npm run build`) with Vite's preview
 * server on a free port and drives Debian's Chromium through playwright-core, with WebGL2 on SwiftShader.
 */
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--no-sandbox',
];

export interface Harness {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the preview server and the browser once per test file. */
export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
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
  await page.goto(`${h.origin}${path}`);
  return { page, context, errors, foreign };
}

/** Waits until the automation hook exists and the map is idle. */
export async function mapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => !!window.__syriaMap, undefined, { timeout });
  await page.evaluate(() => window.__syriaMap!.idle());
}
