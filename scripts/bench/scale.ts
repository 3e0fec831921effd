import type { Browser } from 'playwright-core';
import { serveStatic } from '../serve-static';
import { validateDataset } from '../../src/data/validate';
import type { CountFigure, Dataset } from '../../src/data/schema';
import { throttled } from './cdp';
import { median, round } from './stats';

/*
 * The data at scale: validation time against JSON.parse of the same text, and
 * the dashboard and a figure page in Chromium with that data live.
 */

/* 1,000 figures with 365 daily history points each, on top of the seed, all passing the schema. */
function scaleDataset(seed: Dataset): Dataset {
  const dataset = structuredClone(seed);
  const citation = dataset.citations[0]!.id;
  const asOf = Date.UTC(2023, 8, 19);
  const day = (n: number) => new Date(asOf - n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 1000; i++) {
    const figure: CountFigure = {
      id: `generated-figure-${i}`,
      label: `Generated figure ${i}`,
      kind: 'count',
      unit: 'people',
      status: i % 3 === 0 ? 'alleged' : 'reported',
      date: day(0),
      citations: [citation],
      measures: [{ key: 'people', label: 'people counted', value: 1000 + i, qualifier: 'about' }],
      history: Array.from({ length: 365 }, (_, d) => ({
        date: day(365 - d),
        values: { people: 500 + d + i },
        citations: [citation],
      })),
    };
    dataset.figures.push(figure);
  }
  return dataset;
}

function timeMs(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** `appDir` is the built dashboard; validation is timed at least 5 times, or `rounds` if more. */
export async function scaleBench(browser: Browser, seed: Dataset, appDir: string, rounds: number) {
  const big = scaleDataset(seed);
  const text = JSON.stringify(big);
  const parse: number[] = [];
  const validate: number[] = [];
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  // Warm up once, then alternate parsing and validating the same text.
  if (!validateDataset(JSON.parse(text)).ok) throw new Error('The generated dataset does not validate');
  for (let i = 0; i < Math.max(5, rounds); i++) {
    parse.push(timeMs(() => JSON.parse(text)));
    sample();
    const value = JSON.parse(text) as unknown;
    validate.push(timeMs(() => validateDataset(value)));
    sample();
  }

  // The dashboard and a figure page in Chromium, with the big dataset as the live data.
  const app = await serveStatic(appDir);
  const { context, page, cdp } = await throttled(browser, null);
  await page.route('**/api/v1/datasets/*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: text }),
  );
  await cdp.send('Performance.enable');
  let browserHeapPeak = 0;
  const heapTimer = setInterval(() => {
    void cdp
      .send('Runtime.getHeapUsage')
      .then((h: { usedSize: number }) => (browserHeapPeak = Math.max(browserHeapPeak, h.usedSize)))
      .catch(() => {});
  }, 50);
  let dashboardMs = 0;
  let figurePageMs = 0;
  let showMoreMs = 0;
  let longTasks: number[] = [];
  try {
    const started = Date.now();
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Other figures (1,000)' }).waitFor({ timeout: 120_000 });
    dashboardMs = Date.now() - started;
    const more = Date.now();
    await page.getByRole('button', { name: 'Show the first 50' }).click();
    await page.getByRole('figure', { name: /^Generated figure 49:/ }).waitFor();
    showMoreMs = Date.now() - more;
    const open = Date.now();
    await page.getByRole('link', { name: 'Generated figure 0', exact: true }).click();
    await page.getByRole('table').waitFor({ timeout: 120_000 });
    await page.locator('.history-chart svg').first().waitFor({ timeout: 120_000 });
    figurePageMs = Date.now() - open;
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { benchTasks: number[] }).benchTasks);
    longTasks = tasks.map((t) => round(t)).sort((a, b) => b - a);
  } finally {
    clearInterval(heapTimer);
    await context.close();
    app.server.close();
  }
  const m = median(parse);
  return {
    figures: big.figures.length,
    historyPoints: 1000 * 365,
    megabytes: round(text.length / 1e6, 1),
    jsonParseMs: round(m, 1),
    validateMs: round(median(validate), 1),
    validateVsParse: round(median(validate) / m, 2),
    nodeHeapPeakMB: round(heapPeak / 1e6),
    browser: {
      dashboardWithLiveDataMs: dashboardMs,
      showFirst50Ms: showMoreMs,
      figurePageWith365PointsMs: figurePageMs,
      longestMainThreadTaskMs: longTasks[0] ?? 0,
      longTasksMs: longTasks.slice(0, 10),
      heapPeakMB: round(browserHeapPeak / 1e6),
    },
  };
}
