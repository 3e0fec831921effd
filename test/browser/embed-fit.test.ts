import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { devServerForFile, serveDataset } from './harness';
import { seedDataset } from '../fixtures';
import { LONG_FIGURE_ID, withLongEmbedFigure } from '../embed-fixtures';
import { embedSnippet } from '../../src/data/words/embed-snippet';

/*
 * The embed code pasted into a page, as another site would, at the widths a
 * reader may see it: the frame's height, which the snippet alone decides, is
 * never less than the card's, so nothing is cut off or needs scrolling, and
 * the license and the source line are in sight. The host page is served from
 * the dashboard's own address here, so the test can look inside the frame.
 */

const dev = devServerForFile();
const dataset = withLongEmbedFigure(seedDataset());
const WIDTHS = [320, 375, 768, 1280];
const FIGURES = [LONG_FIGURE_ID, 'casualties-19-september', 'blockade-duration'];

interface Fit {
  frame: number;
  content: number;
  scrolls: boolean;
  inSight: Record<string, boolean>;
}

/* Inside the frame: the card's height without the stretch that fills the frame, and whether each part is in sight. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe')!;
    const doc = frame.contentDocument!;
    const view = doc.documentElement;
    const scrolls = view.scrollHeight > view.clientHeight || view.scrollWidth > view.clientWidth;
    const inSight = (selector: string) => {
      const el = doc.querySelector<HTMLElement>(selector);
      if (!el || !el.checkVisibility()) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= view.clientHeight;
    };
    const card = doc.querySelector<HTMLElement>('.embed-card')!;
    const parts = {
      label: inSight('.figure-label'),
      value: inSight('.embed-value'),
      status: inSight('.embed-meta'),
      source: inSight('.embed-sources'),
      license: inSight('a[rel~="license"]'),
      back: inSight('a[target="_top"]'),
    };
    card.style.minHeight = '0';
    const content = card.getBoundingClientRect().bottom;
    card.style.minHeight = '';
    return { frame: frame.getBoundingClientRect().height, content, scrolls, inSight: parts };
  });
}

describe('an embed in another site’s page, in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits its frame at ${WIDTHS.join(', ')} px wide, ${colorScheme}`, async () => {
      const context = await dev.browser.newContext({ colorScheme, serviceWorkers: 'block' });
      await serveDataset(context, dataset);
      for (const figureId of FIGURES) {
        const figure = dataset.figures.find((f) => f.id === figureId)!;
        const host = `${dev.baseUrl}/embed-host-${figureId}.html`;
        await context.route(host, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><title>Host</title><body style="margin:0"><p>An article.</p>${embedSnippet(dev.baseUrl, figure)}<p>More of the article.</p></body></html>`,
          }),
        );
        const page = await context.newPage();
        await page.goto(host);
        await page.frameLocator('iframe').locator('.embed-credit').waitFor();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForFunction((w) => document.querySelector('iframe')!.clientWidth === w, width);
          const fit = await measure(page);
          const where = `${figureId} at ${width} px`;
          expect(fit.content, where).toBeLessThanOrEqual(fit.frame);
          expect(fit.scrolls, where).toBe(false);
          expect(fit.inSight, where).toEqual({
            label: true,
            value: true,
            status: true,
            source: true,
            license: true,
            back: true,
          });
          if (figureId === LONG_FIGURE_ID) {
            await page.screenshot({ path: `test-results/embed-${width}-${colorScheme}.png` });
          }
        }
        await page.close();
      }
      await context.close();
    }, 120_000);
  }

  it('is lower on a wide frame than on a narrow one, and holds the long card at each', async () => {
    const context = await dev.browser.newContext({ serviceWorkers: 'block' });
    await serveDataset(context, dataset);
    const figure = dataset.figures.find((f) => f.id === LONG_FIGURE_ID)!;
    // A narrow column on a wide page: the frame follows its column, not the window.
    await context.route(`${dev.baseUrl}/embed-host-column.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><body style="margin:0"><div style="width:330px">${embedSnippet(dev.baseUrl, figure)}</div></body></html>`,
      }),
    );
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${dev.baseUrl}/embed-host-column.html`);
    await page.frameLocator('iframe').locator('.embed-credit').waitFor();
    const column = await measure(page);
    expect(column.content).toBeLessThanOrEqual(column.frame);
    expect(column.scrolls).toBe(false);
    await page.evaluate(() => (document.querySelector('div')!.style.width = '900px'));
    await page.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().width === 900);
    const wide = await measure(page);
    expect(wide.frame).toBeLessThan(column.frame);
    expect(wide.content).toBeLessThanOrEqual(wide.frame);
    expect(wide.scrolls).toBe(false);
    await context.close();
  }, 60_000);
});
