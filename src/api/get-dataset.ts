import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { datasetKey } from './query-keys';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder, shownRevision } from './dataset-answer';

export function getDataset(id: string, signal?: AbortSignal, shown?: Dataset): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: datasetKey(id),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<Dataset>(queryKey);
      return refuseOlder(await getDataset(id, signal, shown), shown, `/datasets/${id}`);
    },
  });
}

export function useDataset(id: string) {
  return useQuery(datasetQueryOptions(id));
}

/*
 * For what needs every claim whatever part of the data a page holds (a
 * download): the whole dataset, from the cache when it is there.
 */
export function useLoadWholeDataset(id: string): () => Promise<Dataset> {
  const queryClient = useQueryClient();
  return () => queryClient.ensureQueryData(datasetQueryOptions(id));
}
