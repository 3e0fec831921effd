import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { devServerForFile, serveDataset, watchErrors } from './harness';
import { seedDataset, withHistoryAndRivalClaim } from '../fixtures';

const dev = devServerForFile();

async function saved(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

describe('the history chart as a file, in Chromium', () => {
  it('downloads a PNG at twice the picture’s size and an SVG with the title, sources and revision', async () => {
    // MSW's worker is blocked so that the API answers with the dataset routed here, which has a history.
    const context = await dev.browser.newContext({
      serviceWorkers: 'block',
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
      colorScheme: 'dark',
    });
    await serveDataset(context, withHistoryAndRivalClaim(seedDataset()));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${dev.baseUrl}/figures/casualties-19-september`);
    const plot = page.locator('.history-chart-plot svg.recharts-surface');
    await plot.waitFor();
    const chartWidth = Math.round((await plot.boundingBox())!.width);

    const png = await saved(page, 'Download chart (PNG)');
    expect(png.name).toBe('casualties-19-september-killed-r1.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(2 * (Math.max(480, chartWidth) + 32));

    const svg = await saved(page, 'Download chart (SVG)');
    expect(svg.name).toBe('casualties-19-september-killed-r1.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('>Casualties of the 19 September offensive</text>');
    expect(text).toContain('>civilians killed</text>');
    expect(text).toMatch(/>Sources: [^<]*Zartonk Media via Medya News/);
    expect(text).toContain('Test Ombudsman');
    expect(text).toContain('Data as of 19 September 2023 · revision 1 of 28 November 2026');
    // Drawn in the light scheme although the page is dark.
    expect(text).toContain('fill="#ffffff"');
    expect(text).not.toContain('var(--');
    expect(errors.filter((e) => !e.startsWith('The mock API could not start'))).toEqual([]);
    await context.close();
  });
});
