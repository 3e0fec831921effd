import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { ApiError, requestJson } from './client';
import { loadDatasetSchema } from './dataset-answer';
import { revisionKey } from './query-keys';

/** The dataset as it was at revision `n`. */
export function getRevision(id: string, n: number, signal?: AbortSignal): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}/revisions/${n}`, loadDatasetSchema, { signal }, (dataset) =>
    dataset.id !== id || dataset.revision !== n ? `The server sent another revision than ${n} of "${id}"` : null,
  );
}

/* A revision never changes once written, so one fetched is kept for good. */
export function revisionQueryOptions(id: string, n: number) {
  return queryOptions({
    queryKey: revisionKey(id, n),
    queryFn: ({ signal }) => getRevision(id, n, signal),
    staleTime: Infinity,
  });
}

/** Fetches one revision on demand, as for a download. */
export function useFetchRevision(id: string) {
  const queryClient = useQueryClient();
  return (n: number) => queryClient.fetchQuery(revisionQueryOptions(id, n));
}

/**
 * Revision `n`, and whether the API said there is none. A static host
 * answers 404 with its own page, not JSON: the status is what says so.
 */
export function useRevision(id: string, n: number) {
  const query = useQuery(revisionQueryOptions(id, n));
  const missing = query.data === undefined && query.error instanceof ApiError && query.error.status === 404;
  return { query, missing };
}
