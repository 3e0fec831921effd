// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema/schema';
import * as entry from '../src/entry-server';
import { seedDataset } from '../test/fixtures';
import { createPublisher } from './publish';

// As the build's template has them: a description for each page's own, and the empty root.
const TEMPLATE =
  '<!doctype html><html><head><meta name="description" content="x" /><title>x</title></head><body><div id="root"></div></body></html>';
const seed = seedDataset();

/* A publisher over one dataset that changes when told, recording the files it writes; a write can be made to fail. */
function setUp(dist: string) {
  let current = { dataset: seed, text: JSON.stringify(seed) };
  const written: string[] = [];
  let failing = false;
  const publisher = createPublisher({
    dist,
    kit: { dataset: seed.id, entry, template: TEMPLATE },
    current: () => current,
    list: () => [{ id: seed.id, title: seed.title, asOf: seed.asOf, revision: current.dataset.revision }],
    write: async (path, text) => {
      if (failing) throw new Error('disk full');
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
      written.push(relative(dist, path));
    },
  });
  return {
    publisher,
    written,
    fail: (value: boolean) => (failing = value),
    addClaim(figure: string, id: string) {
      const base = current.dataset;
      const claim = { ...base.claims.find((c) => c.figure === figure)!, id };
      const dataset: Dataset = { ...base, revision: base.revision + 1, claims: [...base.claims, claim] };
      current = { dataset, text: JSON.stringify(dataset) };
    },
  };
}

const figurePages = (files: string[]) => files.filter((f) => f.startsWith('figures/')).sort();

describe('createPublisher', () => {
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), 'publish-'));
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  it('renders everything first, then only the pages a write changes, the dataset’s own file last', async () => {
    const site = setUp(dist);
    await site.publisher.publish(seed.id);
    expect(figurePages(site.written)).toHaveLength(seed.figures.length * 2);
    site.written.length = 0;

    site.addClaim('casualties-19-september', 'casualties-again');
    const report = await site.publisher.publish(seed.id);
    expect(report?.revision).toBe(2);
    expect(figurePages(site.written)).toEqual([
      'figures/casualties-19-september.html',
      'figures/casualties-19-september/index.html',
    ]);
    expect(site.written).toEqual(expect.arrayContaining(['index.html', 'sources.html', '404.html']));
    expect(site.written.at(-1)).toBe(`api/v1/datasets/${seed.id}.json`);
    expect(JSON.parse(await readFile(join(dist, `api/v1/datasets/${seed.id}.json`), 'utf8')).revision).toBe(2);
  });

  it('after a failed render keeps the old files, and the next write renders what both changed', async () => {
    const site = setUp(dist);
    await site.publisher.publish(seed.id);
    site.fail(true);
    site.addClaim('casualties-19-september', 'casualties-again');
    await expect(site.publisher.publish(seed.id)).rejects.toThrow(/disk full/);
    expect(JSON.parse(await readFile(join(dist, `api/v1/datasets/${seed.id}.json`), 'utf8')).revision).toBe(1);

    site.fail(false);
    site.written.length = 0;
    site.addClaim('population-under-blockade', 'population-again');
    await site.publisher.publish(seed.id);
    expect(figurePages(site.written)).toEqual([
      'figures/casualties-19-september.html',
      'figures/casualties-19-september/index.html',
      'figures/population-under-blockade.html',
      'figures/population-under-blockade/index.html',
    ]);
  });

  it('on start renders only when the files hold another revision than the stored one', async () => {
    const first = setUp(dist);
    expect((await first.publisher.catchUp()).map((r) => r.revision)).toEqual([1]);
    const again = setUp(dist);
    expect(await again.publisher.catchUp()).toEqual([]);
    expect(again.written).toEqual([]);
    again.addClaim('casualties-19-september', 'casualties-again');
    const restarted = setUp(dist);
    restarted.addClaim('casualties-19-september', 'casualties-again');
    expect((await restarted.publisher.catchUp()).map((r) => r.revision)).toEqual([2]);
  });
});
