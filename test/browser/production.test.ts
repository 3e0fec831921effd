import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launchBrowser, watchErrors } from './harness';
import { serveStatic } from '../../scripts/bench/static-host';
import { firstScreenScripts, gzipBytes } from '../../scripts/bench/first-screen';
import { pngSize } from '../png';

/*
 * The production build as users get it: a static site with every page
 * rendered ahead of time, its Content Security Policy, and the API as JSON
 * files, served the way a static host serves it. API faults are made with
 * Playwright's routing, which sees every request here (no service worker).
 */

let browser: Browser;
let server: Server;
let baseUrl: string;
let removeBuild: () => Promise<void>;
let siteDir: string;

// What the home page reads once alive: the dashboard's part of the dataset.
const DASHBOARD_JSON = '**/api/v1/datasets/nagorno-karabakh-2023-09/dashboard.json';
const POPULATION = /^Population under blockade: about 120,000/;
// The address the site is built for, as a real deployment gives it, so the pages carry their link-preview tags.
const SITE_URL = 'https://dashboard.example.org';
const root = fileURLToPath(new URL('../..', import.meta.url));

beforeAll(async () => {
  const site = await buildSite({ SITE_URL });
  removeBuild = site.remove;
  siteDir = site.dir;
  ({ server, url: baseUrl } = await serveStatic(site.dir));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await removeBuild?.();
});

/** Records every Content Security Policy violation the page reports. */
async function newWatchedPage(
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(options);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, errors: watchErrors(page) };
}

const hydrated = (page: Page) =>
  page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')),
  );

