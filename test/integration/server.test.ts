// @vitest-environment node
import { mkdir, mkdtemp, rename as renameFile, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema, revisionListSchema } from '../../src/data/schema/schema';
import { dashboardSchema, datasetSchema } from '../../src/data/ledger/dataset-schema';
import { server as mockServer } from '../../mocks/node';
import { requestAddress } from '../../server/client-address';
import { revokeTokens } from '../../server/tokens';
import { startServer, type RunningServer } from './server-harness';

/* The parts of the real server the mocked API has no counterpart for: tokens, the audit trail, the site, headers. */

const ID = 'nagorno-karabakh-2023-09';
const SECRET = 'outside the site: never served';

// These requests go to the real server only.
beforeAll(() => mockServer.close());

/* A request sent byte for byte, so paths reach the server unnormalised. */
function rawGet(url: string, path: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('end', () => done({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]), text }));
    socket.on('error', fail);
  });
}

describe('server', () => {
  let site: string;
  let running: RunningServer;

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'server-site-'));
    const dist = join(site, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), `<!doctype html><title>Dashboard</title>${'<p>figure</p>'.repeat(200)}`);
    await writeFile(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
    await writeFile(join(dist, 'assets/app-1234.js'), 'console.log(1);');
    await mkdir(join(dist, 'embed/figures'), { recursive: true });
    await writeFile(join(dist, 'embed/figures/a.html'), '<!doctype html><title>A figure</title>');
    await writeFile(join(site, 'secret.html'), SECRET);
    await symlink(join(site, 'secret.html'), join(dist, 'leak.html'));
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  beforeEach(async () => {
    running = await startServer({ app: { dist: join(site, 'dist'), maxFailures: 3 } });
  });
  afterEach(() => running.close());

  const url = (path = '') => `${running.url}/api/v1/datasets/${ID}${path}`;
  const write = (path: string, options: { token?: string; revision?: number; body?: string } = {}) =>
    fetch(url(path), {
      method: path === '' ? 'PUT' : 'POST',
      body: options.body,
      headers: {
        ...(options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }),
        ...(options.revision === undefined ? {} : { 'If-Match': `"${options.revision}"` }),
      },
    });
  const current = async () => datasetSchema.parse(await (await fetch(url())).json());
  const rename = async (title: string, revision: number) =>
    write('', { token: running.token, revision, body: JSON.stringify({ ...(await current()), title }) });

  describe('writes', () => {
    it('need a valid token: 401 with the error body otherwise, and nothing changes', async () => {
      const body = JSON.stringify({ ...(await current()), title: 'Nobody' });
      for (const token of [undefined, 'not-a-token']) {
        const response = await write('', { token, revision: 1, body });
        expect(response.status).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
        expect(errorBodySchema.parse(await response.json()).error.message).toMatch(/token|Sign in/);
      }
      expect((await write('/undo', { revision: 1 })).status).toBe(401);
      expect((await write('/reset', { revision: 1 })).status).toBe(401);
      expect((await write('/updates', { revision: 1, body: '{}' })).status).toBe(401);
      expect((await current()).revision).toBe(1);
    });

    it('stop working once the token is revoked', async () => {
      expect((await rename('Before', 1)).status).toBe(200);
      await revokeTokens(join(running.dataDir, 'tokens.json'), 'Test Editor');
      expect((await rename('After', 2)).status).toBe(401);
    });

    it('answer 429 after too many wrong tokens from one address, even to a right one', async () => {
      for (let i = 0; i < 3; i++) expect((await write('/undo', { token: `guess-${i}`, revision: 1 })).status).toBe(401);
      const blocked = await write('/undo', { token: running.token, revision: 1 });
      expect(blocked.status).toBe(429);
      expect(errorBodySchema.parse(await blocked.json()).error.message).toMatch(/Too many/);
    });

    it('behind a trusted proxy, count wrong tokens per forwarded client, whatever a client forges to the left', async () => {
      const proxied = await startServer({ app: { maxFailures: 3, clientAddress: requestAddress(1) } });
      const whoami = (forwardedFor: string, token: string) =>
        fetch(`${proxied.url}/api/v1/whoami`, {
          headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': forwardedFor },
        });
      try {
        for (let i = 0; i < 3; i++) expect((await whoami(`10.0.0.${i}, 203.0.113.9`, `guess-${i}`)).status).toBe(401);
        expect((await whoami('198.51.100.7, 203.0.113.9', proxied.token)).status).toBe(429);
        expect((await whoami('203.0.113.10', proxied.token)).status).toBe(200);
      } finally {
        await proxied.close();
      }
    });

    it('say who is signed in only for a valid token, never to be cached', async () => {
      const whoami = (token?: string) =>
        fetch(`${running.url}/api/v1/whoami`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      const ok = await whoami(running.token);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('Cache-Control')).toBe('no-store');
      expect(await ok.json()).toEqual({ editor: 'Test Editor' });
      for (const token of [undefined, 'not-a-token']) {
        const refused = await whoami(token);
        expect(refused.status).toBe(401);
        expect(errorBodySchema.parse(await refused.json()).error.message).toMatch(/token|Sign in/);
      }
    });

    it('refuse a body over 10 MB with 413', async () => {
      const response = await write('', { token: running.token, revision: 1, body: 'x'.repeat(10 * 1024 * 1024 + 1) });
      expect(response.status).toBe(413);
      expect(errorBodySchema.parse(await response.json()).error.message).toMatch(/10 MB/);
    });
  });

  describe('audit trail', () => {
    it('lists every revision newest first with editor, time and what changed, a page at a time', async () => {
      await rename('One', 1);
      await rename('Two', 2);
      await write('/undo', { token: running.token, revision: 3 });
      const first = revisionListSchema.parse(await (await fetch(url('/revisions?limit=2'))).json());
      expect(first.revisions.map((r) => [r.revision, r.action, r.editor])).toEqual([
        [4, 'undo', 'Test Editor'],
        [3, 'put', 'Test Editor'],
      ]);
      expect(first.next).toBe(3);
      const rest = revisionListSchema.parse(await (await fetch(url(`/revisions?limit=2&before=${first.next}`))).json());
      expect(rest.revisions.map((r) => [r.revision, r.action, r.editor])).toEqual([
        [2, 'put', 'Test Editor'],
        [1, 'seed', 'seed'],
      ]);
      expect(rest.next).toBeUndefined();
      expect(rest.revisions[1]?.changes.figures.added).toBe((await current()).figures.length);
      expect(Date.parse(first.revisions[0]!.at)).not.toBeNaN();
      expect((await fetch(url('/revisions?limit=0'))).status).toBe(400);
    });

    it('counts the claims, sources and figures an update adds', async () => {
      const csv = `figure,value,date,claimed_by,url\npopulation-under-blockade,99000,2023-09-21,New Witness,https://example.org/w\n`;
      const response = await fetch(url('/updates'), {
        method: 'POST',
        body: csv,
        headers: { Authorization: `Bearer ${running.token}`, 'If-Match': '"1"', 'Content-Type': 'text/csv' },
      });
      expect(response.status).toBe(200);
      const [entry] = revisionListSchema.parse(await (await fetch(url('/revisions'))).json()).revisions;
      expect(entry).toMatchObject({ revision: 2, action: 'update' });
      expect(entry?.changes).toMatchObject({
        claims: { added: 1 },
        sources: { added: 1 },
        citations: { added: 1 },
        // The population figure, and the blockade's duration, which runs to the dataset's date that moved.
        figures: { added: 0, changed: 2 },
      });
    });

    it('serves each revision as it was, for good', async () => {
      await rename('One', 1);
      await rename('Two', 2);
      const response = await fetch(url('/revisions/2'));
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toMatch(/immutable/);
      expect(datasetSchema.parse(await response.json())).toMatchObject({ revision: 2, title: 'One' });
      const asFile = await fetch(url('/revisions/2.json'));
      expect(datasetSchema.parse(await asFile.json())).toMatchObject({ revision: 2, title: 'One' });
      expect((await fetch(url('/revisions/9'))).status).toBe(404);
      expect((await fetch(url('/revisions/x'))).status).toBe(404);
      expect((await fetch(`${running.url}/api/v1/datasets/nowhere/revisions`)).status).toBe(404);
    });
  });

  describe('site and headers', () => {
    it('sends the security headers with pages and data', async () => {
      for (const path of ['/', '/api/v1/datasets', '/nowhere']) {
        const response = await fetch(`${running.url}${path}`);
        expect(response.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      }
    });

    it('lets other sites frame the embeds, and nothing else', async () => {
      const embed = await fetch(`${running.url}/embed/figures/a`);
      expect(embed.status).toBe(200);
      const policy = embed.headers.get('Content-Security-Policy');
      expect(policy).toMatch(/; frame-ancestors \*$/);
      expect(policy).toContain("script-src 'self'");
      for (const path of ['/figures/a', '/embedded', '/api/v1/embed/figures/a']) {
        const response = await fetch(`${running.url}${path}`);
        expect(response.headers.get('Content-Security-Policy'), path).toMatch(/frame-ancestors 'none'$/);
      }
    });

    it('lets only the sites it is given frame the embeds', async () => {
      const limited = await startServer({
        app: { dist: join(site, 'dist'), embedFrameAncestors: 'https://news.example.org' },
      });
      try {
        const embed = await fetch(`${limited.url}/embed/figures/a`);
        expect(embed.headers.get('Content-Security-Policy')).toMatch(/; frame-ancestors https:\/\/news\.example\.org$/);
      } finally {
        await limited.close();
      }
    });

    it('keeps hashed assets for a year and revalidates pages and data with their ETag', async () => {
      const asset = await fetch(`${running.url}/assets/app-1234.js`);
      expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      for (const path of ['/', `/api/v1/datasets/${ID}`]) {
        const first = await fetch(`${running.url}${path}`);
        expect(first.headers.get('Cache-Control')).toBe('no-cache');
        const etag = first.headers.get('ETag');
        expect(etag).toBeTruthy();
        const again = await fetch(`${running.url}${path}`, { headers: { 'If-None-Match': etag! } });
        expect(again.status).toBe(304);
      }
    });

    it('compresses pages and data with gzip', async () => {
      for (const path of ['/', `/api/v1/datasets/${ID}`]) {
        const response = await rawGetGzip(`${running.url}${path}`);
        expect(response.encoding).toBe('gzip');
        expect(response.text.length).toBeGreaterThan(1000);
      }
    });

    it('serves a page published while it runs, never the compressed copy of the one before', async () => {
      const dist = join(site, 'dist');
      for (const word of ['first', 'second']) {
        // Written beside it and renamed over it, as publishing does; the same size each time.
        await writeFile(join(dist, 'page.tmp'), `<!doctype html><title>${word}</title>${`<p>${word}</p>`.repeat(200)}`);
        await renameFile(join(dist, 'page.tmp'), join(dist, 'page.html'));
        const response = await rawGetGzip(`${running.url}/page`);
        expect(response.encoding).toBe('gzip');
        expect(response.text).toContain(`<title>${word}</title>`);
      }
    });

    it('answers the API JSON file names of a static build with the live data', async () => {
      await rename('Live', 1);
      for (const path of [`${ID}.json`, `${ID}/dashboard.json`, `${ID}/figures/casualties-19-september.json`]) {
        const response = await fetch(`${running.url}/api/v1/datasets/${path}`);
        const schema = path.endsWith('dashboard.json') ? dashboardSchema : datasetSchema;
        expect(schema.parse(await response.json()).title, path).toBe('Live');
      }
    });

    it('serves nothing outside the site: dot segments, encoded slashes, symlinks', async () => {
      for (const path of [
        '/../secret.html',
        '/%2e%2e/secret.html',
        '/%2E%2E%2Fsecret.html',
        '/assets%2f..%2f..%2fsecret.html',
        '/assets/..%5c..%5csecret.html',
        '/leak.html',
        '/leak',
        '/%00',
      ]) {
        const response = await rawGet(running.url, path);
        expect(response.text, path).not.toContain(SECRET);
        expect([400, 404], path).toContain(response.status);
      }
      expect((await rawGet(running.url, '/')).status).toBe(200);
    });

    it('answers unknown API paths with the JSON error body', async () => {
      const response = await fetch(`${running.url}/api/v1/nothing`);
      expect(response.status).toBe(404);
      expect(errorBodySchema.parse(await response.json()).error.message).toMatch(/Nothing answers/);
    });

    it('answers an unknown page with the site’s 404.html and status 404', async () => {
      const response = await fetch(`${running.url}/nope`);
      expect(response.status).toBe(404);
      await expect(response.text()).resolves.toBe('<!doctype html><title>Not found</title>');
    });
  });
});

/* fetch decompresses by itself and hides the encoding, so this asks and inflates by hand. */
async function rawGetGzip(url: string): Promise<{ encoding: string | null; text: string }> {
  const { request } = await import('node:http');
  return new Promise((done, fail) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'] ?? null;
        done({ encoding, text: (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8') });
      });
    })
      .on('error', fail)
      .end();
  });
}
