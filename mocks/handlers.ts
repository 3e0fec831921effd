import { http, HttpResponse } from 'msw';
import type { Dataset, ErrorBody, Whoami } from '../src/data/schema/schema';
import { readRevisionPageQuery } from '../src/data/resources/revisions';
import { cutResource, RESOURCES } from '../src/data/resources/api-resources';
import { parseJson } from '../src/data/checks/validate';
import { errorBody, MISSING_REVISION, notJsonMessage, revisionFrom } from '../src/data/resources/api-requests';
import type { Store, StoreResult } from './mock-store';

function errorResponse(status: number, message: string, issues?: ErrorBody['error']['issues']) {
  return HttpResponse.json(errorBody(message, issues), { status });
}

function answer(result: StoreResult) {
  if (result.ok) return HttpResponse.json(result.dataset, { headers: { ETag: `"${result.dataset.revision}"` } });
  return errorResponse(result.status, result.message, result.issues);
}

export const MOCK_EDITOR = 'local (mocked API)';

/** Runs a read-compare-write alone: in a browser, across every tab of the site. */
export type WriteLock = <T>(write: () => T) => Promise<T>;

const unlocked: WriteLock = async (write) => write();

/*
 * The reads of one dataset: whole, and the part of it each page shows, as
 * the table of resources cuts them. `read` answers the dataset, or the
 * response to send instead.
 */
export function readHandlers(read: (id: string) => Dataset | Response) {
  return Object.values(RESOURCES).map((resource) =>
    http.get(`*/api/v1/datasets/:id${resource.pattern ? `/${resource.pattern}` : ''}`, ({ params }) => {
      const dataset = read(String(params.id));
      if (dataset instanceof Response) return dataset;
      const answer = cutResource(dataset, resource.ref(params as Record<string, string>));
      if (!answer.ok) return errorResponse(404, answer.missing);
      return HttpResponse.json(answer.body, { headers: { ETag: `"${answer.body.revision}"` } });
    }),
  );
}

/*
 * The API contract of the README, over a store. The origin is a wildcard so
 * the same handlers answer whatever API base URL the app is built with.
 */
export function createHandlers(store: Store, lock: WriteLock = unlocked) {
  const read = (id: string): Dataset | Response => {
    const dataset = store.get(id);
    if (dataset) return dataset;
    if (store.hasSeedProblems()) {
      return errorResponse(
        500,
        'A seed file is not valid, so its dataset is not served',
        store.notices().map((message) => ({ path: '', message })),
      );
    }
    return errorResponse(404, `There is no dataset "${id}"`);
  };

  return [
    http.get('*/api/v1/datasets', () => {
      const notices = store.notices();
      return HttpResponse.json(notices.length ? { datasets: store.list(), notices } : { datasets: store.list() });
    }),

    ...readHandlers(read),

    http.get('*/api/v1/datasets/:id/revisions', ({ params, request }) => {
      const search = new URL(request.url).searchParams;
      const asked = readRevisionPageQuery(search.get('limit'), search.get('before'));
      if (!asked.ok) return errorResponse(400, asked.message);
      const list = store.revisions(String(params.id), asked.query);
      return list ? HttpResponse.json(list) : errorResponse(404, `There is no dataset "${String(params.id)}"`);
    }),

    http.get('*/api/v1/datasets/:id/revisions/:n', ({ params }) => {
      const [id, n] = [String(params.id), String(params.n)];
      const dataset = /^\d+$/.test(n) ? store.revision(id, Number(n)) : undefined;
      if (!dataset) return errorResponse(404, `Dataset "${id}" has no revision ${n}`);
      return HttpResponse.json(dataset, { headers: { ETag: `"${dataset.revision}"` } });
    }),

    /* The mocked API asks for no token: every write is by this browser's user. */
    http.get('*/api/v1/whoami', () => HttpResponse.json<Whoami>({ editor: MOCK_EDITOR })),

    http.put('*/api/v1/datasets/:id', async ({ params, request }) => {
      const revision = revisionFrom(request.headers.get('If-Match'));
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      const parsed = parseJson(await request.text());
      if (!parsed.ok) {
        const [issue] = parsed.issues;
        return errorResponse(400, notJsonMessage(issue));
      }
      return answer(await lock(() => store.put(String(params.id), parsed.data, revision)));
    }),

    http.post('*/api/v1/datasets/:id/updates', async ({ params, request }) => {
      const revision = revisionFrom(request.headers.get('If-Match'));
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      const text = await request.text();
      const type = request.headers.get('Content-Type');
      return answer(await lock(() => store.update(String(params.id), text, type, revision)));
    }),

    http.post('*/api/v1/datasets/:id/undo', async ({ params, request }) => {
      const revision = revisionFrom(request.headers.get('If-Match'));
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      return answer(await lock(() => store.undo(String(params.id), revision)));
    }),

    http.post('*/api/v1/datasets/:id/reset', async ({ params, request }) => {
      const revision = revisionFrom(request.headers.get('If-Match'));
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      return answer(await lock(() => store.resetToSeed(String(params.id), revision)));
    }),

    /* Mock only: saved copies found damaged and set aside in this browser, for the maintainer to download. */
    http.get('*/api/v1/set-aside', () => HttpResponse.json({ copies: store.setAside() })),
  ];
}
