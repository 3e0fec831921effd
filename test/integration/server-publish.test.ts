// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/ledger/dataset-schema';
import * as entry from '../../src/entry-server';
import { server as mockServer } from '../../mocks/node';
import { createPublisher } from '../../server/publish';
import { readSeed, startServer, type RunningServer } from './server-harness';

/*
 * After a write through the API, the site's own files carry it: the figure's
 * page rendered ahead of time, its static JSON, and a removed figure's page
 * answers 404. The pages are rendered with the app's server entry and a bare
 * template, as the build's kit would.
 */

const ID = 'nagorno-karabakh-2023-09';
// As the build's template has them: a description for each page's own, and the empty root.
const TEMPLATE =
  '<!doctype html><html><head><meta name="description" content="x" /><title>x</title></head><body><div id="root"></div></body></html>';

beforeAll(() => mockServer.close());

describe('server publishing the site after a write', () => {
  let dist: string;
  let running: RunningServer;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'server-publish-'));
    const kit = { dataset: ID, entry, template: TEMPLATE };
    let publish: (id: string) => Promise<unknown> = () => Promise.resolve();
    running = await startServer({ app: { dist, onCommit: async (id) => void (await publish(id)) } });
    const publisher = createPublisher({ dist, kit, current: running.store.get, list: running.store.list });
    publish = publisher.publish;
    // A site with no pages yet is behind the stored data, so it is rendered whole.
    expect((await publisher.catchUp()).map((r) => r.revision)).toEqual([1]);
  });
  afterAll(async () => {
    await running.close();
    await rm(dist, { recursive: true, force: true });
  });

  const write = async (path: string, body: unknown, revision: number) => {
    const response = await fetch(`${running.url}/api/v1/datasets/${ID}${path}`, {
      method: path === '' ? 'PUT' : 'POST',
      body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${running.token}`, 'If-Match': `"${revision}"` },
    });
    expect(response.status).toBe(200);
    return datasetSchema.parse(await response.json());
  };

  it('serves the new value in the figure page and its static JSON, and 404 for a removed figure', async () => {
    const seed = await readSeed();
    const page = () => fetch(`${running.url}/figures/population-under-blockade`);
    expect(await (await page()).text()).not.toContain('98,765');

    await write(
      '/updates',
      {
        dataset: ID,
        claims: [
          {
            id: 'population-2023-09-20-test',
            figure: 'population-under-blockade',
            date: '2023-09-20',
            values: [{ measure: 'population', value: 98765, qualifier: 'about' }],
            status: 'reported',
            citation: seed.claims.find((c) => c.figure === 'population-under-blockade')!.citation,
          },
        ],
      },
      1,
    );
    const html = await (await page()).text();
    expect(html).toContain('98,765');
    expect(html).toContain('<title>');
    expect(await (await fetch(`${running.url}/`)).text()).toContain('98,765');
    // The server answers the API from its store; the files are what a static host or CDN copying the site serves.
    const file = (figure: string) => join(dist, `api/v1/datasets/${ID}/figures/${figure}.json`);
    const json = datasetSchema.parse(JSON.parse(await readFile(file('population-under-blockade'), 'utf8')));
    expect(json.revision).toBe(2);
    expect(json.claims.map((c) => c.id)).toContain('population-2023-09-20-test');

    const gone = 'mine-blast-deaths-alleged';
    expect((await fetch(`${running.url}/figures/${gone}`)).status).toBe(200);
    const current = datasetSchema.parse(await (await fetch(`${running.url}/api/v1/datasets/${ID}`)).json());
    await write(
      '',
      {
        ...current,
        headlines: current.headlines?.filter((id) => id !== gone),
        figures: current.figures.filter((f) => f.id !== gone),
        claims: current.claims.filter((c) => c.figure !== gone),
      },
      2,
    );
    const removed = await fetch(`${running.url}/figures/${gone}`);
    expect(removed.status).toBe(404);
    expect((await fetch(`${running.url}/figures/${gone}/`)).status).toBe(404);
    await expect(readFile(file(gone))).rejects.toThrow(/ENOENT/);
  });
});
