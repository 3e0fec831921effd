// @vitest-environment node
import { http, passthrough } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  datasetListSchema,
  errorBodySchema,
  revisionListSchema,
  whoamiSchema,
  type Dataset,
} from '../../src/data/schema/schema';
import { dashboardSchema, datasetSchema } from '../../src/data/ledger/dataset-schema';
import { dashboardSlice, figureSlice, otherFiguresSlice } from '../../src/data/resources/slices';
import { OTHER_FIGURES_PAGE_SIZE, splitFigures } from '../../src/data/words/figures';
import { sourcesSliceSchema } from '../../src/data/resources/sources-slice-schema';
import { sourcesSlice } from '../../src/data/resources/sources-slice';
import { largeDataset } from '../fixtures';
import { server as mockServer } from '../../mocks/node';
import { MOCK_EDITOR } from '../../mocks/handlers';
import { startServer, type RunningServer } from './server-harness';

/*
 * One contract, two implementations: every case runs against the mocked
 * API (MSW, as the app's tests and development use it) and against the real
 * server on a loopback port, writing with an editor's token.
 */

const ID = 'nagorno-karabakh-2023-09';
const URL_A = 'https://example.org/report-a';

interface Target {
  base: string;
  headers: Record<string, string>;
  /** Who the API says is signed in, and the editor its audit trail names for writes. */
  signedIn: string;
  writer: string;
}

const targets: [string, () => Promise<Target & { close(): Promise<void> }>][] = [
  [
    'mocked API',
    async () => ({
      base: 'http://localhost/api/v1',
      headers: {},
      signedIn: MOCK_EDITOR,
      writer: 'local',
      close: async () => undefined,
    }),
  ],
  [
    'server',
    async () => {
      const running: RunningServer = await startServer();
      return {
        base: `${running.url}/api/v1`,
        headers: { Authorization: `Bearer ${running.token}` },
        signedIn: 'Test Editor',
        writer: 'Test Editor',
        close: running.close,
      };
    },
  ],
];

