import type { Dataset, DatasetList } from '../data/schema/schema';
import { dashboardSlice, figureSlice } from '../data/resources/slices';
import { sourcesSlice } from '../data/resources/sources-slice';
import { pageData, type InitialData } from './initial-data';

/*
 * What a page rendered ahead of time embeds: only the part of the dataset it
 * shows (the same as the API's resource for it), so its size does not grow
 * with the history; the update page, which works on the whole dataset,
 * fetches it as it runs. Only the build needs it: apart from initial-data,
 * the slicing stays out of the browser's first script.
 */
export function initialDataFor(pathname: string, dataset: Dataset, list: DatasetList): InitialData {
  const page = pageData(pathname);
  const shown =
    page.kind === 'dashboard'
      ? dashboardSlice(dataset).dataset
      : page.kind === 'figure'
        ? figureSlice(dataset, page.figureId).dataset
        : page.kind === 'sources'
          ? sourcesSlice(dataset)
          : dataset;
  return { dataset: shown, list, pathname, renderedOn: new Date().toISOString().slice(0, 10) };
}
