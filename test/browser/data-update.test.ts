import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { copyProject, launchBrowser, startDevServer, watchErrors } from './harness';
import { SEED_FILE } from '../fixtures';
import { LEGACY_UPDATE_NOTICE } from '../../src/data/checks/legacy';

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
    .getByLabel('Or choose a JSON or CSV file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function exportedDataset(page: Page): Promise<Record<string, unknown>> {
  const response = await page.evaluate(async () => (await fetch('/api/v1/datasets/nagorno-karabakh-2023-09')).json());
  return response as Record<string, unknown>;
}

/* The invented stream of updates (see its README): applied in the order of the file names. */
const STREAM_DIR = fileURLToPath(new URL('../fixtures/screen-stream/', import.meta.url));

interface StreamValue {
  measure: string;
  value?: number;
  qualifier?: 'exact' | 'about' | 'at-least' | 'at-most';
  low?: number;
  high?: number;
}

interface StreamClaim {
  id: string;
  figure: string;
  date: string;
  time?: string;
  values?: StreamValue[];
  status: string;
  citation: string;
  supersedes?: string;
  retracts?: string;
}

interface StreamUpdate {
  sources?: { id: string; name: string }[];
  citations: { id: string; claimedBy: string; publishedBy: string }[];
  claims: StreamClaim[];
}

async function readStream(): Promise<{ name: string; text: string; update: StreamUpdate }[]> {
  const names = (await readdir(STREAM_DIR)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(STREAM_DIR, name), 'utf8');
      return { name, text, update: JSON.parse(text) as StreamUpdate };
    }),
  );
}

/* Written here, apart from the app's own formatting, so a wrong qualifier or date on screen cannot pass unnoticed. */
const QUALIFIER_WORDS = { exact: '', about: 'about ', 'at-least': 'at least ', 'at-most': 'at most ' };
const numberWords = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });
const valueWords = (v: StreamValue) =>
  v.value === undefined
    ? `between ${numberWords(v.low!)} and ${numberWords(v.high!)}`
    : `${QUALIFIER_WORDS[v.qualifier!]}${numberWords(v.value)}`;
const shortDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
const statusWord = (status: string) => status[0]!.toUpperCase() + status.slice(1);

