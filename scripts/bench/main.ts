import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './chromium';
import { buildSite } from '../../build/build-site';
import { parseDataset } from '../../src/data/checks/validate';
import type { Dataset } from '../../src/data/schema/schema';
import { PROFILES } from './cdp';
import { pagesBench } from './pages';
import { scaleBench } from './scale';
import { firstVisitBench } from './first-visit';
import { sourcesBench } from './sources';
import { printServer, serverBench } from './server';
import { printFirstVisit, printPages, printScale, printSources } from './print';
import { lighthouseBench, pagesOf, printLighthouse } from './lighthouse';
import { realisticDataset } from '../../test/fixtures/realistic';

/*
 * `npm run bench`: how soon the headline figures are readable on a slow
 * connection, against two pages generated here from the same seed: a static
 * HTML page (the floor) and a minimal React page with the figures bundled in.
 * Then the data at scale: 1,000 figures with a year of daily claims each, a
 * spreadsheet import into them, and a figure with 1,000 claims in the browser.
 *
 * Then each page's layout shift at a phone's and a desktop's size, and the
 * JavaScript a first visit loads, all of it. Then the sources page with 150
 * sources: its longest tasks and its size in DOM elements. Then the server (`--only server`):
 * writes to the 1,000-figure dataset, and reads against a static host.
 *
 * Last (`--only lighthouse`), Lighthouse's mobile audit of every kind of
 * page of a site built from the realistic invented record the tests use.
 *
 *   npm run bench -- [--runs 5] [--no-build] [--only pages|first-visit|scale|sources|server|lighthouse] [--profile]
 *
 * --profile writes a CPU profile of opening the figure with 1,000 claims to
 * bench-results/figure-page.cpuprofile and lists where the time went; names
 * are readable when the site was built without minifying.
 *
 * Results go to bench-results/bench.json; a table is printed. Timings on a
 * shared machine are noisy, so pages are alternated within each round and
 * medians are compared, never single runs.
 */

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const dist = join(root, 'dist');

async function readSeed(): Promise<Dataset> {
  const result = parseDataset(await readFile(join(root, 'seeds/nagorno-karabakh-2023-09.json'), 'utf8'));
  if (!result.ok) throw new Error('The seed does not validate; run npm run validate');
  return result.data;
}

if (!args['no-build']) {
  console.log('Building…');
  await buildSite({ outDir: dist, ssrDir: join(root, 'dist-ssr') });
}
const seed = await readSeed();
const browser = await launchBrowser();
const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, profiles: PROFILES };
try {
  if (args.only === undefined || args.only === 'pages') {
    const pages = await pagesBench(browser, seed, dist, RUNS);
    results.pages = pages;
    printPages(pages, RUNS);
  }
  if (args.only === undefined || args.only === 'first-visit') {
    const firstVisit = await firstVisitBench(browser, seed, dist, Math.min(RUNS, 3));
    results.firstVisit = firstVisit;
    printFirstVisit(firstVisit);
  }
  if (args.only === undefined || args.only === 'scale') {
    await mkdir(join(root, 'bench-results'), { recursive: true });
    const profileTo = args.profile ? join(root, 'bench-results/figure-page.cpuprofile') : undefined;
    const scale = await scaleBench(browser, seed, dist, RUNS, { profileTo });
    results.scale = scale;
    printScale(scale);
  }
  if (args.only === undefined || args.only === 'sources') {
    const sources = await sourcesBench(browser, seed, dist, join(root, 'dist-ssr'), RUNS);
    results.sources = sources;
    printSources(sources);
  }
  if (args.only === undefined || args.only === 'server') {
    const server = await serverBench(seed, dist, join(root, 'dist-ssr'), RUNS);
    results.server = server;
    printServer(server);
  }
  if (args.only === undefined || args.only === 'lighthouse') {
    const realistic = realisticDataset();
    const audits = await lighthouseBench(realistic, pagesOf(realistic), Math.min(RUNS, 3));
    results.lighthouse = audits;
    printLighthouse(audits);
  }
} finally {
  await browser.close();
}
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
