import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SourcesSlice } from '../data/resources/sources-slice-schema';
import { requestJson } from './client';
import { sourcesKey } from './query-keys';
import { checkDatasetAnswer, refuseOlder, shownRevision } from './dataset-answer';

const loadSourcesSchema = () => import('../data/resources/sources-slice-schema').then((m) => m.sourcesSliceSchema);

/*
 * What the sources page shows: each source with its counts and the figures
 * and events that rest on it (see data/sources-slice), never the claims.
 */
export function getSources(id: string, signal?: AbortSignal, shown?: SourcesSlice): Promise<SourcesSlice> {
  const path = `/datasets/${encodeURIComponent(id)}/sources`;
  return requestJson(path, loadSourcesSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function sourcesQueryOptions(id: string) {
  return queryOptions({
    queryKey: sourcesKey(id),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<SourcesSlice>(queryKey);
      return refuseOlder(await getSources(id, signal, shown), shown, `/datasets/${id}/sources`);
    },
  });
}

export function useSources(id: string) {
  return useQuery(sourcesQueryOptions(id));
}
