import { parseImport, type ImportResult } from '../../data/formats/import';
import type { Dataset } from '../../data/schema/schema';
import type { ImportJob } from './import-worker';

/* The whole result crosses from the worker, notices included, so a converted file says so whichever path checked it. */
export type ImportOutcome = ImportResult;

/* Above this size, reading and checking a file takes long enough to freeze the page, so a worker does it. */
export const WORKER_THRESHOLD_CHARS = 256 * 1024;

/**
 * Checks an imported text against the schema and the current data. The text
 * goes to parseImport as it is, whatever its format: parseImport tells a
 * dataset, an update and any other format it reads apart. Large
 * texts are checked in a worker so the page keeps responding; where workers
 * are missing or fail to start, the check runs here.
 */
export function checkImport(text: string, current: Dataset, now: string, fileName?: string): Promise<ImportOutcome> {
  if (text.length < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(parseImport(text, current, now, { fileName }));
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseImport(text, current, now, { fileName }));
    };
    const job: ImportJob = { text, current, now, fileName };
    worker.postMessage(job);
  });
}
