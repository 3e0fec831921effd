import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Dataset, DatasetList } from '../../src/data/schema/schema';
import { apiFiles, listFile, loadRenderKit, renderPages } from '../../site/render-pages';
import { longTasksSince, pageNow, throttled } from './cdp';
import { withManySources } from '../../test/fixtures/many-sources';
import { serveStatic } from './static-host';
import { round, summarize } from './stats';

/*
 * The sources page with 150 sources, on a CPU slowed 4x as in the slow-4g
 * profile: the page rendered ahead of time with them, taken over by React,
 * then the live data (the next revision, one source more) fetched, checked
 * and shown; then typing a filter and sorting by claims made. For each: its
 * longest main-thread task (goal: none over 100 ms), and the page's size in
 * DOM elements (goal: at most 1,500).
 */

const CPU_SLOWDOWN = 4;
export const SOURCES = 150;
const LATECOMER = { id: 'example-latecomer', name: 'Example Latecomer Agency', kind: 'un-agency' } as const;

/* The live data: the next revision, with a source the page's own HTML does not have, so its arrival shows. */
function liveData(built: Dataset): Dataset {
  const live = structuredClone(built);
  live.revision = built.revision + 1;
  live.sources.push(LATECOMER);
  live.citations.push({
    id: 'example-latecomer-report',
    claimedBy: LATECOMER.id,
    publishedBy: LATECOMER.id,
    title: 'Example late report',
    url: 'https://example.org/late-report',
    publishedOn: live.asOf,
    note: 'Invented for the benchmark.',
  });
  live.claims.push({
    id: 'example-latecomer-claim',
    figure: 'example-figure-1',
    date: live.asOf,
    values: [{ measure: 'count', value: 1000, qualifier: 'about' }],
    status: 'reported',
    citation: 'example-latecomer-report',
  });
  return live;
}

/* Tasks that start while `act` runs and in the half second after it, longest first. */
async function tasksOf(page: Page, act: () => Promise<unknown>): Promise<number[]> {
  await page.waitForTimeout(300);
  const since = await pageNow(page);
  await act();
  await page.waitForTimeout(500);
  return (await longTasksSince(page, since)).map((t) => round(t));
}

interface SourcesRun {
  loadMs: number;
  loadTasks: number[];
  reloadTasks: number[];
  domElements: number;
  filterTasks: number[];
  sortTasks: number[] | null;
}

async function run(browser: Browser, url: string): Promise<SourcesRun> {
  const { context, page, cdp } = await throttled(browser, null);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    const started = Date.now();
    await page.goto(`${url}/sources`);
    // Found by id, not by role: working out accessible names would run on the page's main thread and count as its tasks.
    await page.locator(`#source-${LATECOMER.id}`).waitFor({ timeout: 120_000 });
    const loadMs = Date.now() - started;
    await page.waitForTimeout(500);
    const loadTasks = (await longTasksSince(page, 0)).map((t) => round(t));
    // Again in the same tab: the fonts for each script found and the scripts compiled, as on a reader's second visit.
    await page.reload();
    await page.locator(`#source-${LATECOMER.id}`).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const reloadTasks = (await longTasksSince(page, 0)).map((t) => round(t));
    const domElements = await page.evaluate(() => document.querySelectorAll('*').length);
    const filterTasks = await tasksOf(page, async () => {
      await page.locator('#source-filter').pressSequentially('example 1', { delay: 50 });
      await page.locator('#source-example-source-001').waitFor();
    });
    await page.locator('#source-filter').fill('');
    const sort = page.locator('thead button', { hasText: 'Claims made' });
    const sortTasks = (await sort.count())
      ? await tasksOf(page, async () => {
          await sort.click();
          await page.locator('th[aria-sort="descending"]', { hasText: 'Claims made' }).waitFor();
        })
      : null;
    return { loadMs, loadTasks, reloadTasks, domElements, filterTasks, sortTasks };
  } finally {
    await context.close().catch(() => {});
  }
}

/** `appDir` is the built site and `ssrDir` what the build kept to render pages again. */
export async function sourcesBench(browser: Browser, seed: Dataset, appDir: string, ssrDir: string, rounds: number) {
  const kit = await loadRenderKit(ssrDir);
  if (!kit) throw new Error(`No render kit in ${ssrDir}: build the site first`);
  const built = withManySources(seed, SOURCES);
  const live = liveData(built);
  const list = (d: Dataset): DatasetList => ({
    datasets: [{ id: d.id, title: d.title, asOf: d.asOf, revision: d.revision }],
  });

  const site = await mkdtemp(join(tmpdir(), 'crisis-bench-sources-'));
  await cp(appDir, site, { recursive: true });
  const write = async (file: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), content);
  };
  for await (const { file, content } of renderPages(kit.entry, kit.template, built, list(built), ['/sources'])) {
    await write(file, content);
  }
  for (const { file, content } of [listFile(list(live)), ...apiFiles(live)]) await write(file, content);

  const app = await serveStatic(site);
  const runs: SourcesRun[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      runs.push(await run(browser, app.url));
      const last = runs.at(-1)!;
      process.stdout.write(
        `  sources page, run ${i + 1}: ${last.loadMs} ms, longest task ${last.loadTasks[0] ?? 0} ms (${last.reloadTasks[0] ?? 0} ms loaded again), ${last.domElements} elements\n`,
      );
    }
  } finally {
    app.server.close();
    await rm(site, { recursive: true, force: true });
  }
  const longest = (pick: (r: SourcesRun) => number[] | null) => summarize(runs.map((r) => pick(r)?.[0] ?? 0));
  return {
    sources: live.sources.length,
    cpuSlowdown: CPU_SLOWDOWN,
    loadMs: summarize(runs.map((r) => r.loadMs)),
    loadLongestTaskMs: longest((r) => r.loadTasks),
    loadTasksMs: runs.map((r) => r.loadTasks.slice(0, 5)),
    reloadLongestTaskMs: longest((r) => r.reloadTasks),
    reloadTasksMs: runs.map((r) => r.reloadTasks.slice(0, 5)),
    domElements: summarize(runs.map((r) => r.domElements)),
    filterLongestTaskMs: longest((r) => r.filterTasks),
    sortLongestTaskMs: runs.some((r) => r.sortTasks) ? longest((r) => r.sortTasks) : null,
  };
}
