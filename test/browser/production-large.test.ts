import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyProject, launchBrowser, watchErrors } from './harness';
import { serveStatic } from '../../scripts/bench/static-host';
import { largeDataset } from '../fixtures';
import { withManySources } from '../fixtures/many-sources';

/*
 * The production build made from a dataset far larger than the seed (75
 * figures of 200 claims each, and 150 sources more): past the size where a
 * page rendered ahead of time would need an inline script to reveal itself,
 * which the Content Security Policy blocks. Built in a copy of the project,
 * whose seed it replaces.
 */

const FIGURES = 75;
const CLAIMS = 200;
const dataset = withManySources(largeDataset(FIGURES, CLAIMS));
const PAGES = ['/', '/figures/large-figure-3', '/figures/large-figure-70', '/sources', '/update', '/no-such-page'];

let browser: Browser;
let server: Server;
let baseUrl: string;
let removeProject: () => Promise<void>;
let dist: string;

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`The build failed:\n${output}`))));
  });
}

beforeAll(async () => {
  const project = await copyProject();
  removeProject = project.remove;
  await writeFile(join(project.dir, 'seeds', `${dataset.id}.json`), JSON.stringify(dataset));
  await run(join(project.dir, 'node_modules', '.bin', 'tsx'), ['build/build.ts'], project.dir);
  dist = join(project.dir, 'dist');
  ({ server, url: baseUrl } = await serveStatic(dist));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await removeProject?.();
});

describe(`the production build of ${FIGURES} figures with ${CLAIMS} claims each`, () => {
  it('writes every page whole: no inline script, no loading state, no duplicate id', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.endsWith('/index.html'),
    );
    // The dashboard, sources, update, about and 404 pages, and a page and an embed per figure.
    expect(pages).toHaveLength(5 + 2 * dataset.figures.length);
    for (const file of pages) {
      const html = await readFile(join(dist, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([^<]*)/g)];
      const inline = scripts.filter(
        ([, attributes, body]) =>
          !/\bsrc=/.test(attributes!) && !/type="application\/json"/.test(attributes!) && body!.trim() !== '',
      );
      expect(inline, file).toEqual([]);
      expect(html.slice(html.indexOf('<body')), file).not.toMatch(/Loading/);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        file,
      ).toEqual([]);
    }
  }, 60_000);

  it('shows every page whole without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(baseUrl + path);
      const main = await page.locator('main').innerText();
      expect(main, path).not.toMatch(/Loading/);
      await expect(page.getByRole('heading', { level: 1 }).isVisible(), path).resolves.toBe(true);
    }
    await page.goto(baseUrl);
    await expect(
      page.getByRole('figure', { name: /^Population under blockade: about 120,000/ }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: /^Other figures \(\d+\)$/ }).isVisible()).resolves.toBe(true);
    await page.goto(`${baseUrl}/figures/large-figure-70`);
    await expect(page.locator(`tr[id="claim-large-70-${CLAIMS - 1}"]`).count()).resolves.toBe(1);
    await page.goto(`${baseUrl}/sources`);
    await expect(page.getByText('Source large-monitor').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('tbody tr.source-row').count()).resolves.toBe(dataset.sources.length);
    await context.close();
  }, 60_000);

  it('runs every page with no CSP violation, no console error and no duplicate id', async () => {
    for (const path of PAGES) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const errors = watchErrors(page);
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      await page.waitForFunction(() =>
        Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')),
      );
      await expect(
        page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        path,
      ).resolves.toEqual([]);
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicates, path).toEqual([]);
      // A static host answers an unknown address with 404.html and the status 404, which the browser logs.
      const unexpected = path === '/no-such-page' ? errors.filter((e) => !/status of 404/.test(e)) : errors;
      expect(unexpected, path).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
