import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { devServerForFile, watchErrors } from './harness';
import { SEED_ID } from '../fixtures';

/*
 * Two tabs of one browser share the saved data. A change applied in one must
 * never be overwritten by the other, whatever order they act in, and the
 * other must learn of it.
 */

// The seed files are only read here, so the project's own dev server serves.
const env = devServerForFile();

const CITATION = {
  id: 'two-tabs-report',
  claimedBy: 'medya-news',
  publishedBy: 'medya-news',
  title: 'An invented report for the two-tab test',
  url: 'https://example.org/two-tabs',
  publishedOn: '2023-09-19',
  note: 'Invented for a test; not a real report.',
};

function update(claimId: string, figure: string, measure: string, value: number): string {
  return JSON.stringify({
    dataset: SEED_ID,
    citations: [CITATION],
    claims: [
      {
        id: claimId,
        figure,
        date: '2023-09-19',
        time: '23:00',
        values: [{ measure, value, qualifier: 'exact' }],
        status: 'reported',
        citation: CITATION.id,
      },
    ],
  });
}

async function checkUpdate(page: Page, text: string) {
  await page.getByLabel('Paste JSON or CSV').fill(text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('heading', { name: 'Preview of the partial update' }).waitFor();
}

/* The claim ids in the copy both tabs share. */
async function savedClaims(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { current: { claims: { id: string }[] } }).current.claims.map((c) => c.id) : [];
  }, `crisis-dashboard:v1:${SEED_ID}`);
}

describe('two tabs of one browser', () => {
  let context: BrowserContext;

  it('never lets the second tab overwrite the first tab’s change', async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    const errors = [...watchErrors(tabA), ...watchErrors(tabB)];
    await tabA.goto(`${env.baseUrl}/update`);
    await tabB.goto(`${env.baseUrl}/update`);

    // Tab B prepares its change on revision 1; tab A applies first.
    await checkUpdate(tabB, update('tab-b-injured', 'casualties-19-september', 'injured', 30));
    await checkUpdate(tabA, update('tab-a-population', 'population-under-blockade', 'population', 100000));
    await tabA.getByRole('button', { name: 'Apply' }).click();
    await tabA.getByText('Applied. The dashboard now shows revision 2.').waitFor();

    // Tab B hears of tab A's write and will not apply a preview made on the older data.
    await tabB.getByText('The data changed since this preview was made.').waitFor();
    expect(await tabB.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(await savedClaims(tabB)).toContain('tab-a-population');
    expect(await savedClaims(tabB)).not.toContain('tab-b-injured');

    // Checked again against the latest data, tab B's change goes in beside tab A's.
    await checkUpdate(tabB, update('tab-b-injured', 'casualties-19-september', 'injured', 30));
    await tabB.getByRole('button', { name: 'Apply' }).click();
    await tabB.getByText('Applied. The dashboard now shows revision 3.').waitFor();
    expect(await savedClaims(tabA)).toEqual(expect.arrayContaining(['tab-a-population', 'tab-b-injured']));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a tab left open the change made in another, without a reload', async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await context.newPage();
    const writer = await context.newPage();
    await reader.goto(env.baseUrl);
    const population = reader.getByRole('figure', { name: /^Population under blockade/ });
    await population.waitFor();
    await writer.goto(`${env.baseUrl}/update`);
    await checkUpdate(writer, update('writer-population', 'population-under-blockade', 'population', 90000));
    await writer.getByRole('button', { name: 'Apply' }).click();
    await writer.getByText(/^Applied\./).waitFor();
    await reader.waitForFunction(
      () =>
        document.querySelector('figure[aria-label^="Population under blockade"] data')?.getAttribute('value') ===
        '90000',
    );
    await context.close();
  });
});
