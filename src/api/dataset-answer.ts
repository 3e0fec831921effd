import { etagRevision, isRevisionShown, type Revisioned } from './same-answer';
import { ApiError, type Shown } from './client';

export const loadDatasetSchema = () => import('../data/ledger/dataset-schema').then((m) => m.datasetSchema);
export const loadDashboardSchema = () => import('../data/ledger/dataset-schema').then((m) => m.dashboardSchema);

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
    const revision = etagRevision(etag);
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

/* The dataset or part on screen, kept when the answer is the same revision of it (see same-answer). */
export function shownRevision<T extends Revisioned>(shown: T | undefined): Shown<T> | undefined {
  return (
    shown && { data: shown, isSame: (body, response) => isRevisionShown(body, shown, response.headers.get('ETag')) }
  );
}
