import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';

export const loadDatasetSchema = () => import('../data/dataset-schema').then((m) => m.datasetSchema);

export function getDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}`, loadDatasetSchema, { signal });
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['datasets', id],
    queryFn: ({ signal }) => getDataset(id, signal),
  });
}

export function useDataset(id: string) {
  return useQuery(datasetQueryOptions(id));
}

/*
 * After a write the server answers with the new dataset: every page shows it
 * at once, and the dataset list (revision numbers) is fetched again.
 */
export function useReceiveDataset(id: string) {
  const queryClient = useQueryClient();
  return (dataset: Dataset) => {
    queryClient.setQueryData(datasetQueryOptions(id).queryKey, dataset);
    void queryClient.invalidateQueries({ queryKey: ['datasets'], exact: true });
  };
}
