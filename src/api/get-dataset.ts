import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { ApiError, requestJson } from './client';

export const loadDatasetSchema = () => import('../data/dataset-schema').then((m) => m.datasetSchema);

/*
 * A valid dataset can still be the wrong answer: another dataset than the one
 * asked for, or a body that is not the revision its ETag names (a cache
 * mixing two answers). Either is refused like data that fails the schema.
 * Only an ETag in the API's own form ("<revision>") is compared: static hosts
 * send ETags of their own making.
 */
export function checkDatasetAnswer(id: string) {
  return (dataset: Dataset, response: Response): string | null => {
    if (dataset.id !== id) return `The server sent the dataset "${dataset.id}" when "${id}" was asked for`;
    const etag = response.headers.get('ETag');
    const revision = etag?.match(/^(?:W\/)?"(\d+)"$/)?.[1];
    if (revision !== undefined && revision !== String(dataset.revision)) {
      return `The server's ETag ${etag} does not match the revision ${dataset.revision} it sent`;
    }
    return null;
  };
}

export function getDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}`, loadDatasetSchema, { signal }, checkDatasetAnswer(id));
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['datasets', id],
    /*
     * Revisions only grow, so an answer older than the figures on screen is a
     * stale copy (a cache, a lagging replica): refused, and the newer figures
     * stay.
     */
    queryFn: async ({ signal, client, queryKey }) => {
      const dataset = await getDataset(id, signal);
      const shown = client.getQueryData<Dataset>(queryKey);
      if (shown && dataset.revision < shown.revision) {
        throw new ApiError(
          'invalid-data',
          `The server sent revision ${dataset.revision}, older than revision ${shown.revision} on screen; the newer figures stay`,
          `/datasets/${id}`,
        );
      }
      return dataset;
    },
  });
}

/*
 * A page rendered ahead of time carries only the part of the dataset it shows
 * (see data/slices). Until the whole dataset arrives, a page needing a figure
 * whose history the part lacks, or the whole dataset, waits as if loading.
 */
const slices = new WeakMap<Dataset, ReadonlySet<string>>();

export function markSlice(dataset: Dataset, wholeFigures: readonly string[]): void {
  slices.set(dataset, new Set(wholeFigures));
}

/** Whether `dataset` holds every claim of the figure: always, unless it is a page's slice without it. */
export function holdsFigure(dataset: Dataset, figureId: string): boolean {
  return slices.get(dataset)?.has(figureId) ?? true;
}

export function isWholeDataset(dataset: Dataset): boolean {
  return !slices.has(dataset);
}

export function useDataset(id: string) {
  return useQuery(datasetQueryOptions(id));
}

/*
 * For what needs every claim whatever the page holds (a download): the cached
 * dataset when it is whole, else a fresh fetch of it.
 */
export function useLoadWholeDataset(id: string): () => Promise<Dataset> {
  const queryClient = useQueryClient();
  return () => {
    const options = datasetQueryOptions(id);
    const cached = queryClient.getQueryData(options.queryKey);
    return cached && isWholeDataset(cached)
      ? Promise.resolve(cached)
      : queryClient.fetchQuery({ ...options, staleTime: 0 });
  };
}

/*
 * After a write the server answers with the new dataset: every page shows it
 * at once, and the dataset list (revision numbers) and the audit trail are
 * fetched again.
 */
export function useReceiveDataset(id: string) {
  const queryClient = useQueryClient();
  return (dataset: Dataset) => {
    queryClient.setQueryData(datasetQueryOptions(id).queryKey, dataset);
    void queryClient.invalidateQueries({ queryKey: ['datasets'], exact: true });
    void queryClient.invalidateQueries({ queryKey: ['datasets', id, 'revisions'] });
  };
}
