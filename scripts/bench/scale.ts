import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from './static-host';
import { apiAnswerFiles } from '../../site/api-files';
import { validateDataset } from '../../src/data/checks/validate';
import { csvRows, rowsToUpdate, applySheetUpdate } from '../../src/data/formats/csv';
import { parseImport } from '../../src/data/formats/import';
import type { Citation, Claim, CountFigure, Dataset, Qualifier, Source, Status } from '../../src/data/schema/schema';
import { hotFunctions, longTasksSince, pageNow, throttled, type CpuProfile, type HotFunction } from './cdp';
import { round, summarize } from './stats';

/*
 * The data at scale: validation and a spreadsheet import against JSON.parse
 * of the same text, and the dashboard and figure pages in Chromium with that
 * data live.
 */

const DAY_MS = 86_400_000;

/* The pages run on a CPU slowed as for a mid-range phone, the slow-4g profile's. */
const CPU_SLOWDOWN = 4;

/* Three parties reporting on every generated figure, each with its own way of qualifying. */
const PARTIES: { source: Source; qualifier: Qualifier; status: Status }[] = [
  {
    source: { id: 'bench-ministry', name: 'Bench Ministry', kind: 'government' },
    qualifier: 'exact',
    status: 'reported',
  },
  { source: { id: 'bench-agency', name: 'Bench Agency', kind: 'un-agency' }, qualifier: 'about', status: 'estimated' },
  { source: { id: 'bench-monitor', name: 'Bench Monitor', kind: 'ngo' }, qualifier: 'at-least', status: 'reported' },
];
const citationOf = (party: number) => `${PARTIES[party]!.source.id}-reports`;
const urlOf = (party: number) => `https://example.org/${PARTIES[party]!.source.id}`;

export const LONG_FIGURE_LABEL = 'Figure with 1,000 claims';
const LONG_FIGURE_ID = 'generated-long-ledger';

function countFigure(id: string, label: string): CountFigure {
  return {
    id,
    kind: 'count',
    label,
    unit: 'people',
    measures: [
      { key: 'killed', label: 'killed' },
      { key: 'injured', label: 'injured' },
    ],
    cumulative: true,
  };
}

/* Each party's own count only grows, so the cumulative rule holds; different parties' counts differ. */
function partyClaim(id: string, figure: string, date: string, party: number, base: number, day: number): Claim {
  const { qualifier, status } = PARTIES[party]!;
  const killed = base + day * (party + 2) + party * 40;
  return {
    id,
    figure,
    date,
    values: [
      { measure: 'killed', value: killed, qualifier },
      { measure: 'injured', value: killed * 3, qualifier },
    ],
    status,
    citation: citationOf(party),
  };
}

/*
 * 1,000 figures with 365 daily claims each, on top of the seed, all passing
 * the schema. The parties take turns day by day, so each figure has three
 * series; every 25th claim is a second party's word on the same day, so some
 * days are contested.
 */
export function scaleDataset(seed: Dataset): Dataset {
  const dataset = structuredClone(seed);
  // A revision past the built pages': served as live data, it is checked and shown, as after an update.
  dataset.revision = seed.revision + 1;
  const asOf = Date.parse(`${dataset.asOf}T00:00:00Z`);
  const date = (daysBefore: number) => new Date(asOf - daysBefore * DAY_MS).toISOString().slice(0, 10);
  dataset.sources.push(...PARTIES.map((p) => p.source));
  dataset.citations.push(
    ...PARTIES.map((p, i): Citation => ({
      id: citationOf(i),
      claimedBy: p.source.id,
      publishedBy: p.source.id,
      title: `${p.source.name} daily report`,
      url: urlOf(i),
      publishedOn: date(364),
      note: 'Generated for the benchmark.',
    })),
  );
  for (let i = 0; i < 1000; i++) {
    const figure = countFigure(`generated-figure-${i}`, `Generated figure ${i}`);
    dataset.figures.push(figure);
    let day = 0;
    for (let k = 0; k < 365; k++) {
      const second = k % 25 === 24;
      if (k > 0 && !second) day++;
      const party = (day + (second ? 1 : 0)) % PARTIES.length;
      dataset.claims.push(partyClaim(`g${i}-${k}`, figure.id, date(364 - day), party, 100 * ((i % 50) + 1), day));
    }
  }
  return dataset;
}

/*
 * One figure with 1,000 claims over the same year, the three parties often
 * reporting on the same day, and every hundredth claim a correction of the
 * party's previous one.
 */
