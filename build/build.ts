import { join, resolve } from 'node:path';
import { buildSite } from './build-site';

/* `npm run build`, after the typecheck: the static site in dist/. */
const root = resolve(import.meta.dirname, '..');
await buildSite({ outDir: join(root, 'dist'), ssrDir: join(root, 'dist-ssr') });
