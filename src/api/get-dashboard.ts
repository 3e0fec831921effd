import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder } from './dataset-answer';

/*
 * What the dashboard shows, as a dataset of its own: every figure's
 * definition, and only the claims behind the headline cards (see
 * data/slices). Its size does not grow with the figures' history.
 */
export function getDashboard(id: string, signal?: AbortSignal): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}/dashboard`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id));
}

export function dashboardQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['datasets', id, 'dashboard'],
    queryFn: async ({ signal, client, queryKey }) =>
      refuseOlder(await getDashboard(id, signal), client.getQueryData<Dataset>(queryKey), `/datasets/${id}/dashboard`),
  });
}

export function useDashboard(id: string) {
  return useQuery(dashboardQueryOptions(id));
}
