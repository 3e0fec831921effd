import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from './static-host';
import type { Dataset } from '../../src/data/schema/schema';
import { slowDown } from './cdp';

/*
 * What a first visit costs besides time: how far the page moves while it
 * loads, comes alive and takes in the live data (cumulative layout shift, at
 * a phone's and a desktop's size), and every byte of JavaScript it runs,
 * the modules loaded after the first screen included.
 */

export const VIEWPORTS = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } } as const;

/* Layout shifts not caused by input, summed, as CLS counts them (one window: a page this size settles in one). */
const SHIFTS = `(() => {
  window.benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

export interface FirstVisit {
  /** CLS per page and viewport, the largest of the runs. */
  cls: { page: string; viewport: keyof typeof VIEWPORTS; cls: number }[];
  /** Every script the first visit of the dashboard loaded, gzip bytes, largest first. */
  scripts: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

/*
 * Each page on slow-4g, so the live data arrives well after the HTML: a
 * shift it causes is measured, not hidden by a fast load.
 */
async function measure(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await slowDown(context, page, 'slow-4g');
  await page.addInitScript({ content: SHIFTS });
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path.slice(1));
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { benchShift: number }).benchShift);
  await context.close();
  return { cls, scripts };
}

export async function firstVisitBench(browser: Browser, seed: Dataset, appDir: string, rounds: number) {
  const pages = ['/', `/figures/${seed.figures[0]!.id}`, '/sources', '/update', '/404'];
  const { server, url } = await serveStatic(appDir);
  const result: FirstVisit = { cls: [], scripts: [], totalGzipBytes: 0 };
  try {
    for (const pathname of pages) {
      for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
        let worst = 0;
        for (let i = 0; i < rounds; i++) {
          const run = await measure(browser, `${url}${pathname}`, VIEWPORTS[viewport]);
          worst = Math.max(worst, run.cls);
          if (pathname === '/' && viewport === 'phone' && i === 0) {
            for (const file of new Set(run.scripts)) {
              result.scripts.push({ file, gzipBytes: gzipSync(await readFile(join(appDir, file))).length });
            }
          }
        }
        result.cls.push({ page: pathname, viewport, cls: Number(worst.toFixed(4)) });
        process.stdout.write(`  CLS ${pathname} ${viewport}: ${worst.toFixed(4)}\n`);
      }
    }
  } finally {
    server.close();
  }
  result.scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
  result.totalGzipBytes = result.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return result;
}
