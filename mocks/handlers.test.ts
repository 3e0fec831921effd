import { describe, expect, it } from 'vitest';
import { datasetListSchema, datasetSchema, errorBodySchema } from '../src/data/schema';

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
