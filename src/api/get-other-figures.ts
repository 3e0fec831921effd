import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { checkDatasetAnswer, loadDatasetSchema, refuseOlder, shownRevision } from './dataset-answer';
import { otherFiguresPageKey } from './query-keys';

/*
 * One page of the figures the dashboard lists below the first screen, as a
 * dataset of its own: those figures and the claims their cards show (see
 * data/slices). Pages count from 1; one past the last is a 404.
 */
export function getOtherFigures(id: string, page: number, signal?: AbortSignal, shown?: Dataset): Promise<Dataset> {
  const path = `/datasets/${encodeURIComponent(id)}/other-figures/${page}`;
  return requestJson(path, loadDatasetSchema, { signal }, checkDatasetAnswer(id), shownRevision(shown));
}

export function otherFiguresQueryOptions(id: string, page: number) {
  return queryOptions({
    queryKey: otherFiguresPageKey(id, page),
    queryFn: async ({ signal, client, queryKey }) => {
      const shown = client.getQueryData<Dataset>(queryKey);
      return refuseOlder(
        await getOtherFigures(id, page, signal, shown),
        shown,
        `/datasets/${id}/other-figures/${page}`,
      );
    },
  });
}

export function useOtherFigures(id: string, page: number) {
  return useQuery(otherFiguresQueryOptions(id, page));
}
