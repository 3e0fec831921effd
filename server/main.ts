import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { loadRenderKit } from '../site/render-pages';
import { readSeeds } from '../site/seeds';
import { createApp } from './app';
import { requestAddress, trustedProxies } from './client-address';
import { createPublisher, type PublishReport } from './publish';
import { siteRoot } from '../site/static-files';
import { openStore } from './revision-store';
import { readTokens } from './tokens';

/*
 * `npm run serve`: the built site and the API on one port. PORT (default
 * 8080; 0 picks a free one), DATA_DIR (default ./data, filled from seeds/ on
 * first start), DIST_DIR (default ./dist), SSR_DIR (default ./dist-ssr: what
 * the build left to render pages with), HOST (default 0.0.0.0), TRUST_PROXY
 * (the number of reverse proxies in front, default none).
 */

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
const ssr = resolve(process.env.SSR_DIR ?? join(root, 'dist-ssr'));

const seeds = await readSeeds(join(root, 'seeds'));
if (seeds.problems.length) console.error(seeds.problems.join('\n'));
const store = await openStore({ dataDir, seeds: seeds.datasets });
// Without a built site there is nothing to keep current: only the API answers.
const hasSite = (await siteRoot(dist)) !== null;
const kit = hasSite ? await loadRenderKit(ssr) : null;
if (hasSite && !kit) console.error(`No render kit in ${ssr}: after a write the pages keep the figures of the build`);
const publisher = hasSite ? createPublisher({ dist, kit, current: store.get, list: store.list }) : null;
const PUBLISH_WAIT_MS = 10_000;
const published = (report: PublishReport | null) => {
  if (report)
    console.log(
      `Published ${report.id} revision ${report.revision}: ${report.pages} pages, ${report.files} files, ${report.removed} removed, in ${report.ms} ms`,
    );
};
const app = createApp({
  store,
  tokens: () => readTokens(join(dataDir, 'tokens.json')),
  dist,
  onCommit: (id) => {
    if (!publisher) return Promise.resolve();
    const done = publisher
      .publish(id)
      .then(published, (error: unknown) => console.error(`${id}: the pages could not be rendered again:`, error));
    // The editor's answer waits for the new pages, but not for a long render (a big dataset, a catch-up after start).
    return Promise.race([done, new Promise<void>((wait) => setTimeout(wait, PUBLISH_WAIT_MS).unref())]);
  },
  clientAddress: requestAddress(trustedProxies(process.env.TRUST_PROXY)),
});

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Serving ${dist} and the API on http://${host}:${info.port}/ with data in ${dataDir}`);
});
// A client gets 30 seconds to send its whole request, so slow senders cannot hold the server.
if ('requestTimeout' in server) {
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
}

// Pages older than the stored data (a failed render, a new build) are rendered again while the old ones are served.
publisher?.catchUp().then(
  (reports) => reports.forEach(published),
  (error: unknown) => console.error('The pages could not be rendered again:', error),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
