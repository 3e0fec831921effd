import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardData } from '../data/schema/schema';
import { requestJson } from './client';
import { dashboardKey } from './query-keys';
import { checkDatasetAnswer, loadDashboardSchema, refuseOlder, shownRevision } from './dataset-answer';

/*
 * What the dashboard shows, as a dataset of its own: the headline figures,
 * only the claims behind their cards, and the count of the other figures
 * (see data/slices). Its size grows with neither the figures nor their history.
 */
export function getDashboard(id: string, signal?: AbortSignal, shown?: DashboardData): Promise<DashboardData> {
  const path = `/datasets/${encodeURIComponent(id)}/dashboard`;
  return requestJson(path, loadDashboardSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function dashboardQueryOptions(id: string) {
  return queryOptions({
    queryKey: dashboardKey(id),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<DashboardData>(queryKey);
      return refuseOlder(await getDashboard(id, signal, shown), shown, `/datasets/${id}/dashboard`);
    },
  });
}

export function useDashboard(id: string) {
  return useQuery(dashboardQueryOptions(id));
}
