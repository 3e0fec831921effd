import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './serve-static';
import { escapeHtml } from './html';
import { launchBrowser } from './chromium';
import { buildSite } from './build-site';
import { firstScreenScripts, gzipBytes } from './first-screen';
import { parseDataset, validateDataset } from '../src/data/validate';
import { figureAttributions, figureDate, figureValueText, indexDataset, splitFigures } from '../src/data/figures';
import { attributionLine } from '../src/data/attribution';
import { formatDate } from '../src/data/dates';
import type { CountFigure, Dataset } from '../src/data/schema';

/*
 * `npm run bench`: how soon the headline figures are readable on a slow
 * connection, against two pages generated here from the same seed: a static
 * HTML page (the floor) and a minimal React page with the figures bundled in.
 * Then the data at scale: 1,000 figures with a year of daily history each.
 *
 *   npm run bench -- [--runs 5] [--no-build] [--only pages|scale]
 *
 * Results go to bench-results/bench.json; a table is printed. Timings on a
 * shared machine are noisy, so pages are alternated within each round and
 * medians are compared, never single runs.
 */

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs));
/* Throughputs in bytes per second, as CDP takes them. */
const PROFILES = {
  'slow-4g': { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 },
  '3g': { latency: 400, download: 400_000 / 8, upload: 400_000 / 8, cpu: 4 },
} as const;
type ProfileName = keyof typeof PROFILES;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const spread = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

async function readSeed(): Promise<Dataset> {
  const result = parseDataset(await readFile(join(root, 'seeds/nagorno-karabakh-2023-09.json'), 'utf8'));
  if (!result.ok) throw new Error('The seed does not validate; run npm run validate');
  return result.data;
}

/* The headline figures as plain text lines, formatted as the app formats them. */
function headlineLines(dataset: Dataset) {
  const index = indexDataset(dataset);
  return splitFigures(dataset.figures).headline.map((figure) => ({
    label: figure.label,
    value: figureValueText(figure, dataset.asOf),
    source: attributionLine(figureAttributions(figure, index), 2),
    date: formatDate(figureDate(figure, dataset.asOf), 'long'),
  }));
}

/* The floor: the same figures in static HTML, no script at all. */
function floorPage(dataset: Dataset): string {
  const cards = headlineLines(dataset)
    .map(
      (f) =>
        `<li><h2>${escapeHtml(f.label)}</h2><p class="v">${escapeHtml(f.value)}</p><p>Source: ${escapeHtml(f.source)}, ${escapeHtml(f.date)}</p></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(dataset.title)}</title><style>body{font-family:system-ui,sans-serif;margin:1rem}ul{list-style:none;padding:0;display:grid;gap:1rem}li{border:1px solid #ccc;padding:1rem}.v{font-size:2rem;font-weight:700}</style></head><body><h1>${escapeHtml(dataset.title)}</h1><ul>${cards}</ul></body></html>`;
}

/* The minimal React page: React alone, the same figures bundled in, rendered in the browser. */
async function buildMinimalReact(dataset: Dataset, dir: string): Promise<void> {
  const src = join(dir, 'src');
  await mkdir(src, { recursive: true });
  await writeFile(join(src, 'figures.json'), JSON.stringify({ title: dataset.title, figures: headlineLines(dataset) }));
  await writeFile(
    join(src, 'main.js'),
    `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import data from './figures.json';
function Page() {
  return h('main', null, h('h1', null, data.title), h('ul', null, data.figures.map((f) =>
    h('li', { key: f.label }, h('h2', null, h('a', { href: '#' + f.label, onClick: (e) => { e.preventDefault(); history.pushState(null, '', '#' + encodeURIComponent(f.label)); } }, f.label)),
      h('p', { className: 'v' }, f.value), h('p', null, 'Source: ' + f.source + ', ' + f.date)))));
}
createRoot(document.getElementById('root')).render(h(Page));
`,
  );
  await writeFile(
    join(src, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(dataset.title)}</title><style>body{font-family:system-ui,sans-serif;margin:1rem}ul{list-style:none;padding:0;display:grid;gap:1rem}li{border:1px solid #ccc;padding:1rem}.v{font-size:2rem;font-weight:700}</style></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`,
  );
  await build({
    root: src,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { react: join(root, 'node_modules/react'), 'react-dom': join(root, 'node_modules/react-dom') } },
    build: { outDir: join(dir, 'site'), emptyOutDir: true },
  });
}

async function jsGzipBytes(siteDir: string, html: string): Promise<number> {
  return gzipBytes(siteDir, firstScreenScripts(html));
}

/*
 * Runs in the page before anything else: records when the population and
 * casualty figures are in the DOM, when React has taken over a figure link,
 * the largest contentful paint, and main-thread tasks over 50 ms. Plain
 * JavaScript in a string: a function would be passed through the TypeScript
 * loader, which adds helpers the page does not have.
 */
const PROBE = `(() => {
  window.bench = { figures: null, hydrated: null, lcp: null };
  window.benchTasks = [];
  const check = () => {
    const text = document.body ? document.body.textContent : '';
    if (window.bench.figures === null && text.includes('120,000') && text.includes('281')) window.bench.figures = performance.now();
    if (window.bench.hydrated === null) {
      const link = document.querySelector('main li a, main figure a');
      if (link && Object.keys(link).some((k) => k.startsWith('__reactProps'))) window.bench.hydrated = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  const poll = setInterval(() => {
    check();
    if (window.bench.hydrated !== null) clearInterval(poll);
  }, 5);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push(entry.duration);
  }).observe({ entryTypes: ['longtask'] });
})();`;

interface Run {
  page: string;
  profile: ProfileName;
  figuresMs: number;
  lcpMs: number;
  hydratedMs: number | null;
  bytes: number;
  clickWorks: boolean | null;
}

async function throttled(browser: Browser, profile: ProfileName | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    const p = PROFILES[profile];
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: p.latency,
      downloadThroughput: p.download,
      uploadThroughput: p.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  }
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  await page.addInitScript({ content: PROBE });
  return { context, page, cdp, bytes: () => bytes };
}