describe.each(targets)('API contract: %s', (_name, start) => {
  let target: Target & { close(): Promise<void> };
  beforeEach(async () => {
    // The real server's requests go to the network; MSW answers only the mocked API's.
    mockServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
    target = await start();
  });
  afterEach(() => target.close());

  const url = (path = '') => `${target.base}/datasets/${ID}${path}`;
  const send = (method: string, path: string, options: { body?: string; revision?: number; type?: string } = {}) =>
    fetch(url(path), {
      method,
      body: options.body,
      headers: {
        ...target.headers,
        ...(options.revision === undefined ? {} : { 'If-Match': `"${options.revision}"` }),
        'Content-Type': options.type ?? 'application/json',
      },
    });
  const current = async () => datasetSchema.parse(await (await fetch(url())).json());
  const errorOf = async (response: Response) => errorBodySchema.parse(await response.json()).error;
  const renamed = (dataset: Dataset, title: string) => JSON.stringify({ ...dataset, title });

  const newClaim = {
    dataset: ID,
    claims: [
      {
        id: 'population-2023-09-20-medya',
        figure: 'population-under-blockade',
        date: '2023-09-20',
        values: [{ measure: 'population', value: 100_000, qualifier: 'about' }],
        status: 'reported',
        citation: 'medya-blockade-population',
      },
    ],
  };

  it('lists the datasets and serves one with its revision as ETag', async () => {
    const list = datasetListSchema.parse(await (await fetch(`${target.base}/datasets`)).json());
    expect(list.datasets.find((d) => d.id === ID)?.revision).toBe(1);
    const response = await fetch(url());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('ETag')).toBe('"1"');
    expect(datasetSchema.parse(await response.json()).id).toBe(ID);
  });

  it('answers an unknown dataset with 404 and the error body, to reads and writes', async () => {
    const read = await fetch(`${target.base}/datasets/nowhere`);
    expect(read.status).toBe(404);
    expect((await errorOf(read)).message).toBe('There is no dataset "nowhere"');
    const write = await fetch(`${target.base}/datasets/nowhere`, {
      method: 'PUT',
      body: renamed(await current(), 'x'),
      headers: { ...target.headers, 'If-Match': '"1"' },
    });
    expect(write.status).toBe(404);
    expect((await errorOf(write)).message).toBe('There is no dataset "nowhere"');
  });

  it('serves the part of the dataset each page reads, cut from the current revision, with its ETag', async () => {
    const read = async <T>(path: string, schema: { parse: (v: unknown) => T }) => {
      const response = await fetch(url(path));
      expect(response.status, path).toBe(200);
      return { etag: response.headers.get('ETag'), dataset: schema.parse(await response.json()) };
    };
    const whole = await current();
    const dashboard = await read('/dashboard', dashboardSchema);
    expect(dashboard).toEqual({ etag: '"1"', dataset: dashboardSlice(whole).dataset });
    const { headline, rest } = splitFigures(whole);
    expect(dashboard.dataset.figures.map((f) => f.id)).toEqual(headline.map((f) => f.id));
    expect(dashboard.dataset.otherFigures).toBe(rest.length);
    const figure = await read('/figures/casualties-19-september', datasetSchema);
    expect(figure.dataset).toEqual(figureSlice(whole, 'casualties-19-september').dataset);
    expect(figure.dataset.figures.map((f) => f.id)).toEqual(['casualties-19-september']);
    expect(figure.dataset.claims).toEqual(whole.claims.filter((c) => c.figure === 'casualties-19-september'));

    const missing = await fetch(url('/figures/nowhere'));
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe('There is no figure "nowhere" in this dataset');
    const noDataset = await fetch(`${target.base}/datasets/nowhere/dashboard`);
    expect(noDataset.status).toBe(404);

    expect((await send('POST', '/updates', { body: JSON.stringify(newClaim), revision: 1 })).status).toBe(200);
    const updated = await read('/dashboard', dashboardSchema);
    expect(updated.etag).toBe('"2"');
    expect(updated.dataset.claims.map((c) => c.id)).toContain('population-2023-09-20-medya');
  });

  it('serves the sources page its own part: each source with its counts, none of the claims', async () => {
    const response = await fetch(url('/sources'));
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"1"');
    const sources = sourcesSliceSchema.parse(await response.json());
    expect(sources).toEqual(sourcesSlice(await current()));
    const medya = () => sources.sources.find((u) => u.source.id === 'medya-news')!;
    const before = medya().claimsMade;

    expect((await send('POST', '/updates', { body: JSON.stringify(newClaim), revision: 1 })).status).toBe(200);
    const updated = await fetch(url('/sources'));
    expect(updated.headers.get('ETag')).toBe('"2"');
    const after = sourcesSliceSchema.parse(await updated.json());
    expect(after.sources.find((u) => u.source.id === 'medya-news')!.claimsMade).toBe(before + 1);
    expect(after).toEqual(sourcesSlice(await current()));

    const noDataset = await fetch(`${target.base}/datasets/nowhere/sources`);
    expect(noDataset.status).toBe(404);
    expect((await errorOf(noDataset)).message).toBe('There is no dataset "nowhere"');
  });

  it('serves the dashboard’s other figures a page at a time, each a valid dataset of its figures alone', async () => {
    const big = { ...largeDataset(100, 3), revision: 1 };
    expect((await send('PUT', '', { body: JSON.stringify(big), revision: 1 })).status).toBe(200);
    const stored = await current();
    const rest = splitFigures(stored).rest.map((f) => f.id);
    const pages = Math.ceil(rest.length / OTHER_FIGURES_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);

    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const response = await fetch(url(`/other-figures/${page}`));
      expect(response.status, `page ${page}`).toBe(200);
      expect(response.headers.get('ETag')).toBe('"2"');
      const dataset = datasetSchema.parse(await response.json());
      expect(dataset).toEqual(otherFiguresSlice(stored, page)!.dataset);
      expect(dataset.figures.length).toBeLessThanOrEqual(OTHER_FIGURES_PAGE_SIZE);
      seen.push(...dataset.figures.map((f) => f.id));
    }
    expect(seen).toEqual(rest);

    for (const page of [`${pages + 1}`, '0', 'two']) {
      const missing = await fetch(url(`/other-figures/${page}`));
      expect(missing.status, page).toBe(404);
      expect((await errorOf(missing)).message).toBe(`There is no page ${page} of other figures in this dataset`);
    }
  });

  it('PUT stores the next revision; 409 stale, 428 without If-Match, 400 not JSON, 422 invalid', async () => {
    const dataset = await current();
    expect((await errorOf(await send('PUT', '', { body: renamed(dataset, 'A') }))).message).toMatch(/If-Match/);
    const noRevision = await send('PUT', '', { body: renamed(dataset, 'A') });
    expect(noRevision.status).toBe(428);

    const notJson = await send('PUT', '', { body: '{\n  "id": }', revision: 1 });
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toMatch(/line 2, column 9/);

    const invalid = await send('PUT', '', { body: JSON.stringify({ ...dataset, asOf: '2023-02-30' }), revision: 1 });
    expect(invalid.status).toBe(422);
    expect((await errorOf(invalid)).issues?.map((i) => i.path)).toContain('asOf');

    const wrongId = await send('PUT', '', { body: JSON.stringify({ ...dataset, id: 'other' }), revision: 1 });
    expect(wrongId.status).toBe(422);

    const ok = await send('PUT', '', { body: renamed(dataset, 'Renamed'), revision: 1 });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"2"');
    const stored = datasetSchema.parse(await ok.json());
    expect(stored).toMatchObject({ revision: 2, title: 'Renamed' });
    expect(stored.updatedAt).not.toBe(dataset.updatedAt);
    expect(await current()).toEqual(stored);

    const stale = await send('PUT', '', { body: renamed(dataset, 'Lost'), revision: 1 });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).message).toMatch(/revision 1, the current one is 2/);
    expect((await current()).title).toBe('Renamed');
  });

  it('undo brings back the content before the last change as the next revision, once per change', async () => {
    const dataset = await current();
    await send('PUT', '', { body: renamed(dataset, 'First'), revision: 1 });
    await send('PUT', '', { body: renamed(dataset, 'Second'), revision: 2 });
    expect((await send('POST', '/undo')).status).toBe(428);
    expect((await send('POST', '/undo', { revision: 2 })).status).toBe(409);

    const once = await send('POST', '/undo', { revision: 3 });
    expect(once.status).toBe(200);
    expect(once.headers.get('ETag')).toBe('"4"');
    expect(datasetSchema.parse(await once.json())).toMatchObject({ revision: 4, title: 'First' });
    const twice = await send('POST', '/undo', { revision: 4 });
    expect(datasetSchema.parse(await twice.json())).toMatchObject({ revision: 5, title: dataset.title });

    const nothing = await send('POST', '/undo', { revision: 5 });
    expect(nothing.status).toBe(409);
    expect((await errorOf(nothing)).message).toBe('There is no earlier revision to go back to');
  });

  it('reset brings back the seed as the next revision, with what was there one undo away', async () => {
    const seed = await current();
    await send('PUT', '', { body: renamed(seed, 'Changed'), revision: 1 });
    expect((await send('POST', '/reset')).status).toBe(428);
    expect((await send('POST', '/reset', { revision: 1 })).status).toBe(409);
    const reset = await send('POST', '/reset', { revision: 2 });
    expect(reset.status).toBe(200);
    const back = datasetSchema.parse(await reset.json());
    expect({ ...back, updatedAt: seed.updatedAt }).toEqual({ ...seed, revision: 3 });
    const undone = await send('POST', '/undo', { revision: 3 });
    expect(datasetSchema.parse(await undone.json()).title).toBe('Changed');
  });

  it('applies a JSON partial update as the next revision', async () => {
    const response = await send('POST', '/updates', { body: JSON.stringify(newClaim), revision: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"2"');
    const stored = datasetSchema.parse(await response.json());
    expect(stored.claims.map((c) => c.id)).toContain('population-2023-09-20-medya');
    expect(stored.asOf).toBe('2023-09-20');
    expect((await current()).revision).toBe(2);
  });

  it('applies spreadsheet rows sent as text/csv', async () => {
    const csv = `figure,value,date,claimed_by,url\npopulation-under-blockade,99000,2023-09-21,Medya News,${URL_A}\n`;
    const response = await send('POST', '/updates', { body: csv, revision: 1, type: 'text/csv' });
    expect(response.status).toBe(200);
    const stored = datasetSchema.parse(await response.json());
    const added = stored.claims.filter((c) => c.date === '2023-09-21');
    expect(added.map((c) => c.values?.[0]?.value)).toEqual([99000]);
    expect(stored.citations.some((c) => c.url === URL_A)).toBe(true);
  });

  it('answers an update it already holds with the current revision, storing none', async () => {
    const csv = `figure,value,date,claimed_by,url\npopulation-under-blockade,99000,2023-09-21,Medya News,${URL_A}\n`;
    for (const [body, type] of [
      [JSON.stringify(newClaim), undefined],
      [csv, 'text/csv'],
    ] as const) {
      const { revision } = await current();
      expect((await send('POST', '/updates', { body, revision, type })).status).toBe(200);
      const stored = await current();
      const again = await send('POST', '/updates', { body, revision: revision + 1, type });
      expect([again.status, again.headers.get('ETag')]).toEqual([200, `"${revision + 1}"`]);
      expect(datasetSchema.parse(await again.json())).toEqual(stored);
      expect(await current()).toEqual(stored);
      const trail = revisionListSchema.parse(await (await fetch(url('/revisions'))).json());
      expect(trail.revisions[0]!.revision).toBe(revision + 1);
    }
  });

  it('refuses updates: 428, 409, 400 not JSON, 422 with paths, a whole dataset', async () => {
    const body = JSON.stringify(newClaim);
    expect((await send('POST', '/updates', { body })).status).toBe(428);
    expect((await send('POST', '/updates', { body, revision: 9 })).status).toBe(409);
    const notJson = await send('POST', '/updates', { body: '{"dataset": ', revision: 1 });
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toMatch(/not JSON \(line 1/);

    const badClaim = { ...newClaim, claims: [{ ...newClaim.claims[0], figure: 'no-such-figure' }] };
    const invalid = await send('POST', '/updates', { body: JSON.stringify(badClaim), revision: 1 });
    expect(invalid.status).toBe(422);
    expect((await errorOf(invalid)).issues?.map((i) => i.path)).toContain('claims[0].figure');

    const whole = await send('POST', '/updates', { body: JSON.stringify(await current()), revision: 1 });
    expect(whole.status).toBe(422);
    expect((await errorOf(whole)).issues?.[0]?.message).toMatch(/whole dataset, not an update/);

    const badRow = await send('POST', '/updates', {
      body: `figure,value,date,claimed_by,url\npopulation-under-blockade,lots,2023-09-21,Medya News,${URL_A}\n`,
      revision: 1,
      type: 'text/csv',
    });
    expect(badRow.status).toBe(422);
    expect((await current()).revision).toBe(1);
  });

  it('says who the token belongs to', async () => {
    const response = await fetch(`${target.base}/whoami`, { headers: target.headers });
    expect(response.status).toBe(200);
    expect(whoamiSchema.parse(await response.json())).toEqual({ editor: target.signedIn });
  });

  it('lists the revisions newest first, a page at a time, with editor, action and changes', async () => {
    const dataset = await current();
    await send('PUT', '', { body: renamed(dataset, 'Renamed'), revision: 1 });
    await send('POST', '/updates', { body: JSON.stringify(newClaim), revision: 2 });

    const whole = revisionListSchema.parse(await (await fetch(url('/revisions'))).json());
    expect(whole.revisions.map((r) => [r.revision, r.action])).toEqual([
      [3, 'update'],
      [2, 'put'],
      [1, 'seed'],
    ]);
    expect(whole.next).toBeUndefined();
    const [update, put] = whole.revisions;
    expect(update?.editor).toBe(target.writer);
    expect(update?.changes.claims).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(put?.changes.claims).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(Date.parse(update?.at ?? '')).not.toBeNaN();

    const first = revisionListSchema.parse(await (await fetch(url('/revisions?limit=2'))).json());
    expect(first.revisions.map((r) => r.revision)).toEqual([3, 2]);
    expect(first.next).toBe(2);
    const second = revisionListSchema.parse(await (await fetch(url(`/revisions?limit=2&before=${first.next}`))).json());
    expect(second).toEqual({ revisions: [whole.revisions[2]] });

    expect((await fetch(url('/revisions?limit=0'))).status).toBe(400);
    const unknown = await fetch(`${target.base}/datasets/nowhere/revisions`);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toBe('There is no dataset "nowhere"');
  });

  it('serves the dataset as it was at each revision kept, 404 for one that is not', async () => {
    const dataset = await current();
    await send('PUT', '', { body: renamed(dataset, 'Renamed'), revision: 1 });
    const back = await fetch(url('/revisions/1'));
    expect(back.status).toBe(200);
    expect(datasetSchema.parse(await back.json())).toEqual(dataset);
    expect(datasetSchema.parse(await (await fetch(url('/revisions/2'))).json()).title).toBe('Renamed');
    const missing = await fetch(url('/revisions/9'));
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe(`Dataset "${ID}" has no revision 9`);
  });
});
