import { ApiError } from './client';

/* What every dataset answer, whole or a page's part, names: which dataset, and which revision it was cut from. */
interface Revisioned {
  id: string;
  revision: number;
}

export const loadDatasetSchema = () => import('../data/dataset-schema').then((m) => m.datasetSchema);

/*
 * A valid dataset can still be the wrong answer: another dataset than the one
 * asked for, or a body that is not the revision its ETag names (a cache
 * mixing two answers). Either is refused like data that fails the schema.
 * Only an ETag in the API's own form ("<revision>") is compared: static hosts
 * send ETags of their own making.
 */
export function checkDatasetAnswer(id: string) {
  return (dataset: Revisioned, response: Response): string | null => {
    if (dataset.id !== id) return `The server sent the dataset "${dataset.id}" when "${id}" was asked for`;
    const etag = response.headers.get('ETag');
    const revision = etag?.match(/^(?:W\/)?"(\d+)"$/)?.[1];
    if (revision !== undefined && revision !== String(dataset.revision)) {
      return `The server's ETag ${etag} does not match the revision ${dataset.revision} it sent`;
    }
    return null;
  };
}

/*
 * Revisions only grow, so an answer older than the figures on screen is a
 * stale copy (a cache, a lagging replica): refused, and the newer figures
 * stay. The same holds for the dataset and for each page's part of it.
 */
export function refuseOlder<T extends Revisioned>(fetched: T, shown: T | undefined, path: string): T {
  if (shown && fetched.revision < shown.revision) {
    throw new ApiError(
      'invalid-data',
      `The server sent revision ${fetched.revision}, older than revision ${shown.revision} on screen; the newer figures stay`,
      path,
    );
  }
  return fetched;
}