async function readProbe(page: Page): Promise<{ figures: number | null; hydrated: number | null; lcp: number | null }> {
  return page.evaluate(
    () =>
      (window as unknown as { bench: { figures: number | null; hydrated: number | null; lcp: number | null } }).bench,
  );
}

async function measurePage(
  browser: Browser,
  name: string,
  url: string,
  profile: ProfileName,
  interactive: boolean,
): Promise<Run> {
  const { context, page, bytes } = await throttled(browser, profile);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (interactive)
    await page.waitForFunction(
      () => (window as unknown as { bench: { hydrated: number | null } }).bench.hydrated !== null,
      null,
      { timeout: 120_000 },
    );
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page.waitForTimeout(300);
  const result = await readProbe(page);
  let clickWorks: boolean | null = null;
  if (interactive) {
    // The click must be handled in the page: the same document stays, the address changes.
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    const before = page.url();
    await page.locator('main li a, main figure a').first().click();
    await page.waitForURL((u) => u.toString() !== before, { timeout: 60_000 });
    clickWorks = await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);
  }
  await context.close();
  if (result.figures === null) throw new Error(`${name}: the figures never appeared`);
  return {
    page: name,
    profile,
    figuresMs: result.figures,
    lcpMs: result.lcp ?? NaN,
    hydratedMs: result.hydrated,
    bytes: bytes(),
    clickWorks,
  };
}

