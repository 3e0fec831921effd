import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/bench/chromium';
import { buildSite as build } from '../../build/build-site';
import { cutResource, readResourcePath } from '../../src/data/resources/api-resources';
import type { Dataset } from '../../src/data/schema/schema';

/* Real-browser tests drive Chromium through Playwright; scripts/bench/chromium.ts says which. */
export { launchBrowser };

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The dev server exactly as `npm start` runs it, on a free port, with MSW serving the seed data. */
export async function startDevServer(projectRoot = root): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root: projectRoot,
    configFile: `${projectRoot}/vite.config.ts`,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server did not start');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * For a test file: the dev server and Chromium, started once before its tests
 * and stopped after them. Read `browser` and `baseUrl` inside tests, once the
 * set-up has run.
 */
export function devServerForFile(): { browser: Browser; baseUrl: string } {
  const shared = { browser: undefined as unknown as Browser, baseUrl: '' };
  let server: ViteDevServer | undefined;
  beforeAll(async () => {
    ({ server, url: shared.baseUrl } = await startDevServer());
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await server?.close();
  });
  return shared;
}

/**
 * Answers the API with the given dataset, in place of the seed. The context
 * must block service workers, or MSW's worker would answer first.
 */
export async function serveDataset(context: BrowserContext, dataset: Dataset): Promise<void> {
  const { id, title, asOf, revision } = dataset;
  await context.route('**/api/v1/datasets', (route) =>
    route.fulfill({ json: { datasets: [{ id, title, asOf, revision }] } }),
  );
  // The whole dataset, and the part of it each page reads, cut by the API's table of resources.
  await context.route(/\/api\/v1\/datasets\/[^?]+/, (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const path = new URL(route.request().url()).pathname;
    const asked = readResourcePath(path.slice(path.indexOf('/api/v1/datasets/') + '/api/v1/datasets/'.length));
    if (!asked || asked.id !== id) return route.fallback();
    const answer = cutResource(dataset, asked.ref);
    return answer.ok
      ? route.fulfill({ json: answer.body })
      : route.fulfill({ status: 404, json: { error: { message: answer.missing } } });
  });
}

/** Collects page errors and console errors so a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/*
 * A throwaway copy of the project (node_modules linked, not copied), for tests
 * that edit seed files: the real ones are never touched.
 */
export async function copyProject(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'crisis-dashboard-'));
  for (const entry of [
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.app.json',
    'tsconfig.node.json',
    'tsconfig.test.json',
    'src',
    'mocks',
    'seeds',
    'public',
    'scripts',
    'server',
    'site',
    'build',
  ]) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/*
 * A production build into a temporary folder, so a test never overwrites the
 * developer's dist/, with `env` added to the build's environment. Returns the
 * site's folder.
 */
export async function buildSite(
  env: Record<string, string> = {},
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'crisis-dashboard-build-'));
  const site = join(dir, 'site');
  // The server bundle imports React and the rest from node_modules, so it must sit inside the project.
  await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
  const ssr = await mkdtemp(join(root, 'node_modules', '.cache', 'ssr-'));
  await build({ outDir: site, ssrDir: ssr, quiet: true, env });
  return {
    dir: site,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(ssr, { recursive: true, force: true });
    },
  };
}
