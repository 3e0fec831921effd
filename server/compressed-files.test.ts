// @vitest-environment node
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompressedFiles } from './compressed-files';
import { findSiteFile, siteRoot } from '../site/static-files';

let folder: string;
let root: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'compressed-'));
  root = (await siteRoot(folder))!;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const page = (word: string) => `<!doctype html><title>${word}</title>${`<p>${word}</p>`.repeat(300)}`;

/* Replaced the way publishing replaces a page: written beside it, renamed over it. */
async function publish(name: string, text: string) {
  await writeFile(join(folder, `${name}.tmp`), text);
  await rename(join(folder, `${name}.tmp`), join(folder, name));
}

async function gzippedText(compressed: ReturnType<typeof createCompressedFiles>, pathname: string) {
  const bytes = await compressed((await findSiteFile(root, pathname))!);
  return bytes && gunzipSync(bytes).toString('utf8');
}

describe('compressed copies of the site’s files', () => {
  it('gzip a page once and hand the same bytes to every later reader', async () => {
    await publish('index.html', page('first'));
    const compressed = createCompressedFiles();
    const file = (await findSiteFile(root, '/'))!;
    const first = await compressed(file);
    expect(gunzipSync(first!).toString('utf8')).toBe(page('first'));
    expect(await compressed((await findSiteFile(root, '/'))!)).toBe(first);
  });

  it('are never served for a page published since, even at the same size', async () => {
    await publish('index.html', page('first'));
    const compressed = createCompressedFiles();
    expect(await gzippedText(compressed, '/')).toBe(page('first'));
    await publish('index.html', page('again'));
    expect(await gzippedText(compressed, '/')).toBe(page('again'));
  });

  it('leave small files and images alone', async () => {
    await writeFile(join(folder, 'small.html'), '<p>small</p>');
    await writeFile(join(folder, 'card.png'), Buffer.alloc(4096));
    const compressed = createCompressedFiles();
    expect(await gzippedText(compressed, '/small')).toBeNull();
    expect(await gzippedText(compressed, '/card.png')).toBeNull();
  });

  it('keep only the most recently used copies within their budget, and still answer the others', async () => {
    // Random text barely compresses: each copy weighs about 2.9 KB, so nine pass a budget of 24 KB.
    const noise = () => Array.from({ length: 400 }, () => Math.random().toString(36).slice(2, 13)).join('');
    const names = Array.from({ length: 9 }, (_, i) => `page-${i}`);
    for (const name of names) await publish(`${name}.html`, noise());
    const compressed = createCompressedFiles(8 * 3000);
    const copy = async (name: string) => (await compressed((await findSiteFile(root, `/${name}`))!))!;
    const first = new Map<string, Uint8Array>();
    for (const name of names) first.set(name, await copy(name));
    expect(await copy('page-8')).toBe(first.get('page-8'));
    const oldest = await copy('page-0');
    expect(oldest).not.toBe(first.get('page-0'));
    expect(oldest).toEqual(first.get('page-0'));
  });
});
