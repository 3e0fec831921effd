import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Dataset } from '../../src/data/schema/schema';
import { parseDataset } from '../../src/data/checks/validate';
import { createApp, type AppOptions } from '../../server/app';
import { openStore, type ServerStore, type StoreOptions } from '../../server/revision-store';
import { addToken, readTokens } from '../../server/tokens';

export const SEED_FILE = join(import.meta.dirname, '../../seeds/nagorno-karabakh-2023-09.json');

export async function readSeed(): Promise<Dataset> {
  const result = parseDataset(await readFile(SEED_FILE, 'utf8'));
  if (!result.ok) throw new Error('The seed is not valid');
  return result.data;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  token: string;
  store: ServerStore;
  close(): Promise<void>;
}

/* The real server in this process, on a free loopback port, over a fresh data folder with one editor's token. */
export async function startServer(
  options: { store?: Partial<StoreOptions>; app?: Partial<AppOptions> } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'server-data-'));
  const token = await addToken(join(dataDir, 'tokens.json'), 'Test Editor');
  const store = await openStore({ dataDir, seeds: [await readSeed()], ...options.store });
  const app = createApp({
    store,
    tokens: () => readTokens(join(dataDir, 'tokens.json')),
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    ...options.app,
  });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((done) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      done({ server, port: info.port }),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    token,
    store,
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Idle keep-alive connections would hold the server open.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