function withLongFigure(dataset: Dataset): Dataset {
  const asOf = Date.parse(`${dataset.asOf}T00:00:00Z`);
  const figure = countFigure(LONG_FIGURE_ID, LONG_FIGURE_LABEL);
  const claims = Array.from({ length: 1000 }, (_, k): Claim => {
    const day = Math.floor((k * 365) / 1000);
    const date = new Date(asOf - (364 - day) * DAY_MS).toISOString().slice(0, 10);
    const claim = partyClaim(`long-${k}`, figure.id, date, k % PARTIES.length, 1000, day);
    return k % 100 === 99 ? { ...claim, supersedes: `long-${k - 3}`, note: 'Corrects the earlier count.' } : claim;
  });
  // First among the other figures, so the dashboard's first page of them links to it.
  const [seedFigures, generated] = [dataset.figures.slice(0, -1000), dataset.figures.slice(-1000)];
  return { ...dataset, figures: [...seedFigures, figure, ...generated], claims: [...dataset.claims, ...claims] };
}

/*
 * 100 spreadsheet rows the day after the dataset's date: each a new claim on
 * an existing figure, half by the generated parties (their citations are
 * reused), half by observers the rows introduce.
 */
function appendCsv(dataset: Dataset): string {
  const asOf = Date.parse(`${dataset.asOf}T00:00:00Z`);
  const date = new Date(asOf + DAY_MS).toISOString().slice(0, 10);
  const lines = ['figure,measure,value,qualifier,date,claimed_by,source_kind,url,status'];
  for (let r = 0; r < 100; r++) {
    const figure = `generated-figure-${(r * 10) % 1000}`;
    const measure = r % 2 === 0 ? 'killed' : 'injured';
    if (r % 2 === 0) {
      const party = r % 3;
      const value = 100 * ((((r * 10) % 1000) % 50) + 1) + 365 * (party + 2) + party * 40;
      lines.push(
        `${figure},${measure},${value},${PARTIES[party]!.qualifier},${date},${PARTIES[party]!.source.id},,${urlOf(party)},reported`,
      );
    } else {
      const observer = `Bench Observer ${r % 5}`;
      lines.push(
        `${figure},${measure},${5000 + r},about,${date},${observer},ngo,https://example.org/observer-${r % 5},alleged`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function timeMs<T>(fn: () => T): [number, T] {
  const started = performance.now();
  const result = fn();
  return [performance.now() - started, result];
}

/* Times in ms and ratios to JSON.parse, one of each per round. */
interface ImportRound {
  parseMs: number;
  validateMs: number;
  csvParseMs: number;
  csvConvertMs: number;
  csvMergeMs: number;
  csvTotalMs: number;
}

function nodeRounds(big: Dataset, text: string, rounds: number) {
  const csv = appendCsv(big);
  const now = new Date().toISOString();
  const check = parseImport(csv, big, now, { fileName: 'x.csv' });
  if (!check.result.ok) throw new Error(`The generated rows do not import: ${JSON.stringify(check.result.issues[0])}`);
  if (!validateDataset(JSON.parse(text)).ok) throw new Error('The generated dataset does not validate');

  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const results: ImportRound[] = [];
  // Each round times JSON.parse and every step on the same text, so a slow moment of the machine affects both.
  for (let i = 0; i < Math.max(5, rounds); i++) {
    const [parseMs, value] = timeMs(() => JSON.parse(text) as unknown);
    sample();
    const [validateMs] = timeMs(() => validateDataset(value));
    sample();
    const [csvParseMs, rows] = timeMs(() => csvRows(csv));
    if (!rows.ok) throw new Error('The generated rows do not parse');
    const [csvConvertMs, sheet] = timeMs(() => rowsToUpdate(rows.data, big));
    if (!sheet.ok) throw new Error('The generated rows do not convert');
    const [csvMergeMs] = timeMs(() => applySheetUpdate(big, sheet.data, now));
    sample();
    const [csvTotalMs] = timeMs(() => parseImport(csv, big, now, { fileName: 'x.csv' }));
    sample();
    results.push({ parseMs, validateMs, csvParseMs, csvConvertMs, csvMergeMs, csvTotalMs });
  }
  const ms = (pick: (r: ImportRound) => number) => summarize(results.map(pick), 1);
  const ratio = (pick: (r: ImportRound) => number) =>
    summarize(
      results.map((r) => pick(r) / r.parseMs),
      3,
    );
  return {
    rounds: results.length,
    csvRows: 100,
    nodeHeapPeakMB: round(heapPeak / 1e6),
    jsonParseMs: ms((r) => r.parseMs),
    validateMs: ms((r) => r.validateMs),
    validateVsParse: ratio((r) => r.validateMs),
    csv: {
      parseMs: ms((r) => r.csvParseMs),
      convertMs: ms((r) => r.csvConvertMs),
      validateAndMergeMs: ms((r) => r.csvMergeMs),
      totalMs: ms((r) => r.csvTotalMs),
      parseVsJsonParse: ratio((r) => r.csvParseMs),
      convertVsJsonParse: ratio((r) => r.csvConvertMs),
      validateAndMergeVsJsonParse: ratio((r) => r.csvMergeMs),
      totalVsJsonParse: ratio((r) => r.csvTotalMs),
    },
  };
}

const MEMORY_CHILD = fileURLToPath(new URL('./validate-memory.ts', import.meta.url));

function childMemory(file: string, parseOnly: boolean): { ok: boolean; startRss: number; peakRss: number } {
  const args = ['--import', 'tsx', MEMORY_CHILD, ...(parseOnly ? ['--parse-only'] : []), file];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as ReturnType<typeof childMemory>;
}

/*
 * The memory `npm run validate` needs for the file, against the file's size:
 * its peak resident memory in a child process, and beside it the peak of a
 * child that only reads the file and runs JSON.parse, below which no
 * validator that parses the whole text can go. Both include Node's own start.
 */
async function validateMemory(text: string) {
  const folder = await mkdtemp(join(tmpdir(), 'crisis-bench-memory-'));
  try {
    const file = join(folder, 'dataset.json');
    await writeFile(file, text);
    const bytes = Buffer.byteLength(text);
    const validate = childMemory(file, false);
    if (!validate.ok) throw new Error('The generated dataset does not validate from its file');
    const parseOnly = childMemory(file, true);
    return {
      fileMB: round(bytes / 1e6, 1),
      startMB: round(validate.startRss / 1e6),
      peakMB: round(validate.peakRss / 1e6),
      peakVsFile: round(validate.peakRss / bytes, 2),
      jsonParsePeakMB: round(parseOnly.peakRss / 1e6),
      jsonParsePeakVsFile: round(parseOnly.peakRss / bytes, 2),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/*
 * Opens a figure from the dashboard's list of other figures; the page is done
 * when its claim table and chart are drawn. What is timed is found by CSS
 * selector and text: a query by role works out accessible names across the
 * whole page, on the page's main thread, and would count among the page's
 * own long tasks.
 */
async function openFigure(page: Page, label: string): Promise<{ ms: number; longTasks: number[] }> {
  const show = page.getByRole('button', { name: 'Show the first 50' });
  if (await show.isVisible()) await show.click();
  const link = page.locator('.figure-label a', { hasText: new RegExp(`^${label}$`) });
  await link.waitFor({ timeout: 120_000 });
  // Tasks still running from showing the list must not count as the figure page's.
  await page.waitForTimeout(300);
  const since = await pageNow(page);
  const started = Date.now();
  await link.click();
  await page.locator('table.claim-list').waitFor({ timeout: 120_000 });
  await page.locator('.history-chart svg').first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForTimeout(500);
  return { ms, longTasks: (await longTasksSince(page, since)).map((t) => round(t)) };
}

/* A fresh load of the sources page; done when the live data's generated sources are listed. */
async function openSources(page: Page, url: string): Promise<{ ms: number; longTasks: number[] }> {
  const started = Date.now();
  await page.goto(`${url}/sources`);
  await page.locator('.source-entry h3', { hasText: PARTIES[0]!.source.name }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForTimeout(500);
  return { ms, longTasks: (await longTasksSince(page, 0)).map((t) => round(t)) };
}

async function backToDashboard(page: Page) {
  await page.getByRole('link', { name: '← All key figures' }).click();
  await page.getByRole('heading', { name: /^Other figures/ }).waitFor({ timeout: 120_000 });
}

/**
 * `appDir` is the built dashboard; validation and the import are timed at
 * least 5 times, or `rounds` if more, and the figure with 1,000 claims is
 * opened `rounds` times. With `profileTo`, it is opened once more under the
 * CPU profiler, and the profile written there (DevTools opens it).
 */
export async function scaleBench(
  browser: Browser,
  seed: Dataset,
  appDir: string,
  rounds: number,
  { profileTo }: { profileTo?: string } = {},
) {
  const big = scaleDataset(seed);
  const node = nodeRounds(big, JSON.stringify(big), rounds);
  const validateMemoryResult = await validateMemory(JSON.stringify(big));

  /*
   * The dashboard, figure and sources pages in Chromium, with the big dataset
   * and the long figure as the live data, served as the static build's API
   * files from a copy of the site: a body this large is more than the
   * DevTools protocol carries. Of the figure pages only those opened here.
   */
  const live = withLongFigure(big);
  const text = JSON.stringify(live);
  const site = await mkdtemp(join(tmpdir(), 'crisis-bench-scale-'));
  await cp(appDir, site, { recursive: true });
  for (const [name, body] of apiAnswerFiles(
    live,
    (ref) => ref.name !== 'figure' || ['generated-figure-0', LONG_FIGURE_ID].includes(ref.figureId),
  )) {
    const path = join(site, 'api/v1/datasets', name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, name === `${live.id}.json` ? text : JSON.stringify(body));
  }
  // Compressing 90 MB on every request would time the server, not the page.
  const app = await serveStatic(site, { gzip: false });
  const { context, page, cdp } = await throttled(browser, null);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let browserHeapPeak = 0;
  const heapTimer = setInterval(() => {
    void cdp
      .send('Runtime.getHeapUsage')
      .then((h: { usedSize: number }) => (browserHeapPeak = Math.max(browserHeapPeak, h.usedSize)))
      .catch(() => {});
  }, 50);
  let dashboardMs = 0;
  let dashboardTasks: number[] = [];
  let showMoreMs = 0;
  let figure365: { ms: number; longTasks: number[] } = { ms: 0, longTasks: [] };
  const long: { ms: number; longTasks: number[] }[] = [];
  let sources: { ms: number; longTasks: number[] } = { ms: 0, longTasks: [] };
  let hot: HotFunction[] = [];
  try {
    const started = Date.now();
    await page.goto(`${app.url}/`);
    await page.locator('#more-figures-heading', { hasText: 'Other figures (1,001)' }).waitFor({ timeout: 120_000 });
    dashboardMs = Date.now() - started;
    await page.waitForTimeout(500);
    dashboardTasks = (await longTasksSince(page, 0)).map((t) => round(t));
    const more = Date.now();
    await page.getByRole('button', { name: 'Show the first 50' }).click();
    await page.locator('figure[aria-label^="Generated figure 48:"]').waitFor();
    showMoreMs = Date.now() - more;
    figure365 = await openFigure(page, 'Generated figure 0');
    for (let i = 0; i < rounds; i++) {
      await backToDashboard(page);
      long.push(await openFigure(page, LONG_FIGURE_LABEL));
      process.stdout.write(`  figure with 1,000 claims, run ${i + 1}: ${long.at(-1)!.ms} ms\n`);
    }
    if (profileTo) {
      await backToDashboard(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await openFigure(page, LONG_FIGURE_LABEL);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await writeFile(profileTo, JSON.stringify(profile));
      hot = hotFunctions(profile);
    }
    sources = await openSources(page, app.url);
  } finally {
    clearInterval(heapTimer);
    // When the page has crashed, closing fails too; the error that matters is the one already thrown.
    await context.close().catch(() => {});
    app.server.close();
    await rm(site, { recursive: true, force: true });
  }
  return {
    figures: big.figures.length,
    claims: big.claims.length,
    megabytes: round(text.length / 1e6, 1),
    ...node,
    validateMemory: validateMemoryResult,
    browser: {
      cpuSlowdown: CPU_SLOWDOWN,
      dashboardWithLiveDataMs: dashboardMs,
      dashboardLongestTaskMs: dashboardTasks[0] ?? 0,
      showFirst50Ms: showMoreMs,
      figurePageWith365ClaimsMs: figure365.ms,
      figurePageWith365ClaimsLongestTaskMs: figure365.longTasks[0] ?? 0,
      figurePageWith1000Claims: {
        openMs: summarize(long.map((r) => r.ms)),
        longestTaskMs: summarize(long.map((r) => r.longTasks[0] ?? 0)),
        longTasksMs: long.map((r) => r.longTasks.slice(0, 5)),
      },
      sourcesPageMs: sources.ms,
      sourcesPageLongestTaskMs: sources.longTasks[0] ?? 0,
      heapPeakMB: round(browserHeapPeak / 1e6),
      figurePageProfile: hot,
    },
  };
}
