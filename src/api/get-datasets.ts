import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetList } from '../data/schema';
import { requestJson } from './client';

export function getDatasets(signal?: AbortSignal): Promise<DatasetList> {
  return requestJson('/datasets', () => import('../data/schema').then((m) => m.datasetListSchema), { signal });
}

export function datasetsQueryOptions() {
  return queryOptions({
    queryKey: ['datasets'],
    queryFn: ({ signal }) => getDatasets(signal),
  });
}

export function useDatasets() {
  return useQuery(datasetsQueryOptions());
}
