import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { copyProject, launchBrowser, startDevServer, watchErrors } from './harness';
import { SEED_FILE } from '../fixtures';

let browser: Browser;
let server: ViteDevServer;
let baseUrl: string;
let project: Awaited<ReturnType<typeof copyProject>>;

beforeAll(async () => {
  project = await copyProject();
  ({ server, url: baseUrl } = await startDevServer(project.dir));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await project?.remove();
});

const populationCard = (page: Page) => page.getByRole('figure', { name: /^Population under blockade/ });

async function populationValue(page: Page): Promise<string | null> {
  const card = populationCard(page);
  await card.waitFor();
  return card.locator('data').first().getAttribute('value');
}

async function importFile(page: Page, name: string, text: string) {
  await page
    .getByLabel('Or choose a JSON file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function exportedDataset(page: Page): Promise<Record<string, unknown>> {
  const response = await page.evaluate(async () => (await fetch('/api/v1/datasets/nagorno-karabakh-2023-09')).json());
  return response as Record<string, unknown>;
}

describe('updating the data in Chromium', () => {
  it('checks a large file in a worker, so the page keeps responding, and previews it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl}/update`);
    await page.getByLabel('Paste JSON').waitFor();
    const dataset = await exportedDataset(page);
    // About 3 MB: the seed with 20,000 more events, each citing the seed's first citation.
    const citation = (dataset.citations as { id: string }[])[0]!.id;
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      id: `bulk-event-${i}`,
      date: '2023-09-01',
      kind: 'other',
      title: `Bulk event ${i} with a title long enough to weigh something in the file`,
      description: 'A generated event that makes this file large enough to be checked away from the page.',
      citations: [citation],
    }));
    const big = JSON.stringify({ ...dataset, events: [...(dataset.events as unknown[]), ...events] });
    expect(big.length).toBeGreaterThan(2_000_000);
    await importFile(page, 'large.json', big);
    await page.getByRole('heading', { name: 'Preview of the imported dataset' }).waitFor({ timeout: 60_000 });
    expect(workers.some((url) => url.includes('import-worker'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a changed population, previews, applies, survives a reload, and undoes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/update`);
    await page.getByRole('heading', { name: 'Import JSON' }).waitFor();

    const dataset = await exportedDataset(page);
    const figures = dataset.figures as { id: string; measures?: { value: number }[] }[];
    figures.find((f) => f.id === 'population-under-blockade')!.measures![0]!.value = 115000;
    await importFile(page, 'population.json', JSON.stringify(dataset));

    const preview = page.getByRole('table', { name: 'Figures that would change' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('about 115,000 ethnic Armenians');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Applied. The dashboard now shows revision 2.').waitFor();

    await page.getByRole('link', { name: 'Key figures' }).click();
    expect(await populationValue(page)).toBe('115000');
    await page.reload();
    expect(await populationValue(page)).toBe('115000');

    await page.getByRole('link', { name: 'Update data' }).click();
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await page.getByText(/^Undone/).waitFor();
    await page.getByRole('link', { name: 'Key figures' }).click();
    expect(await populationValue(page)).toBe('120000');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows what is wrong with a broken file while the figures stay', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl}/update`);
    await importFile(page, 'broken.json', '{\n  "dataset": "nagorno-karabakh-2023-09",\n  "figures": [\n');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/broken\.json has 1 problem[\s\S]*line 4, column 1: Not valid JSON/);
    await page.getByRole('link', { name: 'Key figures' }).click();
    expect(await populationValue(page)).toBe('120000');
    await page.close();
  });

  it('shows an edit of the seed file without a restart, and keeps the figures when the edit is broken', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    expect(await populationValue(page)).toBe('120000');
    const file = join(project.dir, SEED_FILE);
    const original = await readFile(file, 'utf8');

    await writeFile(file, original.replace('"value": 120000', '"value": 125000'));
    await page.getByRole('figure', { name: /^Population under blockade: about 125,000/ }).waitFor({ timeout: 15_000 });

    await writeFile(file, original.replace('"value": 120000', '"value": "many"'));
    await page
      .getByText(/seeds\/nagorno-karabakh-2023-09\.json: figures\[0\]\.measures\[0\]\.value: Must be a number/)
      .waitFor({ timeout: 15_000 });
    expect(await populationValue(page)).toBe('125000');
    await page.close();
  });
});
