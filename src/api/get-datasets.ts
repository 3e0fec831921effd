import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetList } from '../data/schema/schema';
import { sameJson } from './same-answer';
import { requestJson } from './client';
import { datasetsKey } from './query-keys';

/* The list has no revision of its own: an answer equal to the list on screen keeps it (see Shown). */
export function getDatasets(signal?: AbortSignal, shown?: DatasetList): Promise<DatasetList> {
  const loadSchema = () => import('../data/schema/schema').then((m) => m.datasetListSchema);
  return requestJson(
    '/datasets',
    loadSchema,
    { signal },
    undefined,
    shown && { data: shown, isSame: (body) => sameJson(body, shown) },
  );
}

export function datasetsQueryOptions() {
  return queryOptions({
    queryKey: datasetsKey(),
    queryFn: ({ signal, client, queryKey }) => getDatasets(signal, client.getQueryData<DatasetList>(queryKey)),
  });
}

export function useDatasets() {
  return useQuery(datasetsQueryOptions());
}