describe('updating the data in Chromium', () => {
  it('checks a large file in a worker, so the page keeps responding, and previews it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl}/update`);
    await page.getByLabel('Paste JSON or CSV').waitFor();
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
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();

    // A whole dataset with one more claim: a later population count by the same party.
    const dataset = await exportedDataset(page);
    const claims = dataset.claims as { id: string; figure: string; values?: { value?: number }[] }[];
    const seedClaim = claims.find((c) => c.figure === 'population-under-blockade')!;
    claims.push({ ...seedClaim, id: 'population-later-count', values: [{ ...seedClaim.values![0]!, value: 115000 }] });
    await importFile(page, 'population.json', JSON.stringify(dataset));

    const preview = page.getByRole('table', { name: 'Figures that would change' });
    await preview.waitFor();
    expect(await preview.innerText()).toContain('about 115,000 ethnic Armenians');
    expect(await page.getByText('Claims: 1 added').count()).toBe(1);
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

  it('carries the notice of a converted earlier-format file back from the worker', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl}/update`);
    await page.getByLabel('Paste JSON or CSV').waitFor();
    // An update in the earlier format (the new value written into the figure), made large by 20,000 events.
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      id: `bulk-event-${i}`,
      date: '2023-09-01',
      kind: 'other',
      title: `Bulk event ${i} with a title long enough to weigh something in the file`,
      citations: ['earlier-format-count'],
    }));
    const big = JSON.stringify({
      dataset: 'nagorno-karabakh-2023-09',
      citations: [
        {
          id: 'earlier-format-count',
          claimedBy: 'medya-news',
          publishedBy: 'medya-news',
          title: 'An invented later report',
          url: 'https://example.org/earlier-format',
          publishedOn: '2023-09-19',
          note: 'An invented report for this test.',
        },
      ],
      figures: [
        {
          id: 'population-under-blockade',
          date: '2023-09-19',
          measures: [{ key: 'population', value: 95000, qualifier: 'about' }],
          citations: ['earlier-format-count'],
        },
      ],
      events,
    });
    await importFile(page, 'earlier.json', big);
    await page.getByRole('heading', { name: 'Preview of the partial update' }).waitFor({ timeout: 60_000 });
    expect(workers.some((url) => url.includes('import-worker'))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: LEGACY_UPDATE_NOTICE }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Figures that would change' }).innerText()).toContain(
      'about 95,000 ethnic Armenians',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies a stream of updates one after another, and shows every claim with its own source, qualifier and date', async () => {
    const stream = await readStream();
    expect(stream.length).toBeGreaterThanOrEqual(10);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/update`);

    for (const [i, { name, text, update }] of stream.entries()) {
      await page.getByLabel('Paste JSON or CSV').fill(text);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByRole('heading', { name: 'Preview of the partial update' }).waitFor();
      const preview = await page.locator('.preview').innerText();
      expect(preview, name).toContain(`Claims: ${update.claims.length} added`);
      if (name.startsWith('06-')) expect(preview).toContain('looks like existing source Example Daily');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.getByText(`Applied. The dashboard now shows revision ${i + 2}.`).waitFor();
    }

    const names = new Map(stream.flatMap(({ update }) => update.sources ?? []).map((s) => [s.id, s.name]));
    const citations = new Map(stream.flatMap(({ update }) => update.citations).map((c) => [c.id, c]));
    const claims = stream.flatMap(({ update }) => update.claims);
    expect(claims.length).toBeGreaterThanOrEqual(40);
    const attribution = (claim: StreamClaim) => {
      const { claimedBy, publishedBy } = citations.get(claim.citation)!;
      const claimant = names.get(claimedBy)!;
      return claimedBy === publishedBy ? claimant : `${claimant} via ${names.get(publishedBy)!}`;
    };

    // The dashboard: each figure's current claim with its source, qualifier and date; the real disagreement named.
    await page.getByRole('link', { name: 'Key figures' }).click();
    const arrivals = page.getByRole('figure', {
      name: 'Example: people registered at reception points: at least 12,000 people registered, as of 30 September 2023, source Example Ombudsman via Example Daily',
    });
    expect(await arrivals.innerText()).toContain('2 parties disagree: 9,800 to 12,000 people registered');
    const convoys = page.getByRole('figure', {
      name: 'Example: relief convoys let through: 15 relief convoys, as of 29 September 2023, source Example Relief Agency',
    });
    expect(await convoys.innerText()).not.toContain('disagree');
    const petrol = page.getByRole('figure', {
      name: 'Example: price of petrol: price of petrol: about 2,250 EXD (estimated), as of 30 September 2023, source Example Radio',
    });
    expect(await petrol.innerText()).not.toContain('disagree');

    // Each figure's page: every claim in its own row, and disagreement flags only where parties differ.
    const flagged: Record<string, string[]> = {};
    for (const figure of ['example-registered-arrivals', 'example-relief-convoys', 'example-fuel-price']) {
      await page.goto(`${baseUrl}/figures/${figure}`);
      await page.getByRole('heading', { name: 'Every claim' }).waitFor();
      const own = claims.filter((c) => c.figure === figure);
      expect(await page.locator('table.claim-list tbody tr').count()).toBe(own.length);
      for (const claim of own) {
        const row = await page.locator(`[id="claim-${claim.id}"]`).innerText();
        const expected = [shortDate(claim.date), claim.time, attribution(claim), statusWord(claim.status)];
        expected.push(...(claim.values ?? []).map(valueWords));
        if (claim.retracts) expected.push('Withdraws the claim of');
        if (claims.some((c) => c.retracts === claim.id)) expected.push('Retracted');
        if (claims.some((c) => c.supersedes === claim.id)) expected.push('Superseded');
        for (const part of expected.filter((p) => p !== undefined)) expect(row, claim.id).toContain(part);
      }
      flagged[figure] = await page
        .locator('table.claim-list tr:has(.contested-flag)')
        .evaluateAll((rows) => rows.map((row) => row.id.replace(/^claim-/, '')));
    }
    // The Ombudsman's morning count of 30 September is its own earlier word, not a third party.
    expect(flagged['example-registered-arrivals']!.sort()).toEqual([
      's11-ministry-arrivals',
      's11-ombudsman-arrivals-afternoon',
    ]);
    // The agency revised itself on 22 and 29 September; nobody disagreed.
    expect(flagged['example-relief-convoys']).toEqual([]);
    expect(flagged['example-fuel-price']).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

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
      .getByText(/seeds\/nagorno-karabakh-2023-09\.json: claims\[0\]\.values\[0\]\.value: Must be a number/)
      .waitFor({ timeout: 15_000 });
    expect(await populationValue(page)).toBe('125000');
    await page.close();
  });
});
