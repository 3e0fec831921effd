import { http, HttpResponse } from 'msw';
import type { Dataset, ErrorBody, Whoami } from '../src/data/schema/schema';
import { readRevisionPageQuery } from '../src/data/resources/revisions';
import { dashboardSlice, figureSlice, otherFiguresSlice } from '../src/data/resources/slices';
import { sourcesSlice, type SourcesSlice } from '../src/data/resources/sources-slice';
import { parseJson } from '../src/data/checks/validate';
import { notJsonMessage } from '../src/data/formats/import';
import type { Store, StoreResult } from './mock-store';

function errorResponse(status: number, message: string, issues?: ErrorBody['error']['issues']) {
  const body: ErrorBody = { error: issues?.length ? { message, issues } : { message } };
  return HttpResponse.json(body, { status });
}

function answer(result: StoreResult) {
  if (result.ok) return HttpResponse.json(result.dataset, { headers: { ETag: `"${result.dataset.revision}"` } });
  return errorResponse(result.status, result.message, result.issues);
}

/* If-Match carries the revision the change was based on: "3" or 3. */
function revisionFrom(request: Request): number | null {
  const raw = request.headers.get('If-Match')?.replace(/^W\//, '').replace(/"/g, '').trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

export const MOCK_EDITOR = 'local (mocked API)';

const MISSING_REVISION = 'Send If-Match with the revision your change is based on';

/** Runs a read-compare-write alone: in a browser, across every tab of the site. */
export type WriteLock = <T>(write: () => T) => Promise<T>;

const unlocked: WriteLock = async (write) => write();

/*
 * The reads of one dataset: whole, and the part of it each page shows, cut
 * by the same functions that cut the pages rendered ahead of time. `read`
 * answers the dataset, or the response to send instead.
 */
export function readHandlers(read: (id: string) => Dataset | Response) {
  const serve = (id: string, part: (dataset: Dataset) => Dataset | SourcesSlice | Response) => {
    const dataset = read(id);
    if (dataset instanceof Response) return dataset;
    const shown = part(dataset);
    if (shown instanceof Response) return shown;
    return HttpResponse.json(shown, { headers: { ETag: `"${shown.revision}"` } });
  };
  return [
    http.get('*/api/v1/datasets/:id', ({ params }) => serve(String(params.id), (dataset) => dataset)),
    http.get('*/api/v1/datasets/:id/dashboard', ({ params }) =>
      serve(String(params.id), (dataset) => dashboardSlice(dataset).dataset),
    ),
    http.get('*/api/v1/datasets/:id/sources', ({ params }) => serve(String(params.id), sourcesSlice)),
    http.get('*/api/v1/datasets/:id/other-figures/:page', ({ params }) => {
      const page = String(params.page);
      return serve(
        String(params.id),
        (dataset) =>
          (/^\d+$/.test(page) && otherFiguresSlice(dataset, Number(page))?.dataset) ||
          errorResponse(404, `There is no page ${page} of other figures in this dataset`),
      );
    }),
    http.get('*/api/v1/datasets/:id/figures/:figureId', ({ params }) => {
      const figureId = String(params.figureId);
      return serve(String(params.id), (dataset) =>
        dataset.figures.some((f) => f.id === figureId)
          ? figureSlice(dataset, figureId).dataset
          : errorResponse(404, `There is no figure "${figureId}" in this dataset`),
      );
    }),
  ];
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
      const revision = revisionFrom(request);
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      const parsed = parseJson(await request.text());
      if (!parsed.ok) {
        const [issue] = parsed.issues;
        return errorResponse(400, notJsonMessage(issue));
      }
      return answer(await lock(() => store.put(String(params.id), parsed.data, revision)));
    }),

    http.post('*/api/v1/datasets/:id/updates', async ({ params, request }) => {
      const revision = revisionFrom(request);
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      const text = await request.text();
      const type = request.headers.get('Content-Type');
      return answer(await lock(() => store.update(String(params.id), text, type, revision)));
    }),

    http.post('*/api/v1/datasets/:id/undo', async ({ params, request }) => {
      const revision = revisionFrom(request);
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      return answer(await lock(() => store.undo(String(params.id), revision)));
    }),

    http.post('*/api/v1/datasets/:id/reset', async ({ params, request }) => {
      const revision = revisionFrom(request);
      if (revision === null) return errorResponse(428, MISSING_REVISION);
      return answer(await lock(() => store.resetToSeed(String(params.id), revision)));
    }),

    /* Mock only: saved copies found damaged and set aside in this browser, for the maintainer to download. */
    http.get('*/api/v1/set-aside', () => HttpResponse.json({ copies: store.setAside() })),
  ];
}
