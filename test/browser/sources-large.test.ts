import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { devServerForFile, serveDataset } from './harness';
import { manySourcesDataset } from '../source-fixtures';

/*
 * The sources page with 158 sources (the seed's and 152 invented, with long
 * and non-Latin names), as a phone and a desktop show it, in light and dark:
 * how many elements it takes, that nothing needs scrolling sideways, that
 * sorting is said to a screen reader, and that axe finds nothing.
 */

const dev = devServerForFile();
const dataset = manySourcesDataset();
const LAST = `#source-example-source-150`;

const VIEWS = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
] as const;

/* What the browser itself exposes to assistive technology for the element `selector` finds. */
async function accessibleNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes[0]!;
  const properties = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value as unknown]));
  return { role: node.role?.value as string, name: node.name?.value as string, properties };
}

describe('the sources page with 150 sources and more, in Chromium', () => {
  for (const view of VIEWS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`at ${view.width}×${view.height}, ${colorScheme}: small, no sideways scrolling, sorting said aloud`, async () => {
        const context = await dev.browser.newContext({ viewport: view, colorScheme, serviceWorkers: 'block' });
        await serveDataset(context, dataset);
        const page = await context.newPage();
        await page.goto(`${dev.baseUrl}/sources`);
        await page.locator(LAST).waitFor();
        expect(await page.locator('tbody tr.source-row').count()).toBe(dataset.sources.length);

        const elements = await page.evaluate(() => document.querySelectorAll('*').length);
        expect(elements).toBeLessThanOrEqual(1500);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways).toBe(0);

        // From the keyboard: the column header's button, then Enter.
        const sort = page.getByRole('button', { name: 'Claims made' });
        await sort.focus();
        await page.keyboard.press('Enter');
        await page.locator('th[aria-sort="descending"]').waitFor();
        await expect(page.locator('th[aria-sort]').count()).resolves.toBe(1);
        const node = await accessibleNode(page, 'th[aria-sort]');
        expect([node.role, node.name]).toEqual(['columnheader', 'Claims made']);
        const status = page.getByRole('status').filter({ hasText: 'sources, sorted by claims made, most first' });
        await status.waitFor();
        expect((await accessibleNode(page, '.source-count')).properties.live).toBe('polite');
        const made = await page.evaluate(() =>
          [...document.querySelectorAll('tbody tr.source-row')].map((tr) => Number(tr.children[2]!.textContent)),
        );
        expect(made[0]).toBe(12);
        expect(made).toEqual([...made].sort((a, b) => b - a));

        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

        await page.screenshot({ path: `test-results/sources-${view.width}-${colorScheme}.png` });
        await context.close();
      }, 60_000);
    }
  }

  it('opens a source from a link to it, at a phone’s width, with no sideways scrolling', async () => {
    const context = await dev.browser.newContext({ viewport: VIEWS[1], serviceWorkers: 'block' });
    await serveDataset(context, dataset);
    const page = await context.newPage();
    await page.goto(`${dev.baseUrl}/sources#source-example-source-005`);
    const row = page.locator('#source-example-source-005');
    await expect(row.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.locator('#source-example-source-005--details').waitFor();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
    await context.close();
  }, 60_000);
});