describe('the production build in Chromium', () => {
  it('holds the headline figures in the HTML itself, readable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('figure', { name: /^Blockade duration: 281 days/ }).isVisible()).resolves.toBe(true);
    await page.goto(`${baseUrl}/figures/casualties-19-september`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Casualties of the 19 September offensive',
    );
    const claims = page.getByRole('region', { name: 'Every claim' });
    await expect(claims.getByRole('row').nth(1).innerText()).resolves.toMatch(
      /2 civilians killed[\s\S]*Current value[\s\S]*Zartonk Media via Medya News/,
    );
    await context.close();
  });

  it('runs under its Content Security Policy on every page, with no violation and no service worker', async () => {
    for (const path of [
      '/',
      '/figures/casualties-19-september',
      '/figures/blockade-duration',
      '/sources',
      '/update',
      '/about',
      '/no-such-page',
    ]) {
      const { page, errors } = await newWatchedPage();
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      await hydrated(page);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe/);
      await expect(
        page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      ).resolves.toEqual([]);
      await expect(page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).resolves.toBe(
        0,
      );
      // A static host answers an unknown address with 404.html and the status 404, which the browser logs.
      const unexpected = path === '/no-such-page' ? errors.filter((e) => !/status of 404/.test(e)) : errors;
      expect(unexpected, path).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('needs at most 90 KB of compressed JavaScript on a first visit of the home page, all of it counted', async () => {
    // What the page loads before it can hydrate: its entry script and the modules it preloads.
    const html = await readFile(join(siteDir, 'index.html'), 'utf8');
    const files = firstScreenScripts(html);
    expect(files.length).toBeGreaterThan(0);
    expect(await gzipBytes(siteDir, files)).toBeLessThanOrEqual(90 * 1024);
    // Beyond those the home page loads nothing until the reader scrolls: the download section's code waits until it
    // is near, and there is no chart, no other page, and no schema, as the live data is the revision built into the page.
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname.slice(1));
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await hydrated(page);
    const extra = loaded.filter((file) => !files.includes(file));
    expect(extra).toEqual([]);
    expect(await gzipBytes(siteDir, [...new Set(loaded)])).toBeLessThanOrEqual(90 * 1024);
    await page.close();
  });

  it('checks a large import in a worker under the Content Security Policy', async () => {
    const { page, errors } = await newWatchedPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl}/update`);
    await hydrated(page);
    const dataset = JSON.parse(
      await readFile(join(siteDir, 'api/v1/datasets/nagorno-karabakh-2023-09.json'), 'utf8'),
    ) as { events: unknown[] };
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      ...(dataset.events[0] as object),
      id: `bulk-event-${i}`,
    }));
    const big = JSON.stringify({ ...dataset, events: [...dataset.events, ...events] });
    await page
      .getByLabel('Or choose a JSON or CSV file')
      .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await page.getByRole('heading', { name: 'Preview of the imported dataset' }).waitFor({ timeout: 60_000 });
    expect(workers.some((url) => /import-worker/.test(url))).toBe(true);
    await expect(
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a permalink to its own revision, and says a revision it does not hold is not here', async () => {
    const { page, errors } = await newWatchedPage();
    await page.goto(`${baseUrl}/figures/population-under-blockade?revision=1`);
    await page
      .getByRole('complementary', { name: 'Revision shown' })
      .getByText(/the current revision/)
      .waitFor();
    await page.getByText('To quote it:').waitFor();
    await page.goto(`${baseUrl}/?revision=2`);
    const alert = page.getByRole('alert');
    await alert.getByText(/^There is no revision 2 of /).waitFor();
    await expect(alert.getByRole('link', { name: 'See the current figures' }).getAttribute('href')).resolves.toBe('/');
    // The host's own 404 for the missing file is the one error the console may show.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with a page that says so', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expect(page.title()).resolves.toBe('Page not found — Nagorno-Karabakh dashboard');
    await page.close();
  });

  it('is read-only without an API, so its menu leaves out Update data; it writes robots.txt and the sitemap', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await hydrated(page);
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual(['Key figures', 'Sources']);
    await expect(readFile(join(siteDir, 'robots.txt'), 'utf8')).resolves.toBe(
      `User-agent: *\nAllow: /\nSitemap: ${SITE_URL}/sitemap.xml\n`,
    );
    await expect(readFile(join(siteDir, 'sitemap.xml'), 'utf8')).resolves.toContain(
      `<loc>${SITE_URL}/figures/casualties-19-september</loc>`,
    );
    await page.close();
  });

  it('takes over the HTML without changing it, then follows links in the page', async () => {
    const { page, errors } = await newWatchedPage();
    await page.goto(baseUrl);
    const before = await page.getByRole('figure', { name: POPULATION }).innerText();
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('figure', { name: POPULATION }).innerText()).resolves.toBe(before);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await page
      .getByRole('link', { name: /^Casualties of the 19 September offensive/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Casualties of the 19 September offensive' }).waitFor();
    // Still the same document: the router handled the click, no new page was loaded.
    await expect(page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).resolves.toBe(true);
    await expect(page.title()).resolves.toBe('Casualties of the 19 September offensive — Nagorno-Karabakh dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows newer numbers when the API has them, after showing the built ones at once', async () => {
    const { page } = await newWatchedPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DASHBOARD_JSON, async (route) => {
      const response = await route.fetch();
      const dataset = (await response.json()) as { revision: number; claims: object[] };
      dataset.revision += 1;
      dataset.claims.push({
        id: 'population-later',
        figure: 'population-under-blockade',
        date: '2023-09-19',
        time: '18:00',
        values: [{ measure: 'population', value: 125_000, qualifier: 'about' }],
        status: 'reported',
        citation: 'medya-blockade-population',
      });
      await held;
      await route.fulfill({ response, json: dataset });
    });
    await page.goto(baseUrl);
    await page.getByRole('figure', { name: POPULATION }).waitFor();
    release();
    await page.getByRole('figure', { name: /^Population under blockade: about 125,000/ }).waitFor();
    await page.close();
  });

  it('keeps the built figures, and leaves the answer unused and the schema unloaded, when the API has their revision', async () => {
    const { page } = await newWatchedPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    let answered!: () => void;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    await page.route(DASHBOARD_JSON, async (route) => {
      const response = await route.fetch();
      const dataset = (await response.json()) as { claims: { figure: string; values: { value: number }[] }[] };
      // Changed behind the same revision: only a revision the page does not hold is read.
      for (const claim of dataset.claims) {
        if (claim.figure === 'population-under-blockade') for (const value of claim.values) value.value = 999_999;
      }
      await route.fulfill({ response, json: dataset });
      answered();
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await hydrated(page);
    await answer;
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('999,999').count()).resolves.toBe(0);
    expect(scripts.filter((url) => /\/(validate|schema|dataset-schema)-[\w-]+\.js$/.test(url))).toEqual([]);
    await page.close();
  });

  it('keeps the built figures when the data is refused, and says why', async () => {
    const { page } = await newWatchedPage();
    await page.route(DASHBOARD_JSON, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": 42}' }),
    );
    await page.goto(baseUrl);
    const notice = page.getByRole('status').filter({ hasText: 'Could not refresh the figures' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(
      /as built into this page[\s\S]*does not match the dataset format/,
    );
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('survives a connection reset, keeps the figures, and recovers by itself when the API is back', async () => {
    const { page } = await newWatchedPage();
    let down = true;
    await page.route(DASHBOARD_JSON, (route) => (down ? route.abort('connectionreset') : route.continue()));
    await page.goto(baseUrl);
    const notice = page.getByRole('status').filter({ hasText: 'Could not refresh the figures' });
    // The first try and three quick retries (2, 4 and 8 seconds apart) come before the notice.
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.innerText()).resolves.toMatch(/Could not reach the server/);
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    down = false;
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await page.close();
  }, 90_000);

  it('keeps the figures when a section’s code cannot load, and says so in that section only', async () => {
    const page = await browser.newPage();
    await page.route('**/assets/claim-downloads-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl);
    await hydrated(page);
    // The section's code loads as the reader scrolls towards it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByText(/Could not show the downloads/).waitFor();
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('says when the browser goes offline, and clears it when it is back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await hydrated(page);
    await context.setOffline(true);
    const notice = page.getByRole('status').filter({ hasText: 'You are offline.' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/last ones received/);
    await expect(page.getByRole('figure', { name: POPULATION }).isVisible()).resolves.toBe(true);
    await context.setOffline(false);
    await notice.waitFor({ state: 'detached' });
    await context.close();
  });

  it('gives a figure’s page link-preview tags with its value, and an image of 1200×630 that exists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/figures/casualties-19-september`);
    const meta = (key: string) => page.locator(`meta[name="${key}"], meta[property="${key}"]`).getAttribute('content');
    const value = '2 civilians killed, of whom 1 child; 23 injured';
    await expect(page.locator('meta[name="description"]').count()).resolves.toBe(1);
    for (const key of ['description', 'og:description', 'twitter:description'])
      await expect(meta(key)).resolves.toContain(value);
    await expect(meta('description')).resolves.toMatch(/19 September 2023, source Zartonk Media via Medya News$/);
    await expect(meta('og:url')).resolves.toBe(`${SITE_URL}/figures/casualties-19-september`);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      `${SITE_URL}/figures/casualties-19-september`,
    );
    await expect(meta('twitter:card')).resolves.toBe('summary_large_image');
    const image = (await meta('og:image'))!;
    expect(image.startsWith(`${SITE_URL}/`)).toBe(true);
    await expect(meta('twitter:image')).resolves.toBe(image);
    const png = await readFile(join(siteDir, new URL(image).pathname));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    await expect(meta('og:image:width')).resolves.toBe('1200');
    await expect(meta('og:image:height')).resolves.toBe('630');
    // Served as an image, as a social site's crawler fetches it.
    const served = await page.request.get(`${baseUrl}${new URL(image).pathname}`);
    expect(served.headers()['content-type']).toBe('image/png');
    await context.close();
  });

  it('answers an unknown address with 404.html and status 404 under npm run preview', async () => {
    const server = await preview({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: siteDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    try {
      const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      const missing = await fetch(`${url}/nope`);
      expect(missing.status).toBe(404);
      await expect(missing.text()).resolves.toContain('<title>Page not found — Nagorno-Karabakh dashboard</title>');
      const figure = await fetch(`${url}/figures/casualties-19-september`);
      expect(figure.status).toBe(200);
      await expect(figure.text()).resolves.toContain('<title>Casualties of the 19 September offensive');
    } finally {
      await server.close();
    }
  });

  it('embeds a figure as HTML alone: no script at all, no menu, the value, source and date readable without JavaScript', async () => {
    const html = await readFile(join(siteDir, 'embed/figures/casualties-19-september.html'), 'utf8');
    expect(html).not.toMatch(/<script|modulepreload/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/figures/casualties-19-september`);
    const card = page.getByRole('figure', { name: /^Casualties of the 19 September offensive: 2 civilians killed/ });
    await expect(card.innerText()).resolves.toMatch(
      /2 civilians killed, of whom 1 child[\s\S]*23 injured[\s\S]*19 Sept 2023[\s\S]*Source: Zartonk Media via Medya News[\s\S]*Data CC BY 4\.0/,
    );
    await expect(
      card.getByRole('link', { name: /^Zartonk Media via Medya News/ }).getAttribute('href'),
    ).resolves.toMatch(/^https:\/\/medyanews\.net\//);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await context.close();
  });

  it('lets other sites frame the embeds in _headers, and nothing else', async () => {
    const rules = (await readFile(join(siteDir, '_headers'), 'utf8')).split('\n\n');
    const rule = (pattern: string) => rules.find((r) => r.startsWith(`${pattern}\n`)) ?? '';
    expect(rule('/*')).toMatch(/Content-Security-Policy: .*; frame-ancestors 'none'$/m);
    expect(rule('/embed/*')).toMatch(/^ {2}! Content-Security-Policy$/m);
    expect(rule('/embed/*')).toMatch(/Content-Security-Policy: .*; frame-ancestors \*$/m);
    expect(rules.filter((r) => /frame-ancestors(?! 'none')/.test(r)).map((r) => r.split('\n')[0])).toEqual([
      '/embed/*',
    ]);
  });

  it('states the data’s license on the about page, without JavaScript, linked from the footer', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('contentinfo').getByRole('link', { name: 'About the data' }).click();
    await page.waitForURL(`${baseUrl}/about`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('About the data');
    const license = page.getByRole('region', { name: 'License' });
    await expect(license.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).resolves.toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await expect(license.innerText()).resolves.toMatch(/MIT license/);
    await context.close();
  });

  it('leaves the mocked API out, and writes the headers a host must send', async () => {
    await expect(readFile(join(siteDir, 'mockServiceWorker.js'))).rejects.toThrow(/ENOENT/);
    const headers = await readFile(join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
