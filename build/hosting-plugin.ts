import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersFile } from '../site/headers';

export const MOCK_WORKER = 'mockServiceWorker.js';

/*
 * The mocked API's service worker sits in public/ for development; a
 * production build leaves it out unless it is the self-contained demo
 * (VITE_USE_MOCKS=true), so no page of a real site can register it.
 */
export function hostingPlugin(): Plugin {
  let apiBase: string | undefined;
  let mocks = false;
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'crisis-dashboard-hosting',
    apply: 'build',
    configResolved(config) {
      apiBase = config.env.VITE_API_BASE_URL as string | undefined;
      mocks = config.env.VITE_USE_MOCKS === 'true';
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    generateBundle() {
      if (!ssr) this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(apiBase) });
    },
    async closeBundle() {
      if (!ssr && !mocks) await rm(join(outDir, MOCK_WORKER), { force: true });
    },
  };
}
