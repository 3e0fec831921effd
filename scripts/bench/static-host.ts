import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, CONTENT_TYPES, findSiteFile, siteRoot } from '../../site/static-files';

/*
 * Serves a built site the way a plain static host does: files as they are,
 * text compressed with gzip, `/name` answered by `name.html` or
 * `name/index.html`, and 404.html for anything else. Used by the benchmark
 * and the tests of the production build.
 */

export async function serveStatic(dist: string, { gzip = true } = {}): Promise<{ server: Server; url: string }> {
  const root = await siteRoot(dist);
  if (!root) throw new Error(`There is no site to serve at ${dist}`);
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const file = (await findSiteFile(root, pathname))?.path;
      const target = file ?? (await findSiteFile(root, '/404.html'))?.path;
      if (!target) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = extname(target);
      let body = await readFile(target);
      const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream' };
      if (gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(file ? 200 : 404, headers).end(body);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server did not start');
  return { server, url: `http://127.0.0.1:${address.port}` };
}
