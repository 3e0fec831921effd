import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Dataset, ErrorBody, Whoami } from '../src/data/schema/schema';
import { dashboardSlice, figureSlice, otherFiguresSlice } from '../src/data/resources/slices';
import { sourcesSlice, type SourcesSlice } from '../src/data/resources/sources-slice';
import { MAX_IMPORT_BYTES, notJsonMessage } from '../src/data/formats/import';
import { readRevisionPageQuery } from '../src/data/resources/revisions';
import { parseJson, type ValidationIssue } from '../src/data/checks/validate';
import { embedFrameAncestors, embedSecurityHeaders, securityHeaders } from '../site/headers';
import { isEmbedPath } from '../src/data/words/embed';
import { createCompressedFiles } from './compressed-files';
import { CONTENT_TYPES, findSiteFile, siteRoot } from '../site/static-files';
import type { ServerStore, WriteResult } from './revision-store';
import { createFailureLimiter, editorOf, type TokenEntry } from './tokens';

/*
 * The API of the README over the server's store, and the built site beside
 * it, on one origin. Reads are public; every write names its editor by a
 * bearer token. Kept apart from the listening process, so tests run it in
 * the same process or as a child.
 */

export interface AppOptions {
  store: ServerStore;
  /** The editors' tokens, read at every check so a revoked token stops at once. */
  tokens: () => Promise<TokenEntry[]>;
  /** The built site (`dist/`); without one, only the API answers. */
  dist?: string;
  /** The client's address, for the limit on failed sign-ins. */
  clientAddress?: (c: Context) => string;
  maxFailures?: number;
  now?: () => number;
  /** The sites that may frame the embeds (`*` by default; see site/headers.ts). */
  embedFrameAncestors?: string;
  /** Called after each accepted write, with the stored dataset, to publish it. */
  onCommit?: (id: string) => Promise<void>;
}

type Variables = { editor: string };

const MISSING_REVISION = 'Send If-Match with the revision your change is based on';

function errorResponse(c: Context, status: ContentfulStatusCode, message: string, issues?: ValidationIssue[]) {
  const body: ErrorBody = {
    error: issues?.length ? { message, issues: issues.map(({ path, message }) => ({ path, message })) } : { message },
  };
  return c.json(body, status);
}