async function pagesBench(browser: Browser, seed: Dataset) {
  const work = await mkdtemp(join(tmpdir(), 'crisis-bench-'));
  try {
    await mkdir(join(work, 'floor'), { recursive: true });
    await writeFile(join(work, 'floor/index.html'), floorPage(seed));
    await buildMinimalReact(seed, join(work, 'react'));
    const reactHtml = await readFile(join(work, 'react/site/index.html'), 'utf8');
    const appHtml = await readFile(join(root, 'dist/index.html'), 'utf8');
    const jsBytes = {
      app: await jsGzipBytes(join(root, 'dist'), appHtml),
      'react-min': await jsGzipBytes(join(work, 'react/site'), reactHtml),
    };

    const servers = {
      floor: await serveStatic(join(work, 'floor')),
      'react-min': await serveStatic(join(work, 'react/site')),
      app: await serveStatic(join(root, 'dist')),
    };
    const runs: Run[] = [];
    try {
      for (const profile of Object.keys(PROFILES) as ProfileName[]) {
        for (let i = 0; i < RUNS; i++) {
          for (const name of ['floor', 'react-min', 'app'] as const) {
            const run = await measurePage(browser, name, `${servers[name].url}/`, profile, name !== 'floor');
            runs.push(run);
            process.stdout.write(`  ${profile} ${name} run ${i + 1}: figures ${round(run.figuresMs)} ms\n`);
          }
        }
      }
    } finally {
      for (const s of Object.values(servers)) s.server.close();
    }

    const summary = (Object.keys(PROFILES) as ProfileName[]).map((profile) => {
      const of = (name: string, pick: (r: Run) => number | null) =>
        runs
          .filter((r) => r.page === name && r.profile === profile)
          .map(pick)
          .filter((x): x is number => x !== null && !Number.isNaN(x));
      const stats = (name: string, pick: (r: Run) => number | null) => {
        const xs = of(name, pick);
        return xs.length ? { median: round(median(xs)), min: round(spread(xs)[0]), max: round(spread(xs)[1]) } : null;
      };
      const pages = Object.fromEntries(
        ['floor', 'react-min', 'app'].map((name) => [
          name,
          {
            figures: stats(name, (r) => r.figuresMs),
            lcp: stats(name, (r) => r.lcpMs),
            hydrated: stats(name, (r) => r.hydratedMs),
            bytes: stats(name, (r) => r.bytes),
          },
        ]),
      );
      const m = (name: string, pick: (r: Run) => number | null) => median(of(name, pick));
      return {
        profile,
        pages,
        ratios: {
          figuresVsFloor: round(m('app', (r) => r.figuresMs) / m('floor', (r) => r.figuresMs), 2),
          lcpVsFloor: round(m('app', (r) => r.lcpMs) / m('floor', (r) => r.lcpMs), 2),
          hydratedVsReactFigures: round(m('app', (r) => r.hydratedMs) / m('react-min', (r) => r.figuresMs), 2),
        },
        clicksHandledInPage: runs
          .filter((r) => r.profile === profile && r.page === 'app')
          .every((r) => r.clickWorks === true),
      };
    });
    return { jsGzipBytes: jsBytes, runs, summary };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

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

async function scaleBench(browser: Browser, seed: Dataset) {
  const big = scaleDataset(seed);
  const text = JSON.stringify(big);
  const parse: number[] = [];
  const validate: number[] = [];
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  // Warm up once, then alternate parsing and validating the same text.
  if (!validateDataset(JSON.parse(text)).ok) throw new Error('The generated dataset does not validate');
  for (let i = 0; i < Math.max(5, RUNS); i++) {
    parse.push(timeMs(() => JSON.parse(text)));
    sample();
    const value = JSON.parse(text) as unknown;
    validate.push(timeMs(() => validateDataset(value)));
    sample();
  }

  // The dashboard and a figure page in Chromium, with the big dataset as the live data.
  const app = await serveStatic(join(root, 'dist'));
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

function printPages(result: Awaited<ReturnType<typeof pagesBench>>) {
  const fmt = (s: { median: number; min: number; max: number } | null, unit = 'ms') =>
    s ? `${s.median} ${unit} (${s.min}–${s.max})` : '—';
  console.log(
    `\nInitial JavaScript, gzip: app ${round(result.jsGzipBytes.app / 1024, 1)} KB, minimal React ${round(result.jsGzipBytes['react-min'] / 1024, 1)} KB`,
  );
  for (const s of result.summary) {
    console.log(`\n### ${s.profile} (median of ${RUNS}, min–max)\n`);
    console.log('| page | figures in DOM | LCP | hydrated, answers a click | bytes |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [name, p] of Object.entries(s.pages)) {
      console.log(`| ${name} | ${fmt(p.figures)} | ${fmt(p.lcp)} | ${fmt(p.hydrated)} | ${fmt(p.bytes, 'B')} |`);
    }
    const goal = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(
      `\nfigures vs floor ${s.ratios.figuresVsFloor}x (goal ≤ 1.3x: ${goal(s.ratios.figuresVsFloor <= 1.3)}); LCP vs floor ${s.ratios.lcpVsFloor}x; hydrated vs minimal React's figures ${s.ratios.hydratedVsReactFigures}x (goal ≤ 1.2x: ${goal(s.ratios.hydratedVsReactFigures <= 1.2)}); clicks handled in the page: ${s.clicksHandledInPage ? 'yes' : 'NO'}`,
    );
  }
}

function printScale(s: Awaited<ReturnType<typeof scaleBench>>) {
  console.log(
    `\n### Data at scale: ${s.figures} figures, ${s.historyPoints.toLocaleString('en-GB')} history points, ${s.megabytes} MB\n`,
  );
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| JSON.parse | ${s.jsonParseMs} ms |`);
  console.log(
    `| schema + integrity | ${s.validateMs} ms = ${s.validateVsParse}x JSON.parse (goal ≤ 3x: ${s.validateVsParse <= 3 ? 'PASS' : 'MISS'}) |`,
  );
  console.log(`| Node heap peak | ${s.nodeHeapPeakMB} MB |`);
  console.log(`| dashboard with the live data, from navigation | ${s.browser.dashboardWithLiveDataMs} ms |`);
  console.log(`| show the first 50 other figures | ${s.browser.showFirst50Ms} ms |`);
  console.log(`| open a figure with 365 points (chart and table) | ${s.browser.figurePageWith365PointsMs} ms |`);
  console.log(
    `| longest main-thread task | ${s.browser.longestMainThreadTaskMs} ms (goal ≤ 200 ms: ${s.browser.longestMainThreadTaskMs <= 200 ? 'PASS' : 'MISS'}); next: ${s.browser.longTasksMs.slice(1).join(', ')} ms |`,
  );
  console.log(`| browser heap peak | ${s.browser.heapPeakMB} MB |`);
}

if (!args['no-build']) {
  console.log('Building…');
  await buildSite({ outDir: join(root, 'dist'), ssrDir: join(root, 'dist-ssr') });
}
const seed = await readSeed();
const browser = await launchBrowser();
const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, profiles: PROFILES };
try {
  if (args.only !== 'scale') {
    const pages = await pagesBench(browser, seed);
    results.pages = pages;
    printPages(pages);
  }
  if (args.only !== 'pages') {
    const scale = await scaleBench(browser, seed);
    results.scale = scale;
    printScale(scale);
  }
} finally {
  await browser.close();
}
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
