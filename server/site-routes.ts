import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Hono, type Context } from 'hono';
import { CONTENT_TYPES, findSiteFile, siteRoot } from '../site/static-files';
import { createCompressedFiles } from './compressed-files';
import { fresh } from './http';

/*
 * The built site (`dist/`): its files as a static host serves them, each
 * gzipped once per version, and 404.html with status 404 for any address
 * that names none.
 */
export function siteRoutes(dist: string) {
  const root = siteRoot(dist);
  const compressed = createCompressedFiles();
  const site = new Hono();

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

  site.get('*', async (c) => {
    const pathname = new URL(c.req.url).pathname;
    return (
      (await serveFile(c, pathname, 200)) ??
      (await serveFile(c, '/404.html', 404)) ??
      c.text('Not found', 404, { 'Cache-Control': 'no-cache' })
    );
  });
  return site;
}
