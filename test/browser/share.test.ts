import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { devServerForFile, serveDataset } from './harness';
import { seedDataset } from '../fixtures';

/*
 * What a reader takes away from the dashboard: the downloads, as a
 * spreadsheet would read them; the printed page; the first screen of a phone.
 */

const dev = devServerForFile();

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

describe('downloads', () => {
  it('saves every claim as CSV: byte order mark, header, HXL row, one row per value, formulas made inert', async () => {
    const dataset = seedDataset();
    const claim = dataset.claims.find((c) => c.figure === 'casualties-19-september')!;
    claim.note = '=cmd|"/c calc"!A1';
    const context = await dev.browser.newContext({ serviceWorkers: 'block' });
    await serveDataset(context, dataset);
    const page = await context.newPage();
    await page.goto(dev.baseUrl);
    const { name, text } = await downloaded(page, 'Download every claim (CSV)');
    await context.close();

    expect(name).toBe(`${dataset.id}.claims.r${dataset.revision}.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, tags, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const column = (key: string) => header!.indexOf(key);
    expect(tags!.every((tag) => tag.startsWith('#'))).toBe(true);
    expect(tags![column('claimed_by')]).toBe('#meta +source');
    expect(tags![column('url')]).toBe('#meta +url');
    const values = dataset.claims.reduce((sum, c) => sum + (c.values?.length ?? 1), 0);
    expect(rows).toHaveLength(values);
    const casualties = rows.filter((row) => row[column('claim')] === claim.id);
    expect(casualties.map((row) => row[column('note')])).toEqual([`'=cmd|"/c calc"!A1`, `'=cmd|"/c calc"!A1`]);
    expect(casualties[0]![column('claimed_by')]).toBe('Zartonk Media');
    expect(casualties[0]![column('published_by')]).toBe('Medya News');
  });

  it('saves one figure’s claims as JSON under a header with the license and the meaning of each status', async () => {
    const page = await dev.browser.newPage();
    await page.goto(`${dev.baseUrl}/figures/population-under-blockade`);
    const { name, text } = await downloaded(page, 'Download this figure’s claims (JSON)');
    await page.close();
    expect(name).toMatch(/^nagorno-karabakh-2023-09\.population-under-blockade\.claims\.r\d+\.json$/);
    const body = JSON.parse(text) as { meta: Record<string, unknown>; rows: Record<string, unknown>[] };
    expect(body.meta).toMatchObject({ license: { name: 'CC BY 4.0' }, hxl: { value: '#population +num' } });
    expect(Object.keys(body.meta.statuses as object)).toContain('alleged');
    expect(body.rows).toEqual([
      expect.objectContaining({ value: 120000, qualifier: 'about', claimed_by: 'Medya News', standing: 'active' }),
    ]);
  });

  it('saves the whole dataset as the file the update screen exports', async () => {
    const page = await dev.browser.newPage();
    await page.goto(dev.baseUrl);
    const { text } = await downloaded(page, 'Download the whole dataset (JSON)');
    await page.close();
    expect(JSON.parse(text)).toMatchObject({ id: 'nagorno-karabakh-2023-09', claims: seedDataset().claims });
  });
});

describe('print', () => {
  it('leaves out the navigation and the buttons, and prints each outside link’s address', async () => {
    const page = await dev.browser.newPage();
    await page.goto(dev.baseUrl);
    await page.getByRole('button', { name: 'Download every claim (CSV)' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download every claim (CSV)' }).isVisible()).toBe(false);
    const article = page.getByRole('link', { name: /^Read the article/ }).first();
    const after = await article.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await article.getAttribute('href'));
    // The source line stays on every card.
    for (const card of await page.locator('.figure-grid').first().getByRole('figure').all()) {
      expect(await card.locator('.source-badge').innerText()).toMatch(/^Source:/);
    }
    await page.close();
  });
});

describe('on a phone', () => {
  it('shows every headline figure, with its source and date, within the first 667 px at 375 px wide', async () => {
    const context = await dev.browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(dev.baseUrl);
    await page.getByRole('figure', { name: /^Population under blockade/ }).waitFor();
    // The seed describes 2023, so the notice that the data is historical takes its share of the screen too.
    await page.getByText('Historical data:').waitFor();
    const cards = await page.locator('.figure-grid').first().getByRole('figure').all();
    expect(cards).toHaveLength(seedDataset().headlines!.length);
    for (const card of cards) {
      const box = (await card.boundingBox())!;
      expect(box.y + box.height, (await card.getAttribute('aria-label')) ?? '').toBeLessThanOrEqual(667);
      expect(await card.locator('.source-badge').isVisible()).toBe(true);
      expect(await card.locator('.figure-date').isVisible()).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });
});
