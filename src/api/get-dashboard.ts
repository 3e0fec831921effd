import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';
import { dashboardKey } from './query-keys';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder, shownRevision } from './dataset-answer';

/*
 * What the dashboard shows, as a dataset of its own: every figure's
 * definition, and only the claims behind the headline cards (see
 * data/slices). Its size does not grow with the figures' history.
 */
export function getDashboard(id: string, signal?: AbortSignal, shown?: Dataset): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}/dashboard`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function dashboardQueryOptions(id: string) {
  return queryOptions({
    queryKey: dashboardKey(id),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<Dataset>(queryKey);
      return refuseOlder(await getDashboard(id, signal, shown), shown, `/datasets/${id}/dashboard`);
    },
  });
}

export function useDashboard(id: string) {
  return useQuery(dashboardQueryOptions(id));
}
