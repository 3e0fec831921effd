import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { devServerForFile, serveDataset } from './harness';
import { seedDataset, withCorrectionAndWithdrawal } from '../fixtures';

const dev = devServerForFile();

const PAGES: [string, string, (page: Page) => Promise<unknown>][] = [
  ['the dashboard', '/', (p) => p.getByRole('figure', { name: /^Population under blockade/ }).waitFor()],
  [
    'the casualties figure',
    '/figures/casualties-19-september',
    (p) => p.getByRole('region', { name: 'Where this number comes from' }).waitFor(),
  ],
  ['the duration figure', '/figures/blockade-duration', (p) => p.getByRole('region', { name: 'Timeline' }).waitFor()],
  ['the sources index', '/sources', (p) => p.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()],
  ['the update screen', '/update', (p) => p.getByLabel('Paste JSON or CSV').waitFor()],
];

/*
 * 320 CSS pixels wide, and a 1280-pixel window zoomed to 200%: zoom halves the
 * CSS pixels across (640) and doubles the device pixels per CSS pixel, which
 * is what the deviceScaleFactor of 2 reproduces.
 */
const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

/*
 * Elements that cut their own text off: overflow hidden or clipped, with
 * content wider than the box. Text hidden on purpose for screen readers only
 * (clipped to nothing, by the class or by a narrow-screen rule) is not cut off.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *, header *, footer *')]
      .filter((el) => {
        if (el.closest('.visually-hidden') || el.getClientRects().length === 0) return false;
        for (let node: HTMLElement | null = el; node; node = node.parentElement) {
          if (getComputedStyle(node).clip === 'rect(0px, 0px, 0px, 0px)') return false;
        }
        const style = getComputedStyle(el);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        return clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').slice(0, 40)}`),
  );
}

describe('reflow in Chromium', () => {
  for (const view of VIEWS) {
    it(`needs no horizontal scrolling and clips no text at ${view.name}`, async () => {
      // The longest texts the figures hold: a disagreement on a card, and claims corrected and withdrawn.
      const context = await dev.browser.newContext({
        viewport: view.viewport,
        deviceScaleFactor: view.deviceScaleFactor,
        serviceWorkers: 'block',
      });
      await serveDataset(context, withCorrectionAndWithdrawal(seedDataset()));
      const page = await context.newPage();
      for (const [name, path, ready] of PAGES) {
        await page.goto(dev.baseUrl + path);
        await ready(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal scrolling on ${name}`).toBe(0);
        expect(await clippedText(page), `clipped text on ${name}`).toEqual([]);
        await page.screenshot({
          path: `test-results/reflow-${view.viewport.width}${path.replace(/\W+/g, '-')}.png`,
          fullPage: true,
        });
      }
      await context.close();
    }, 60_000);
  }
});

describe('reduced motion in Chromium', () => {
  async function shimmer(reducedMotion: 'reduce' | 'no-preference'): Promise<string> {
    // The loading state, held by an API that never answers; MSW's worker is blocked so the route sees the request.
    const context = await dev.browser.newContext({ reducedMotion, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/api/v1/**', () => {});
    await page.goto(dev.baseUrl);
    const skeleton = page.locator('.skeleton').first();
    await skeleton.waitFor();
    const name = await skeleton.evaluate((el) => getComputedStyle(el).animationName);
    await context.close();
    return name;
  }

  it('keeps the loading placeholders still when motion is reduced, and only then', async () => {
    expect(await shimmer('no-preference')).toBe('shimmer');
    expect(await shimmer('reduce')).toBe('none');
  });
});
