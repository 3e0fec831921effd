import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { devServerForFile, serveDataset, watchErrors } from './harness';
import { seedDataset } from '../fixtures';
import { BUSY_FIGURE_ID, SHORT_NOTE_CLAIM, withBusyFigure } from '../figure-fixtures';
import { BUSY_FIGURE, realisticDataset } from '../fixtures/realistic';

/*
 * The figure page of a figure with thirty claims from ten parties, as a
 * reader sees it on a laptop and on a phone, in both colour schemes.
 */

const dev = devServerForFile();

const VIEWS = [
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '375×667', viewport: { width: 375, height: 667 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/* The centre of every marker drawn, each shape's outline measured by the browser. */
function markerCentres(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() => {
    const centres: { x: number; y: number }[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.history-chart path.chart-marker')) {
      const svg = path.ownerSVGElement!;
      for (const outline of (path.getAttribute('d') ?? '').split(/(?=M)/)) {
        const one = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        one.setAttribute('d', outline);
        svg.appendChild(one);
        const box = one.getBoundingClientRect();
        centres.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
        one.remove();
      }
    }
    return centres;
  });
}

/* The colour behind the chart: its own background, or the first one set on its ancestors, as relative luminance. */
function chartBackgroundLuminance(page: Page): Promise<number> {
  return page.locator('.history-chart').evaluate((chart) => {
    let colour = 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = chart; el && colour === 'rgba(0, 0, 0, 0)'; el = el.parentElement) {
      colour = getComputedStyle(el).backgroundColor;
    }
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

describe('a figure with thirty claims from ten parties, in Chromium', () => {
  for (const view of VIEWS) {
    for (const scheme of SCHEMES) {
      describe(`at ${view.name}, ${scheme}`, () => {
        let context: BrowserContext;
        let page: Page;
        let errors: string[];
        beforeAll(async () => {
          // MSW's worker is blocked so that the API answers with the dataset routed here.
          context = await dev.browser.newContext({
            viewport: view.viewport,
            colorScheme: scheme,
            serviceWorkers: 'block',
          });
          await serveDataset(context, withBusyFigure(seedDataset()));
          page = await context.newPage();
          errors = watchErrors(page);
          await page.goto(`${dev.baseUrl}/figures/${BUSY_FIGURE_ID}`);
          await page.locator('.history-chart svg.recharts-surface').waitFor();
          await page.locator('.history-chart path.chart-marker').first().waitFor();
        });
        afterAll(() => context?.close());

        it('shows the chart within the first screen', async () => {
          const top = await page.locator('.history-chart').evaluate((el) => el.getBoundingClientRect().top);
          expect(top).toBeGreaterThan(0);
          expect(top).toBeLessThan(view.viewport.height);
        });

        it('sets the seven markers of one day side by side, and lists them together in the tooltip', async () => {
          const centres = (await markerCentres(page)).sort((a, b) => b.x - a.x);
          // The busy day is the last one drawn: its seven markers are the rightmost.
          const sameDay = centres.slice(0, 7);
          expect(new Set(sameDay.map((c) => Math.round(c.x))).size).toBe(7);
          await page.mouse.move(sameDay[3]!.x, sameDay[3]!.y);
          const tooltip = page.locator('.chart-tooltip');
          await tooltip.waitFor();
          expect(await tooltip.innerText()).toContain('19 September 2023 · 7 claims');
          expect(await tooltip.locator('li').count()).toBe(7);
          await page.mouse.move(0, 0);
        });

        it('draws the chart on the page’s own background, dark in the dark scheme', async () => {
          const luminance = await chartBackgroundLuminance(page);
          if (scheme === 'dark') expect(luminance).toBeLessThan(0.05);
          else expect(luminance).toBeGreaterThan(0.8);
          const lightPanels = await page
            .locator('.history-chart *')
            .evaluateAll(
              (els) =>
                els.filter((el) => !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(el).backgroundColor))
                  .length,
            );
          expect(lightPanels).toBe(0);
        });

        if (view.viewport.width === 1280) {
          it('gives a claim with one value and a short note a row of at most 56 pixels', async () => {
            const row = page.locator(`[id="claim-${SHORT_NOTE_CLAIM}"]`);
            expect(await row.innerText()).toContain('Morning briefing.');
            const height = await row.evaluate((el) => el.getBoundingClientRect().height);
            expect(height).toBeLessThanOrEqual(56);
          });
        } else {
          it('stacks each claim within the screen, with no horizontal scrolling', async () => {
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow).toBe(0);
            const beyond = await page
              .locator('table.claim-list tbody tr')
              .evaluateAll((rows) =>
                rows.flatMap((row) =>
                  [row, ...row.querySelectorAll('*')]
                    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .map((el) => `${row.id} ${el.tagName} ${el.textContent?.slice(0, 30)}`),
                ),
              );
            expect(beyond).toEqual([]);
            expect(await page.locator('table.claim-list tbody tr').count()).toBe(30);
          });
        }

        it('passes axe (WCAG 2.2 AA)', async () => {
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          expect(errors.filter((e) => !e.startsWith('The mock API could not start'))).toEqual([]);
        });
      });
    }
  }

  it('narrows the claims to a party and opens a long note from the keyboard', async () => {
    const context = await dev.browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
    await serveDataset(context, withBusyFigure(seedDataset()));
    const page = await context.newPage();
    await page.goto(`${dev.baseUrl}/figures/${BUSY_FIGURE_ID}`);
    const claims = page.getByRole('region', { name: 'Every claim' });
    await claims.getByRole('checkbox', { name: 'Test Monitor (3)' }).focus();
    await page.keyboard.press('Space');
    await expect(claims.getByRole('status').innerText()).resolves.toBe('3 of 30 claims shown, from 1 of 10 parties');
    expect(await claims.locator('tbody tr').count()).toBe(3);
    // The chart brings the party chosen forward: every other party's markers are faint.
    await expect.poll(() => page.locator('.chart-marks > g[opacity="0.2"]').count()).toBe(9);

    await claims.getByRole('button', { name: 'Show every party’s claims' }).click();
    const note = claims.locator('details.claim-note-fold').first();
    await note.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(note.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    expect(await note.innerText()).toContain('will be added in its next report');
    await context.close();
  });
});

describe('the busiest figure of the realistic record, in Chromium', () => {
  const dataset = realisticDataset();
  const shortNote = dataset.claims.find(
    (c) => c.figure === BUSY_FIGURE && c.values?.length === 1 && c.note && c.note.length < 60,
  );
  const claims = dataset.claims.filter((c) => c.figure === BUSY_FIGURE).length;

  for (const view of VIEWS) {
    for (const scheme of SCHEMES) {
      it(`at ${view.name}, ${scheme}: the chart on the first screen, compact rows, nothing cut off sideways`, async () => {
        const context = await dev.browser.newContext({
          viewport: view.viewport,
          colorScheme: scheme,
          serviceWorkers: 'block',
        });
        await serveDataset(context, dataset);
        const page = await context.newPage();
        await page.goto(`${dev.baseUrl}/figures/${BUSY_FIGURE}`);
        await page.locator('.history-chart path.chart-marker').first().waitFor();
        const top = await page.locator('.history-chart').evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeGreaterThan(0);
        expect(top).toBeLessThan(view.viewport.height);
        await expect.poll(() => page.locator('table.claim-list tbody tr').count()).toBe(claims);
        if (view.viewport.width === 1280) {
          const height = await page
            .locator(`[id="claim-${shortNote!.id}"]`)
            .evaluate((el) => el.getBoundingClientRect().height);
          expect(height).toBeLessThanOrEqual(56);
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        await context.close();
      });
    }
  }
});
