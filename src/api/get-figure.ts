import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder } from './dataset-answer';

/*
 * What a figure's page shows, as a dataset of its own: that figure with every
 * claim, the sources and citations they need, and what the dashboard shows
 * (see data/slices). A figure the dataset lacks is a 404.
 */
export function getFigure(id: string, figureId: string, signal?: AbortSignal): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}/figures/${encodeURIComponent(figureId)}`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id));
}

export function figureQueryOptions(id: string, figureId: string) {
  return queryOptions({
    queryKey: ['datasets', id, 'figures', figureId],
    queryFn: async ({ signal, client, queryKey }) =>
      refuseOlder(
        await getFigure(id, figureId, signal),
        client.getQueryData<Dataset>(queryKey),
        `/datasets/${id}/figures/${figureId}`,
      ),
  });
}

export function useFigure(id: string, figureId: string) {
  return useQuery(figureQueryOptions(id, figureId));
}
