import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { seedsPlugin } from './build/seeds-plugin';
import { cspPlugin } from './build/csp-plugin';
import { hostingPlugin } from './build/hosting-plugin';
import { notFoundPlugin } from './build/not-found-plugin';
import { siteOrigin } from './site/sitemap';

export default defineConfig({
  plugins: [react(), seedsPlugin(), cspPlugin(), hostingPlugin(), notFoundPlugin()],
  server: { port: 5173, strictPort: false },
  // The site's address, for what the pages hand out to be used elsewhere (the embed code); read like the sitemap's.
  define: { 'import.meta.env.SITE_ORIGIN': JSON.stringify(siteOrigin(process.env.SITE_URL) ?? '') },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'mocks/**/*.test.ts',
            '{scripts,server,site,build}/**/*.test.ts',
            'test/integration/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
