import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { devServerForFile, serveDataset } from './harness';
import { seedDataset, withCorrectionAndWithdrawal } from '../fixtures';

/*
 * axe-core in Chromium on every page and state, at desktop and phone widths,
 * against WCAG 2.0, 2.1 and 2.2 A and AA.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const dev = devServerForFile();

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(report, `axe violations on ${state}`).toEqual([]);
}

const BROKEN_JSON = '{ "dataset": "nagorno-karabakh-2023-09", "claims": [ { "id": "population-later", } ] }';
/* A later population count by the same outlet: a new claim, so the figure has a history to chart. */
const PARTIAL_UPDATE = JSON.stringify({
  dataset: 'nagorno-karabakh-2023-09',
  claims: [
    {
      id: 'population-later',
      figure: 'population-under-blockade',
      date: '2023-09-19',
      time: '18:00',
      values: [{ measure: 'population', value: 100_000, qualifier: 'about' }],
      status: 'reported',
      citation: 'medya-blockade-population',
    },
  ],
});

/* axe needs a page of its own context. */
async function openPage(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  const context = await dev.browser.newContext(options);
  return context.newPage();
}

async function pasteAndCheck(page: Page, text: string) {
  await page.getByLabel('Paste JSON or CSV').fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
}

interface State {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
}

const STATES: State[] = [
  {
    name: 'the dashboard',
    path: '/',
    ready: (p) => p.getByRole('figure', { name: /^Population under blockade/ }).waitFor(),
  },
  {
    name: 'a count figure with its sources',
    path: '/figures/casualties-19-september',
    ready: (p) => p.getByRole('region', { name: 'Where this number comes from' }).waitFor(),
  },
  {
    name: 'a duration figure with its timeline',
    path: '/figures/blockade-duration',
    ready: (p) => p.getByRole('region', { name: 'Timeline' }).waitFor(),
  },
  {
    name: 'the sources index',
    path: '/sources',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Sources' }).waitFor(),
  },
  { name: 'the update screen', path: '/update', ready: (p) => p.getByLabel('Paste JSON or CSV').waitFor() },
  {
    name: 'the update screen with validation errors',
    path: '/update',
    ready: async (p) => {
      await pasteAndCheck(p, BROKEN_JSON);
      await p.getByRole('alert').filter({ hasText: 'Nothing was changed' }).waitFor();
    },
  },
  {
    name: 'the update screen with a preview',
    path: '/update',
    ready: async (p) => {
      await pasteAndCheck(p, PARTIAL_UPDATE);
      await p.getByRole('heading', { name: /^Preview of/ }).waitFor();
    },
  },
  {
    name: 'a page that does not exist',
    path: '/nowhere',
    ready: (p) => p.getByRole('heading', { name: 'Page not found' }).waitFor(),
  },
];

describe('accessibility in Chromium (axe, WCAG 2.2 AA)', () => {
  for (const width of [1280, 320]) {
    for (const state of STATES) {
      it(`${state.name} at ${width} px`, async () => {
        const page = await openPage({ viewport: { width, height: 900 } });
        await page.goto(dev.baseUrl + state.path);
        await state.ready(page);
        await expectNoViolations(page, `${state.name} at ${width} px`);
        await page.context().close();
      });
    }
  }

  /* The dark colour scheme, as a reader whose system asks for it sees the pages. */
  const DARK = [
    'the dashboard',
    'a count figure with its sources',
    'a duration figure with its timeline',
    'the update screen with a preview',
    'a page that does not exist',
  ];
  for (const width of [1280, 375]) {
    for (const state of STATES.filter((s) => DARK.includes(s.name))) {
      it(`${state.name} at ${width} px in the dark colour scheme`, async () => {
        const page = await openPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(dev.baseUrl + state.path);
        await state.ready(page);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
          'rgb(247, 246, 242)',
        );
        await expectNoViolations(page, `${state.name} at ${width} px, dark`);
        await page.context().close();
      });
    }
  }

  /*
   * The error and loading states need the API to fail or hang. In development
   * the API is MSW in a service worker, which Playwright's routing cannot see,
   * so these pages run with service workers blocked and the API routed here.
   */
  describe('with the API routed by the test', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await dev.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    });
    afterAll(() => context?.close());

    it('the error state, when the API fails', async () => {
      const page = await context.newPage();
      await page.route('**/api/v1/**', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: '{"error":{"message":"The database is down"}}',
        }),
      );
      await page.goto(dev.baseUrl);
      await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor({ timeout: 30_000 });
      await expectNoViolations(page, 'the error state');
      await page.close();
    }, 60_000);

    it('a dashboard where parties disagree, and the figure with every claim, corrected and withdrawn ones too', async () => {
      const page = await context.newPage();
      await serveDataset(context, withCorrectionAndWithdrawal(seedDataset()));
      await page.goto(dev.baseUrl);
      await page.getByRole('link', { name: '2 parties disagree: 2 to 5 civilians killed' }).waitFor();
      await expectNoViolations(page, 'the dashboard with a disagreement');
      await page.goto(`${dev.baseUrl}/figures/casualties-19-september`);
      await page.getByRole('region', { name: 'Every claim' }).getByText('Superseded').waitFor();
      await expectNoViolations(page, 'a figure with superseded and retracted claims');
      await context.unrouteAll();
      await page.close();
    });

    it('the loading state, while the API has not answered', async () => {
      const page = await context.newPage();
      await page.route('**/api/v1/**', () => {});
      await page.goto(dev.baseUrl);
      await page
        .getByRole('status')
        .filter({ hasText: /Loading/ })
        .first()
        .waitFor();
      await expectNoViolations(page, 'the loading state');
      await page.close();
    });
  });

  it('a figure with a history chart and its claims, after an update', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${dev.baseUrl}/update`);
    await pasteAndCheck(page, PARTIAL_UPDATE);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page
      .getByText(/Applied/)
      .first()
      .waitFor();
    await page.goto(`${dev.baseUrl}/figures/population-under-blockade`);
    await page.locator('.history-chart svg').first().waitFor();
    await page.getByRole('region', { name: 'Every claim' }).getByRole('table').waitFor();
    await expectNoViolations(page, 'a figure with a history chart');
    // The chart is a picture of the claims listed: out of the tab order and hidden from screen readers.
    const hiddenAndUnfocusable = await page
      .locator('.history-chart')
      .evaluate(
        (chart) =>
          chart.closest('[aria-hidden="true"]') !== null &&
          chart.querySelectorAll('[tabindex]:not([tabindex="-1"]), a, button').length === 0,
      );
    expect(hiddenAndUnfocusable).toBe(true);
    await page.context().close();
  });

  describe('in a dark colour scheme, with reduced motion', () => {
    it('the dashboard and a figure', async () => {
      const page = await openPage({
        colorScheme: 'dark',
        reducedMotion: 'reduce',
        viewport: { width: 1280, height: 900 },
      });
      for (const state of STATES.slice(0, 2)) {
        await page.goto(dev.baseUrl + state.path);
        await state.ready(page);
        await expectNoViolations(page, `${state.name} in dark mode`);
      }
      await page.context().close();
    });
  });
});