function revisionFrom(c: Context): number | null {
  const raw = c.req.header('If-Match')?.replace(/^W\//, '').replace(/"/g, '').trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

/* An ETag matches when If-None-Match names it, weak or strong, or is `*`. */
function fresh(c: Context, etag: string): boolean {
  const header = c.req.header('If-None-Match');
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
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

export function createApp(options: AppOptions) {
  const { store } = options;
  const limiter = createFailureLimiter({ max: options.maxFailures ?? 10, now: options.now });
  const root = options.dist ? siteRoot(options.dist) : Promise.resolve(null);
  const app = new Hono<{ Variables: Variables }>();
  const headers = securityHeaders(undefined);
  const embedHeaders = embedSecurityHeaders(headers, options.embedFrameAncestors ?? embedFrameAncestors());
  const jsonText = createDataAnswers();
  const compressed = createCompressedFiles();

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of isEmbedPath(c.req.path) ? embedHeaders : headers) c.res.headers.set(name, value);
  });
  app.use(compress());

  /* Every write names its editor; guessing is cut short per client address. */
  const signedIn: MiddlewareHandler<{ Variables: Variables }> = async (c, next) => {
    const address = options.clientAddress?.(c) ?? 'unknown';
    if (limiter.blocked(address)) {
      c.header('Retry-After', '60');
      return errorResponse(c, 429, 'Too many failed sign-ins from this address; try again in a minute');
    }
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    c.header('WWW-Authenticate', 'Bearer');
    if (!token) return errorResponse(c, 401, 'Sign in: send Authorization: Bearer <your token>');
    const editor = editorOf(await options.tokens(), token);
    if (!editor) {
      limiter.fail(address);
      return errorResponse(c, 401, 'This token is not valid (it may have been revoked)');
    }
    c.res.headers.delete('WWW-Authenticate');
    c.set('editor', editor);
    await next();
  };

  const limited = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: (c) => errorResponse(c, 413, `The body is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
  });

  async function answer(c: Context<{ Variables: Variables }>, result: WriteResult) {
    if (!result.ok) return errorResponse(c, result.status, result.message, result.issues);
    const key = `${result.dataset.id}/${result.dataset.revision}`;
    jsonText.warm(key, result.text);
    // The revision is stored: publishing it is a service to readers, and its failure does not undo the write.
    if (!result.unchanged) await options.onCommit?.(result.dataset.id).catch((error: unknown) => console.error(error));
    return jsonText(c, key, result.text, `"${result.dataset.revision}"`);
  }

  /* `:id` may carry `.json`: a site built without an API base reads the same data under those names. */
  const idOf = (c: Context) => c.req.param('id')?.replace(/\.json$/, '') ?? '';

  app.get('/api/v1/datasets', (c) => listing(c));
  app.get('/api/v1/datasets.json', (c) => listing(c));
  function listing(c: Context) {
    const text = JSON.stringify({ datasets: store.list() });
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 16)}"`;
    return jsonText(c, etag, text, etag);
  }

  app.get('/api/v1/datasets/:id', (c) => {
    const id = idOf(c);
    const found = store.get(id);
    if (!found) return errorResponse(c, 404, `There is no dataset "${id}"`);
    return jsonText(c, `${id}/${found.dataset.revision}`, found.text, `"${found.dataset.revision}"`);
  });

  /*
   * The part of the current revision one page reads, cut once per revision
   * and kept for the few most recent parts asked for. `cut` answers a string
   * when the part does not exist: the message of the 404.
   */
  const parts = new Map<string, string>();
  function part(c: Context, id: string, name: string, cut: (dataset: Dataset) => Dataset | SourcesSlice | string) {
    const found = store.get(id);
    if (!found) return errorResponse(c, 404, `There is no dataset "${id}"`);
    const { revision } = found.dataset;
    const key = `${id}/${revision}/${name}`;
    let text = parts.get(key);
    if (text === undefined) {
      const shown = cut(found.dataset);
      if (typeof shown === 'string') return errorResponse(c, 404, shown);
      text = JSON.stringify(shown);
      parts.set(key, text);
      for (const old of [...parts.keys()].slice(0, -64)) parts.delete(old);
    }
    return jsonText(c, key, text, `"${revision}"`);
  }

  const dashboard = (c: Context) => part(c, idOf(c), 'dashboard', (d) => dashboardSlice(d).dataset);
  app.get('/api/v1/datasets/:id/dashboard', dashboard);
  app.get('/api/v1/datasets/:id/dashboard.json', dashboard);

  const sources = (c: Context) => part(c, idOf(c), 'sources', sourcesSlice);
  app.get('/api/v1/datasets/:id/sources', sources);
  app.get('/api/v1/datasets/:id/sources.json', sources);

  app.get('/api/v1/datasets/:id/other-figures/:page', (c) => {
    const page = c.req.param('page').replace(/\.json$/, '');
    return part(
      c,
      idOf(c),
      `other-figures/${page}`,
      (d) =>
        (/^\d+$/.test(page) && otherFiguresSlice(d, Number(page))?.dataset) ||
        `There is no page ${page} of other figures in this dataset`,
    );
  });

  app.get('/api/v1/datasets/:id/figures/:figureId', (c) => {
    const figureId = c.req.param('figureId').replace(/\.json$/, '');
    return part(c, idOf(c), `figures/${figureId}`, (d) =>
      d.figures.some((f) => f.id === figureId)
        ? figureSlice(d, figureId).dataset
        : `There is no figure "${figureId}" in this dataset`,
    );
  });

  app.get('/api/v1/datasets/:id/revisions', (c) => {
    const asked = readRevisionPageQuery(c.req.query('limit'), c.req.query('before'));
    if (!asked.ok) return errorResponse(c, 400, asked.message);
    const list = store.revisions(c.req.param('id'), asked.query);
    if (!list) return errorResponse(c, 404, `There is no dataset "${c.req.param('id')}"`);
    c.header('Cache-Control', 'no-cache');
    return c.json(list);
  });

  app.get('/api/v1/datasets/:id/revisions/:n', async (c) => {
    const id = c.req.param('id');
    // `.json`, as a site built without an API base asks for it.
    const n = c.req.param('n').replace(/\.json$/, '');
    const text = /^\d+$/.test(n) ? await store.revision(id, Number(n)) : undefined;
    if (text === undefined) return errorResponse(c, 404, `Dataset "${id}" has no revision ${n}`);
    // A revision never changes once written.
    return jsonText(c, `${id}/${n}`, text, `"${n}"`, 'public, max-age=31536000, immutable');
  });

  /* Who a token belongs to, so the Update screen can say who is signed in; 401 like a write otherwise. */
  app.get('/api/v1/whoami', signedIn, (c) => {
    const body: Whoami = { editor: c.get('editor') };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  app.put('/api/v1/datasets/:id', signedIn, limited, async (c) => {
    const revision = revisionFrom(c);
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    const parsed = parseJson(await c.req.text());
    if (!parsed.ok) return errorResponse(c, 400, notJsonMessage(parsed.issues[0]));
    return answer(c, await store.put(c.req.param('id'), parsed.data, revision, c.get('editor')));
  });

  app.post('/api/v1/datasets/:id/updates', signedIn, limited, async (c) => {
    const revision = revisionFrom(c);
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    const text = await c.req.text();
    return answer(
      c,
      await store.update(c.req.param('id'), text, c.req.header('Content-Type') ?? null, revision, c.get('editor')),
    );
  });

  app.post('/api/v1/datasets/:id/undo', signedIn, limited, async (c) => {
    const revision = revisionFrom(c);
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    return answer(c, await store.undo(c.req.param('id'), revision, c.get('editor')));
  });

  app.post('/api/v1/datasets/:id/reset', signedIn, limited, async (c) => {
    const revision = revisionFrom(c);
    if (revision === null) return errorResponse(c, 428, MISSING_REVISION);
    return answer(c, await store.reset(c.req.param('id'), revision, c.get('editor')));
  });

  app.all('/api/*', (c) => errorResponse(c, 404, `Nothing answers ${c.req.method} ${c.req.path}`));

  async function serveFile(c: Context, pathname: string, status: 200 | 404) {
    const base = await root;
    const file = base && (await findSiteFile(base, pathname));
    if (!file) return null;
    const etag = `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
    c.header(
      'Cache-Control',
      status === 200 && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    c.header('ETag', etag);
    if (status === 200 && fresh(c, etag)) return c.body(null, 304);
    c.header('Content-Type', CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream');
    const gzipped = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '') ? await compressed(file) : null;
    if (!gzipped) return c.body(await readFile(file.path), status);
    c.header('Vary', 'Accept-Encoding');
    c.header('Content-Encoding', 'gzip');
    return c.body(gzipped, status);
  }

  app.get('*', async (c) => {
    const pathname = new URL(c.req.url).pathname;
    return (
      (await serveFile(c, pathname, 200)) ??
      (await serveFile(c, '/404.html', 404)) ??
      c.text('Not found', 404, { 'Cache-Control': 'no-cache' })
    );
  });

  app.onError((error, c) => {
    console.error(error);
    return errorResponse(c, 500, 'The server failed to answer; nothing was changed');
  });

  return app;
}
