import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findSiteFile, siteRoot } from '../site/static-files';

/*
 * `vite preview` answers every unknown address with index.html and 200, as
 * for an app that routes in the browser. The built site has a page of its
 * own for those (404.html), and a host should say 404 with it, as the
 * server and the README's host settings do; so does the preview, with the
 * same rule as the server for which file answers a path.
 */
export function notFoundPlugin(): Plugin {
  return {
    name: 'crisis-dashboard-not-found',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        void (async () => {
          const root = await siteRoot(dist);
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          if (!root || (await findSiteFile(root, pathname))) return next();
          const page = await findSiteFile(root, '/404.html');
          if (!page) return next();
          response.statusCode = 404;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(request.method === 'HEAD' ? undefined : await readFile(page.path));
        })().catch(next);
      });
    },
  };
}
