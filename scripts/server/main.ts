import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serve } from '@hono/node-server';
import type { Dataset } from '../../src/data/schema';
import { describeIssue, parseDatasetFile } from '../../src/data/validate';
import { createApp } from './app';
import { openStore } from './store';
import { readTokens } from './tokens';

/*
 * `npm run serve`: the built site and the API on one port. PORT (default
 * 8080; 0 picks a free one), DATA_DIR (default ./data, filled from seeds/ on
 * first start), DIST_DIR (default ./dist), HOST (default 0.0.0.0).
 */

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));

async function readSeeds(folder: string): Promise<Dataset[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));
  const datasets: Dataset[] = [];
  for (const name of names) {
    const result = parseDatasetFile(await readFile(join(folder, name)));
    if (result.ok) datasets.push(result.data);
    else console.error(result.issues.map((issue) => `seeds/${name}: ${describeIssue(issue)}`).join('\n'));
  }
  return datasets;
}

const store = await openStore({ dataDir, seeds: await readSeeds(join(root, 'seeds')) });
const app = createApp({
  store,
  tokens: () => readTokens(join(dataDir, 'tokens.json')),
  dist,
  clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
});

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Serving ${dist} and the API on http://${host}:${info.port}/ with data in ${dataDir}`);
});
// A client gets 30 seconds to send its whole request, so slow senders cannot hold the server.
if ('requestTimeout' in server) {
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
