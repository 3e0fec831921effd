import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RevisionSummary } from '../src/data/schema/schema';

/*
 * Each dataset is a folder of revisions, one file per accepted revision:
 * `<id>/revisions/<n>.json` holds the dataset, `<n>.meta.json` who made it and
 * what changed. Files are only ever added, each by writing a temporary file,
 * flushing it to disk and renaming it into place, so a crash at any moment
 * leaves every acknowledged revision whole. The dataset file is written last:
 * a revision exists once its dataset file does.
 */

/** What is kept beside each revision: the audit entry, and which revision an undo of it goes back to. */
export interface RevisionMeta extends RevisionSummary {
  undoTo: number | null;
}

/** Writes one file whole or not at all; tests pass one that fails as a full disk does. */
export type WriteWhole = (path: string, text: string) => Promise<void>;

let temporaryCount = 0;

async function syncFolder(path: string) {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const writeWhole: WriteWhole = async (path, text) => {
  const temporary = `${path}.${process.pid}-${++temporaryCount}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // The rename itself lives in the folder: flushing the folder makes it survive a power cut.
  await syncFolder(dirname(path));
};

export interface StoredDataset {
  id: string;
  /** Committed revision numbers, lowest first. */
  revisions: number[];
}

export function createRevisionFiles(dataDir: string, write: WriteWhole = writeWhole) {
  const folder = (id: string) => join(dataDir, id, 'revisions');
  const datasetFile = (id: string, n: number) => join(folder(id), `${n}.json`);
  const metaFile = (id: string, n: number) => join(folder(id), `${n}.meta.json`);

  return {
    /** Every dataset folder and its committed revisions; leftovers of interrupted writes are removed. */
    async scan(): Promise<StoredDataset[]> {
      await mkdir(dataDir, { recursive: true });
      const found: StoredDataset[] = [];
      for (const entry of await readdir(dataDir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        let names: string[];
        try {
          names = await readdir(folder(entry.name));
        } catch {
          continue;
        }
        for (const name of names.filter((n) => n.endsWith('.tmp'))) await unlink(join(folder(entry.name), name));
        const revisions = names
          .flatMap((name) => /^(\d+)\.json$/.exec(name)?.[1] ?? [])
          .map(Number)
          .sort((a, b) => a - b);
        if (revisions.length) found.push({ id: entry.name, revisions });
      }
      return found;
    },

    readDataset: (id: string, n: number) => readFile(datasetFile(id, n), 'utf8'),

    async readMeta(id: string, n: number): Promise<unknown> {
      try {
        return JSON.parse(await readFile(metaFile(id, n), 'utf8')) as unknown;
      } catch {
        return null;
      }
    },

    /* The audit entry first, then the dataset: a meta file without its dataset is an unfinished write, overwritten by the next. */
    async writeRevision(id: string, meta: RevisionMeta, text: string) {
      await mkdir(folder(id), { recursive: true });
      await write(metaFile(id, meta.revision), JSON.stringify(meta));
      await write(datasetFile(id, meta.revision), text);
    },
  };
}

export type RevisionFiles = ReturnType<typeof createRevisionFiles>;
