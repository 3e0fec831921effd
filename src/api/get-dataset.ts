import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder, shownRevision } from './dataset-answer';
import { dashboardQueryOptions } from './get-dashboard';
import { figureQueryOptions } from './get-figure';
import { dashboardSlice, figureSlice } from '../data/slices';

export function getDataset(id: string, signal?: AbortSignal, shown?: Dataset): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['datasets', id],
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

/*
 * After a write the server answers with the new dataset: every page shows it
 * at once (each page's part of it is cut from it here), and the dataset list
 * (revision numbers) and the audit trail are fetched again.
 */
export function useReceiveDataset(id: string) {
  const queryClient = useQueryClient();
  return (dataset: Dataset) => {
    queryClient.setQueryData(datasetQueryOptions(id).queryKey, dataset);
    queryClient.setQueryData(dashboardQueryOptions(id).queryKey, dashboardSlice(dataset).dataset);
    for (const query of queryClient.getQueryCache().findAll({ queryKey: ['datasets', id, 'figures'] })) {
      const figureId = String(query.queryKey[3]);
      queryClient.setQueryData(figureQueryOptions(id, figureId).queryKey, figureSlice(dataset, figureId).dataset);
    }
    void queryClient.invalidateQueries({ queryKey: ['datasets'], exact: true });
    void queryClient.invalidateQueries({ queryKey: ['datasets', id, 'revisions'] });
  };
}
