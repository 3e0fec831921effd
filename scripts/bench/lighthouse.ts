import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite } from '../../build/build-site';
import type { Dataset } from '../../src/data/schema/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveStatic } from './static-host';
import { median } from './stats';

/*
 * Lighthouse's mobile audit (its default: a mid-range phone, slow 4G and a
 * CPU slowed 4x, simulated) on every kind of page of a site built from
 * `dataset` in place of the seed, in a copy of the project so the real
 * seeds and dist/ are never touched.
 */

const root = resolve(import.meta.dirname, '../..');

export interface LighthousePage {
  name: string;
  path: string;
}

export interface LighthouseResult {
  name: string;
  path: string;
  /** Per run: the performance score (0–100), total blocking time and largest contentful paint (ms). */
  scores: number[];
  blocking: number[];
  lcp: number[];
}

async function buildFrom(dataset: Dataset): Promise<{ dist: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(root, 'node_modules', '.cache', 'lighthouse-'));
  for (const entry of [
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
    'src',
    'mocks',
    'public',
    'build',
    'site',
  ])
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  await cp(join(root, 'seeds'), join(dir, 'seeds'), {
    recursive: true,
    filter: (file) => !file.endsWith('.json') || file.endsWith('.schema.json') || file.endsWith('/seeds'),
  });
  await writeFile(join(dir, 'seeds', `${dataset.id}.json`), JSON.stringify(dataset));
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const dist = join(dir, 'dist');
  await buildSite({
    outDir: dist,
    ssrDir: join(dir, 'dist-ssr'),
    quiet: true,
    projectRoot: dir,
    env: { VITE_DATASET_ID: dataset.id },
  });
  return { dist, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function lighthouseBench(
  dataset: Dataset,
  pages: LighthousePage[],
  runs: number,
): Promise<LighthouseResult[]> {
  const site = await buildFrom(dataset);
  const { server, url } = await serveStatic(site.dist);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results = pages.map((page): LighthouseResult => ({ ...page, scores: [], blocking: [], lcp: [] }));
  try {
    for (let run = 0; run < runs; run++) {
      for (const result of results) {
        const answer = await lighthouse(url + result.path, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
        });
        const lhr = answer?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no report for ${result.path}`);
        result.scores.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        result.blocking.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN));
        result.lcp.push(Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN));
      }
    }
  } finally {
    await chrome.kill();
    server.close();
    await site.remove();
  }
  return results;
}

export function printLighthouse(results: LighthouseResult[]): void {
  console.log('\nLighthouse, mobile (performance score, total blocking time, LCP; median and range over the runs)');
  const range = (values: number[]) => `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`;
  for (const r of results) {
    console.log(`  ${r.name.padEnd(34)} score ${range(r.scores)}  TBT ${range(r.blocking)} ms  LCP ${range(r.lcp)} ms`);
  }
}

/** The pages worth auditing in `dataset`: each kind once, the figure with the most claims among them. */
export function pagesOf(dataset: Dataset): LighthousePage[] {
  const claims = new Map<string, number>();
  for (const claim of dataset.claims) claims.set(claim.figure, (claims.get(claim.figure) ?? 0) + 1);
  const counts = dataset.figures.filter((f) => f.kind === 'count');
  const busiest = [...counts].sort((a, b) => (claims.get(b.id) ?? 0) - (claims.get(a.id) ?? 0))[0];
  const single = counts.find((f) => claims.get(f.id) === 1);
  const duration = dataset.figures.find((f) => f.kind === 'duration');
  return [
    { name: 'dashboard', path: '/' },
    ...(busiest ? [{ name: `figure, ${claims.get(busiest.id)} claims`, path: `/figures/${busiest.id}` }] : []),
    ...(single ? [{ name: 'figure, one claim', path: `/figures/${single.id}` }] : []),
    ...(duration ? [{ name: 'duration', path: `/figures/${duration.id}` }] : []),
    { name: `sources (${dataset.sources.length})`, path: '/sources' },
    { name: 'about', path: '/about' },
    { name: 'update', path: '/update' },
    // Lighthouse audits only pages answered with 200: the page for unknown addresses is read at its own name.
    { name: 'not found', path: '/404' },
    ...(busiest ? [{ name: 'embed', path: `/embed/figures/${busiest.id}` }] : []),
  ];
}
