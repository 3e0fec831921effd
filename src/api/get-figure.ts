import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { figureKey } from './query-keys';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder, shownRevision } from './dataset-answer';

/*
 * What a figure's page shows, as a dataset of its own: that figure alone
 * with every claim, the events, and the sources and citations they need (see
 * data/slices). A figure the dataset lacks is a 404.
 */
export function getFigure(id: string, figureId: string, signal?: AbortSignal, shown?: Dataset): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}/figures/${encodeURIComponent(figureId)}`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function figureQueryOptions(id: string, figureId: string) {
  return queryOptions({
    queryKey: figureKey(id, figureId),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<Dataset>(queryKey);
      return refuseOlder(await getFigure(id, figureId, signal, shown), shown, `/datasets/${id}/figures/${figureId}`);
    },
  });
}

export function useFigure(id: string, figureId: string) {
  return useQuery(figureQueryOptions(id, figureId));
}
