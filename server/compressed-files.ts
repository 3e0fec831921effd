import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { COMPRESSIBLE, type FoundFile } from '../site/static-files';

/*
 * The built site's text files, gzipped once per version of each file rather
 * than on every request: a page is read far more often than it is written.
 * A version is the file's inode, size and modification time. Publishing
 * renames a new file over the old one, which gives it another inode, so a
 * copy is never served for a file that has since been replaced. The copies
 * used least recently go once their total passes `maxBytes`.
 */

const gzipBytes = promisify(gzip);

/* Below this a page fits in one packet either way, and the compress middleware handles it. */
const SMALLEST = 1024;

interface Entry {
  version: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export function createCompressedFiles(maxBytes = 32 * 1024 * 1024) {
  const entries = new Map<string, Entry>();
  let total = 0;

  function forget(path: string) {
    const entry = entries.get(path);
    if (!entry) return;
    total -= entry.bytes.byteLength;
    entries.delete(path);
  }

  /** The file gzipped, or null when it is not text worth compressing. */
  return async function compressed(file: FoundFile): Promise<Uint8Array<ArrayBuffer> | null> {
    if (file.size < SMALLEST || !COMPRESSIBLE.has(extname(file.path))) return null;
    const version = `${file.ino}:${file.size}:${file.mtimeMs}`;
    const found = entries.get(file.path);
    if (found?.version === version) {
      // Moved to the end: the map's order is the order of last use.
      entries.delete(file.path);
      entries.set(file.path, found);
      return found.bytes;
    }
    const bytes = new Uint8Array(await gzipBytes(await readFile(file.path)));
    forget(file.path);
    if (bytes.byteLength <= maxBytes / 8) {
      entries.set(file.path, { version, bytes });
      total += bytes.byteLength;
      for (const path of entries.keys()) {
        if (total <= maxBytes) break;
        forget(path);
      }
    }
    return bytes;
  };
}
