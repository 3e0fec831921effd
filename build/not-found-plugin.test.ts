// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { server as mockServer } from '../mocks/node';
import { notFoundPlugin } from './not-found-plugin';

let dir: string;
let server: PreviewServer;
let base: string;

// Real requests to a real server: the mocked API must not take them.
beforeAll(() => mockServer.close());

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'not-found-'));
  await mkdir(join(dir, 'figures'));
  await writeFile(join(dir, 'index.html'), '<p>home</p>');
  await writeFile(join(dir, '404.html'), '<p>nothing here</p>');
  await writeFile(join(dir, 'figures', 'a.html'), '<p>figure a</p>');
  server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [notFoundPlugin()],
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<[number, string]> {
  const response = await fetch(base + path);
  return [response.status, await response.text()];
}

describe('notFoundPlugin', () => {
  it('answers an unknown address with 404.html and status 404', async () => {
    await expect(get('/nope')).resolves.toEqual([404, '<p>nothing here</p>']);
    await expect(get('/figures/b')).resolves.toEqual([404, '<p>nothing here</p>']);
  });

  it('leaves the pages that exist to the preview server', async () => {
    await expect(get('/')).resolves.toEqual([200, '<p>home</p>']);
    await expect(get('/figures/a')).resolves.toEqual([200, '<p>figure a</p>']);
  });
});
