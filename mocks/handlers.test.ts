import { describe, expect, it } from 'vitest';
import { datasetListSchema, errorBodySchema } from '../src/data/schema/schema';
import { datasetSchema } from '../src/data/ledger/dataset-schema';

const base = 'http://localhost/api/v1';

describe('mocked API', () => {
  it('lists the seed datasets', async () => {
    const response = await fetch(`${base}/datasets`);
    expect(response.status).toBe(200);
    const list = datasetListSchema.parse(await response.json());
    expect(list.datasets).toContainEqual({
      id: 'nagorno-karabakh-2023-09',
      title: 'Nagorno-Karabakh: blockade and offensive',
      asOf: '2023-09-19',
      revision: 1,
    });
  });

  it('serves a whole dataset that passes the schema', async () => {
    const response = await fetch(`${base}/datasets/nagorno-karabakh-2023-09`);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(datasetSchema.safeParse(await response.json()).success).toBe(true);
  });

  it('answers an unknown dataset with a JSON 404', async () => {
    const response = await fetch(`${base}/datasets/nowhere`);
    expect(response.status).toBe(404);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.message).toBe('There is no dataset "nowhere"');
  });
});

describe('mocked API writes', () => {
  const url = `${base}/datasets/nagorno-karabakh-2023-09`;
  const current = async () => datasetSchema.parse(await (await fetch(url)).json());
  const put = (body: string, revision?: number) =>
    fetch(url, {
      method: 'PUT',
      body,
      headers: revision === undefined ? {} : { 'If-Match': `"${revision}"` },
    });

  it('accepts a valid dataset with the current revision and returns the next one', async () => {
    const dataset = await current();
    const response = await put(JSON.stringify({ ...dataset, title: 'Renamed' }), 1);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"2"');
    expect((await current()).title).toBe('Renamed');
  });

  it('answers 409 to a stale revision', async () => {
    const dataset = await current();
    expect((await put(JSON.stringify(dataset), 7)).status).toBe(409);
  });

  it('answers 428 when the revision is missing', async () => {
    const dataset = await current();
    expect((await put(JSON.stringify(dataset))).status).toBe(428);
  });

  it('answers 400 with line and column to a body that is not JSON', async () => {
    const response = await put('{\n  "id": }', 1);
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error.message).toMatch(/line 2, column 9/);
  });

  it('answers 422 with the path of each problem', async () => {
    const dataset = await current();
    const response = await put(JSON.stringify({ ...dataset, asOf: '2023-02-30' }), 1);
    expect(response.status).toBe(422);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.issues?.map((i) => i.path)).toContain('asOf');
    expect((await current()).asOf).toBe('2023-09-19');
  });

  it('answers 422 to a correction of a claim that is not in the ledger, and keeps the ledger', async () => {
    const dataset = await current();
    const correction = { ...dataset.claims[0]!, id: 'a-correction', supersedes: 'no-such-claim' };
    const response = await put(JSON.stringify({ ...dataset, claims: [...dataset.claims, correction] }), 1);
    expect(response.status).toBe(422);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.issues).toContainEqual({
      path: `claims[${dataset.claims.length}].supersedes`,
      message: 'Unknown claim "no-such-claim": no claim has this id',
    });
    expect((await current()).claims).toEqual(dataset.claims);
  });
});
