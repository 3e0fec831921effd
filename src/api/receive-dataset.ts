import { useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { dashboardSlice, figureSlice, otherFiguresSlice } from '../data/resources/slices';
import { datasetQueryOptions } from './get-dataset';
import { dashboardQueryOptions } from './get-dashboard';
import { figureQueryOptions } from './get-figure';
import { otherFiguresQueryOptions } from './get-other-figures';
import { datasetsKey, figuresKey, otherFiguresKey, revisionsKey, sourcesKey } from './query-keys';

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
    for (const query of queryClient.getQueryCache().findAll({ queryKey: figuresKey(id) })) {
      const figureId = String(query.queryKey[3]);
      queryClient.setQueryData(figureQueryOptions(id, figureId).queryKey, figureSlice(dataset, figureId).dataset);
    }
    for (const query of queryClient.getQueryCache().findAll({ queryKey: otherFiguresKey(id) })) {
      const page = Number(query.queryKey[3]);
      const slice = otherFiguresSlice(dataset, page);
      if (slice) queryClient.setQueryData(otherFiguresQueryOptions(id, page).queryKey, slice.dataset);
      else queryClient.removeQueries({ queryKey: query.queryKey, exact: true });
    }
    // The sources page's counts are worked out by the API: it fetches them again when next shown.
    void queryClient.invalidateQueries({ queryKey: sourcesKey(id) });
    void queryClient.invalidateQueries({ queryKey: datasetsKey(), exact: true });
    void queryClient.invalidateQueries({ queryKey: revisionsKey(id) });
  };
}
