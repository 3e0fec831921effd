import { http, HttpResponse } from 'msw';
import { loadSeeds } from './seeds';
import { createStore } from './store';
import type { ErrorBody } from '../src/data/schema';

const seeds = loadSeeds();
export const store = createStore(seeds.datasets);

function errorResponse(status: number, message: string, issues?: ErrorBody['error']['issues']) {
  const body: ErrorBody = { error: issues ? { message, issues } : { message } };
  return HttpResponse.json(body, { status });
}

/* The origin is a wildcard so the same handlers answer whatever API base URL the app is built with. */
export const handlers = [
  http.get('*/api/v1/datasets', () => HttpResponse.json({ datasets: store.list() })),

  http.get('*/api/v1/datasets/:id', ({ params }) => {
    const id = String(params.id);
    const dataset = store.get(id);
    if (dataset) return HttpResponse.json(dataset);
    if (seeds.problems.length > 0) {
      return errorResponse(500, 'A seed file is not valid, so its dataset is not served', seeds.problems.map((p) => ({ path: '', message: p })));
    }
    return errorResponse(404, `There is no dataset "${id}"`);
  }),
];
