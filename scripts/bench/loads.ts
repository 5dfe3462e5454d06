/**
 * How the benchmark (run.ts) and its A/B of builds (ab.ts) load the viewer: the same Chromium, the same date,
 * the same empty page before each load. (Both serve their builds with the tests' `servePreview`.)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { SWIFTSHADER_ARGS } from '../../tests/e2e/harness.ts';

/**
 * The bench's Chromium. For each navigation Chromium gives the new document a new frame widget and shuts the
 * old one down a second later (`Shutdown` in blink's widget_base.cc). Traced here on 2026-12-03, that task took
 * 150–240 ms of the renderer's main thread 1.0–1.2 s after navigation start, on the viewer and the bare page
 * alike, whatever the page before had been (about:blank included). So it fell inside any load slower than about
 * 1.1 s and outside any faster one: up to a quarter of a second that belongs to neither page, counted against
 * whichever was the slower. With RenderDocument off, a same-site navigation keeps its widget and no such task
 * runs. The bench times its loads on Chromium's default as well, as a diagnostic (`loadDefaultMs`).
 */
export const BENCH_ARGS = [...SWIFTSHADER_ARGS, '--disable-features=RenderDocument'];

/** The date every timed load opens at. */
export const START = '2017-06-15';

/**
 * A page of the same origin, empty, loaded before each timed load and left for half a second: the page before
 * is torn down there, not in the next load. Without it each bare load followed a viewer and paid for tearing
 * the viewer down (its DOM, React, its WebGL context), and each viewer load paid for the lighter bare page:
 * in turns on one page (14 each, 2026-12-03, one run of each), a load ratio of 1.09 without, 1.17 with.
 */
const BLANK = '/__blank.html';

/** Serves the empty page at BLANK in `context`, for `origin`. */
export function routeBlank(context: BrowserContext, origin: string) {
  return context.route((u) => u.origin === origin && u.pathname === BLANK, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>between loads</title>' }));
}

/** Loads the empty page, waits half a second, then runs `load`. */
export async function afterBlank<T>(page: Page, origin: string, load: () => Promise<T>): Promise<T> {
  await page.goto(`${origin}${BLANK}`);
  await page.waitForTimeout(500);
  return load();
}
