import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp-plugin';
import { embedFrameAncestors, embedHeadersRule } from './embed-headers';

/*
 * What a host must send beside the files. A meta tag cannot carry
 * frame-ancestors, so only a real header stops the site being framed by
 * another; the others stop browsers guessing types and leaking full URLs.
 */
export function securityHeaders(apiBase: string | undefined): [string, string][] {
  return [
    ['Content-Security-Policy', `${contentSecurityPolicy(apiBase)}; frame-ancestors 'none'`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/* The `_headers` file that Netlify, Cloudflare Pages and similar static hosts read. Hashed assets never change. */
export function headersFile(apiBase: string | undefined, embedAncestors = embedFrameAncestors()): string {
  const all = securityHeaders(apiBase).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...all,
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '/api/*',
    '  Cache-Control: no-cache',
    '',
    embedHeadersRule(securityHeaders(apiBase), embedAncestors),
  ].join('\n');
}

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
