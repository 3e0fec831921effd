import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { devServerForFile, serveDataset, watchErrors } from './harness';
import { seedDataset, withHistoryAndRivalClaim } from '../fixtures';

const dev = devServerForFile();

async function expectCasualtySources(page: Page) {
  const sources = page.getByRole('region', { name: 'Where this number comes from' });
  await sources.waitFor();
  const text = await sources.innerText();
  expect(text).toMatch(/Claimed by\s+Zartonk Media/);
  expect(text).toMatch(/Published by\s+Medya News/);
  expect(await sources.locator('time').first().getAttribute('datetime')).toBe('2023-09-19');
}

describe('figure drill-down in Chromium', () => {
  it('opens the casualties figure from its source badge, then goes back', async () => {
    const page = await dev.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(dev.baseUrl);
    const card = page.getByRole('figure', { name: /^Casualties of the 19 September offensive/ });
    await card.getByRole('link', { name: /^Source:/ }).click();

    await page.waitForURL(/\/figures\/casualties-19-september#sources$/);
    await expectCasualtySources(page);
    expect(await page.title()).toBe('Casualties of the 19 September offensive — Nagorno-Karabakh dashboard');

    await page.goBack();
    await page.waitForURL(`${dev.baseUrl}/`);
    await page.getByRole('figure', { name: /^Population under blockade/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a deep link directly and survives a reload, at phone width', async () => {
    const page = await dev.browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${dev.baseUrl}/figures/casualties-19-september`);
    await expectCasualtySources(page);
    await page.reload();
    await expectCasualtySources(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches a figure and its sources with the keyboard alone', async () => {
    const page = await dev.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(dev.baseUrl);
    await page.getByRole('figure', { name: /^Population under blockade/ }).waitFor();
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'Population under blockade'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Population under blockade');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/figures\/population-under-blockade$/);
    await page.getByRole('heading', { level: 1, name: 'Population under blockade' }).waitFor();
    const active = await page.evaluate(
      () => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`,
    );
    expect(active).toBe('H1 Population under blockade');
    await page.close();
  });

  it('follows a disagreement from its card to every claim about the figure', async () => {
    // MSW's worker is blocked so that the API answers with the contested dataset routed here.
    const context = await dev.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    await serveDataset(context, withHistoryAndRivalClaim(seedDataset()));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(dev.baseUrl);
    const card = page.getByRole('figure', { name: /^Casualties of the 19 September offensive/ });
    await card.getByRole('link', { name: '2 parties disagree: 2 to 5 civilians killed' }).click();

    await page.waitForURL(/\/figures\/casualties-19-september#claims$/);
    const claims = page.getByRole('region', { name: 'Every claim' });
    await claims.waitFor();
    const rows = claims.getByRole('row');
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.nth(2).innerText()).resolves.toMatch(/at least 5 civilians killed[\s\S]*Test Ombudsman/);
    // The link lands on the claims, as a same-page anchor would: in view, with focus there for the keyboard.
    const top = await claims.evaluate((el) => el.getBoundingClientRect().top / window.innerHeight);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(0.5);
    await expect(claims.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    expect(errors.filter((e) => !e.startsWith('The mock API could not start'))).toEqual([]);
    await context.close();
  });
});
