import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a built page loads before it can respond: its entry script
 * and the modules it preloads, as paths inside the site.
 */
export function firstScreenScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

/** The bytes those files take compressed with gzip, as a static host sends them. */
export async function gzipBytes(siteDir: string, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => gzipSync(await readFile(join(siteDir, file))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}
