import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { isEmbedPath } from '../src/data/words/embed';
import { embedFrameAncestors, embedSecurityHeaders, securityHeaders } from '../site/headers';
import { apiRoutes, type ApiOptions } from './api-routes';
import { errorResponse } from './http';
import { siteRoutes } from './site-routes';

/*
 * The server's whole answer: the API (api-routes.ts) and the built site
 * (site-routes.ts) on one origin, every answer with the site's security
 * headers (the embeds' let other sites frame them). Kept apart from the
 * listening process, so tests run it in the same process or as a child.
 */

export interface AppOptions extends ApiOptions {
  /** The built site (`dist/`); without one, only the API answers. */
  dist?: string;
  /** The sites that may frame the embeds (`*` by default; see site/headers.ts). */
  embedFrameAncestors?: string;
}

export function createApp(options: AppOptions) {
  const app = new Hono();
  const headers = securityHeaders(undefined);
  const embedHeaders = embedSecurityHeaders(headers, options.embedFrameAncestors ?? embedFrameAncestors());

  app.use(async (c, next) => {
    await next();
    for (const [name, value] of isEmbedPath(c.req.path) ? embedHeaders : headers) c.res.headers.set(name, value);
  });
  app.use(compress());
  app.route('/api/v1', apiRoutes(options));
  app.all('/api/*', (c) => errorResponse(c, 404, `Nothing answers ${c.req.method} ${c.req.path}`));
  if (options.dist) app.route('/', siteRoutes(options.dist));
  else app.all('*', (c) => c.text('Not found', 404, { 'Cache-Control': 'no-cache' }));

  app.onError((error, c) => {
    console.error(error);
    return errorResponse(c, 500, 'The server failed to answer; nothing was changed');
  });
  return app;
}
