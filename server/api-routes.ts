import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Whoami } from '../src/data/schema/schema';
import { MAX_IMPORT_BYTES } from '../src/data/formats/import';
import { MISSING_REVISION, notJsonMessage, revisionFrom } from '../src/data/resources/api-requests';
import { cutResource, readResourcePath, resourcePath } from '../src/data/resources/api-resources';
import { readRevisionPageQuery } from '../src/data/resources/revisions';
import { parseJson } from '../src/data/checks/validate';
import { signedIn, type AuthOptions, type EditorVariables } from './auth';
import { errorResponse, fresh } from './http';
import type { ServerStore, WriteResult } from './revision-store';

/*
 * The API of the README over the server's store: the reads, public, each
 * answer cut by the table of resources, and the writes, each naming its
 * editor.
 */

export interface ApiOptions extends AuthOptions {
  store: ServerStore;
  /** Called after each accepted write, with the stored dataset, to publish it. */
  onCommit?: (id: string) => Promise<void>;
}

const gzipText = promisify(gzip);

/*
 * Data answers keep the strong ETag `"<revision>"` of the contract, so they
 * are compressed here, once per revision, rather than by the compress
 * middleware, which would weaken the tag.
 */
function createDataAnswers() {
  const compressed = new Map<string, Promise<Buffer>>();
  const gzipOnce = (key: string, text: string) => {
    let found = compressed.get(key);
    if (!found) {
      found = gzipText(text);
      compressed.set(key, found);
      // A few recent revisions are kept; readers almost always ask for the current one.
      for (const old of [...compressed.keys()].slice(0, -8)) compressed.delete(old);
    }
    return found;
  };
  const answer = async (c: Context, key: string, text: string, etag: string, cache = 'no-cache') => {
    c.header('ETag', etag);
    c.header('Cache-Control', cache);
    c.header('Vary', 'Accept-Encoding');
    if (fresh(c, etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (text.length < 1024 || !/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) return c.body(text);
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(await gzipOnce(key, text)));
  };
  /* Starts compressing an answer on a worker thread, so a write's is ready once its pages are. */
  const warm = (key: string, text: string) => {
    if (text.length >= 1024) gzipOnce(key, text).catch(() => undefined);
  };
  return Object.assign(answer, { warm });
}

export function apiRoutes(options: ApiOptions) {
  const { store } = options;
  const api = new Hono<{ Variables: EditorVariables }>();
  const jsonText = createDataAnswers();
  const editor = signedIn(options);
  const limited = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: (c) => errorResponse(c, 413, `The body is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
  });

  async function answer(c: Context<{ Variables: EditorVariables }>, result: WriteResult) {
    if (!result.ok) return errorResponse(c, result.status, result.message, result.issues);
    const key = `${result.dataset.id}/${result.dataset.revision}`;
    jsonText.warm(key, result.text);
    // The revision is stored: publishing it is a service to readers, and its failure does not undo the write.
    if (!result.unchanged) await options.onCommit?.(result.dataset.id).catch((error: unknown) => console.error(error));
    return jsonText(c, key, result.text, `"${result.dataset.revision}"`);
  }

  const listing = (c: Context) => {
    const text = JSON.stringify({ datasets: store.list() });
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 16)}"`;
    return jsonText(c, etag, text, etag);
  };
  // `.json` names too: a site built without an API base reads the same data under those names.
  api.get('/datasets', listing);
  api.get('/datasets.json', listing);

  api.get('/datasets/:id/revisions', (c) => {
    const asked = readRevisionPageQuery(c.req.query('limit'), c.req.query('before'));
    if (!asked.ok) return errorResponse(c, 400, asked.message);
    const list = store.revisions(c.req.param('id'), asked.query);
    if (!list) return errorResponse(c, 404, `There is no dataset "${c.req.param('id')}"`);
    c.header('Cache-Control', 'no-cache');
    return c.json(list);
  });

  api.get('/datasets/:id/revisions/:n', async (c) => {
    const id = c.req.param('id');
    const n = c.req.param('n').replace(/\.json$/, '');
    const text = /^\d+$/.test(n) ? await store.revision(id, Number(n)) : undefined;
    if (text === undefined) return errorResponse(c, 404, `Dataset "${id}" has no revision ${n}`);
    // A revision never changes once written.
    return jsonText(c, `${id}/${n}`, text, `"${n}"`, 'public, max-age=31536000, immutable');
  });

  /*
   * The dataset and the part of it each page reads, from the current
   * revision. The whole dataset is its stored text; a part is cut once per
   * revision and kept while it is among the most recent ones asked for.
   */
  const parts = new Map<string, string>();
  api.get('/datasets/*', (c) => {
    const asked = readResourcePath(c.req.path.slice(c.req.path.indexOf('/datasets/') + '/datasets/'.length));
    if (!asked) return errorResponse(c, 404, `Nothing answers GET ${c.req.path}`);
    const found = store.get(asked.id);
    if (!found) return errorResponse(c, 404, `There is no dataset "${asked.id}"`);
    const { revision } = found.dataset;
    if (asked.ref.name === 'dataset') return jsonText(c, `${asked.id}/${revision}`, found.text, `"${revision}"`);
    const key = `${resourcePath(asked.id, asked.ref)}@${revision}`;
    let text = parts.get(key);
    if (text === undefined) {
      const part = cutResource(found.dataset, asked.ref);
      if (!part.ok) return errorResponse(c, 404, part.missing);
      text = JSON.stringify(part.body);
      parts.set(key, text);
      for (const old of [...parts.keys()].slice(0, -64)) parts.delete(old);
    }
    return jsonText(c, key, text, `"${revision}"`);
  });

  /* Who a token belongs to, so the Update screen can say who is signed in; 401 like a write otherwise. */
  api.get('/whoami', editor, (c) => {
    const body: Whoami = { editor: c.get('editor') };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  api.put('/datasets/:id', editor, limited, async (c) => {
    const revision = revisionFrom(c.req.header('If-Match'));
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    const parsed = parseJson(await c.req.text());
    if (!parsed.ok) return errorResponse(c, 400, notJsonMessage(parsed.issues[0]));
    return answer(c, await store.put(c.req.param('id'), parsed.data, revision, c.get('editor')));
  });

  api.post('/datasets/:id/updates', editor, limited, async (c) => {
    const revision = revisionFrom(c.req.header('If-Match'));
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    const text = await c.req.text();
    return answer(
      c,
      await store.update(c.req.param('id'), text, c.req.header('Content-Type') ?? null, revision, c.get('editor')),
    );
  });

  api.post('/datasets/:id/undo', editor, limited, async (c) => {
    const revision = revisionFrom(c.req.header('If-Match'));
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    return answer(c, await store.undo(c.req.param('id'), revision, c.get('editor')));
  });

  api.post('/datasets/:id/reset', editor, limited, async (c) => {
    const revision = revisionFrom(c.req.header('If-Match'));
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    return answer(c, await store.reset(c.req.param('id'), revision, c.get('editor')));
  });

  api.all('*', (c) => errorResponse(c, 404, `Nothing answers ${c.req.method} ${c.req.path}`));
  return api;
}
