import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { copyProject, launchBrowser, startDevServer, watchErrors } from './harness';
import { SEED_FILE } from '../fixtures';
import { realisticDailyFile, realisticDataset } from '../fixtures/realistic';

/*
 * A maintainer applies the day's spreadsheet to the realistic record on the
 * Update screen, then, by mistake, the same file again: the second time is
 * "nothing new", offers no Apply, and leaves the record as it was.
 */

let browser: Browser;
let server: ViteDevServer;
let baseUrl: string;
let project: Awaited<ReturnType<typeof copyProject>>;

beforeAll(async () => {
  project = await copyProject();
  await writeFile(join(project.dir, SEED_FILE), JSON.stringify(realisticDataset()));
  ({ server, url: baseUrl } = await startDevServer(project.dir));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await project?.remove();
});

async function check(page: Page, text: string) {
  await page.getByLabel('Paste JSON or CSV').fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
}

async function stored(page: Page): Promise<{ revision: number; claims: number; events: number }> {
  return page.evaluate(async () => {
    const dataset = await (await fetch('/api/v1/datasets/nagorno-karabakh-2023-09')).json();
    return { revision: dataset.revision, claims: dataset.claims.length, events: dataset.events.length };
  });
}

describe('applying the same daily file twice', () => {
  it('adds its reports once, and the second time says they are already in the record', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/update`);
    // The mocked API answers once the page has rendered: it starts first.
    await page.getByLabel('Paste JSON or CSV').waitFor();
    const before = await stored(page);

    await check(page, realisticDailyFile());
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(`Applied. The dashboard now shows revision ${before.revision + 1}.`).waitFor();
    const once = await stored(page);
    expect(once).toEqual({ revision: before.revision + 1, claims: before.claims + 3, events: before.events + 1 });

    await check(page, realisticDailyFile());
    await page.getByText(/^Nothing new: 3 claims and 1 event already in the record\./).waitFor();
    expect(await page.getByRole('button', { name: 'Apply' }).count()).toBe(0);
    expect(await stored(page)).toEqual(once);
    expect(errors).toEqual([]);
    await page.close();
  });
});
