import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './static-host';
import { escapeHtml } from '../../site/html';
import { firstScreenScripts, gzipBytes } from './first-screen';
import {
  figureAttributions,
  figureDate,
  figureValueText,
  indexDataset,
  splitFigures,
} from '../../src/data/words/figures';
import { attributionLine } from '../../src/data/words/attribution';
import { formatDate } from '../../src/data/schema/dates';
import type { Dataset } from '../../src/data/schema/schema';
import { PROFILES, readProbe, throttled, type ProfileName } from './cdp';
import { median, round, summarize } from './stats';

/*
 * The dashboard against two pages generated here from the same seed: a
 * static HTML page (the floor) and a minimal React page with the figures
 * bundled in, each loaded in turn under every profile.
 */

const root = resolve(import.meta.dirname, '../..');

/* The headline figures as plain text lines, formatted as the app formats them. */
function headlineLines(dataset: Dataset) {
  const index = indexDataset(dataset);
  return splitFigures(dataset).headline.map((figure) => ({
    label: figure.label,
    value: figureValueText(figure, dataset.asOf, index),
    source: attributionLine(figureAttributions(figure, index), 2),
    date: formatDate(figureDate(figure, dataset.asOf, index), 'long'),
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

interface Run {
  page: string;
  profile: ProfileName;
  figuresMs: number;
  lcpMs: number;
  hydratedMs: number | null;
  bytes: number;
  clickWorks: boolean | null;
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

/** `appDir` is the built dashboard; each page is loaded `rounds` times per profile, the pages taking turns. */
export async function pagesBench(browser: Browser, seed: Dataset, appDir: string, rounds: number) {
  const work = await mkdtemp(join(tmpdir(), 'crisis-bench-'));
  try {
    await mkdir(join(work, 'floor'), { recursive: true });
    await writeFile(join(work, 'floor/index.html'), floorPage(seed));
    await buildMinimalReact(seed, join(work, 'react'));
    const reactHtml = await readFile(join(work, 'react/site/index.html'), 'utf8');
    const appHtml = await readFile(join(appDir, 'index.html'), 'utf8');
    const jsBytes = {
      app: await gzipBytes(appDir, firstScreenScripts(appHtml)),
      'react-min': await gzipBytes(join(work, 'react/site'), firstScreenScripts(reactHtml)),
    };

    const servers = {
      floor: await serveStatic(join(work, 'floor')),
      'react-min': await serveStatic(join(work, 'react/site')),
      app: await serveStatic(appDir),
    };
    const runs: Run[] = [];
    try {
      for (const profile of Object.keys(PROFILES) as ProfileName[]) {
        for (let i = 0; i < rounds; i++) {
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
      const stats = (name: string, pick: (r: Run) => number | null) => summarize(of(name, pick));
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
      // The pages take turns within a round, so the i-th runs of two pages met the same moment of the machine.
      const perRound = (
        name: string,
        pick: (r: Run) => number | null,
        base: string,
        pickBase: (r: Run) => number | null,
      ) => {
        const top = of(name, pick);
        const bottom = of(base, pickBase);
        return summarize(
          top.slice(0, bottom.length).map((x, i) => x / bottom[i]!),
          2,
        );
      };
      return {
        profile,
        pages,
        ratios: {
          figuresVsFloor: round(m('app', (r) => r.figuresMs) / m('floor', (r) => r.figuresMs), 2),
          lcpVsFloor: round(m('app', (r) => r.lcpMs) / m('floor', (r) => r.lcpMs), 2),
          hydratedVsReactFigures: round(m('app', (r) => r.hydratedMs) / m('react-min', (r) => r.figuresMs), 2),
        },
        ratiosPerRound: {
          figuresVsFloor: perRound(
            'app',
            (r) => r.figuresMs,
            'floor',
            (r) => r.figuresMs,
          ),
          lcpVsFloor: perRound(
            'app',
            (r) => r.lcpMs,
            'floor',
            (r) => r.lcpMs,
          ),
          hydratedVsReactFigures: perRound(
            'app',
            (r) => r.hydratedMs,
            'react-min',
            (r) => r.figuresMs,
          ),
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
