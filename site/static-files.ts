import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/*
 * Which file of the built site answers a path, the way the static hosts of
 * the README do (`/name` is `name`, `name.html` or `name/index.html`), and
 * never one outside it: a path that decodes to `..`, a backslash or a NUL is
 * refused outright, and a file is served only if its real path, symlinks
 * followed, lies inside the site's real folder.
 */

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
  /** Another inode means another file, even at the same size and time. */
  ino: number;
}

export async function siteRoot(dist: string): Promise<string | null> {
  try {
    return await realpath(dist);
  } catch {
    return null;
  }
}

async function inside(root: string, candidate: string): Promise<FoundFile | null> {
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : null;
  } catch {
    return null;
  }
}

export async function findSiteFile(root: string, rawPathname: string): Promise<FoundFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const path = join(root, ...segments);
  const candidates = decoded.endsWith('/')
    ? [join(path, 'index.html')]
    : [path, `${path}.html`, join(path, 'index.html')];
  for (const candidate of candidates) {
    const file = await inside(root, candidate);
    if (file) return file;
  }
  return null;
}
