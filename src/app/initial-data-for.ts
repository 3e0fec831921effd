import type { Dataset, DatasetList } from '../data/schema/schema';
import { cutResource } from '../data/resources/api-resources';
import type { InitialData } from './initial-data';
import { resourceFor } from './routes';

/*
 * What a page rendered ahead of time embeds: the API resource its route
 * reads (the same as the API answers for it), so its size does not grow
 * with the history. Only the build needs it: apart from initial-data, the
 * slicing stays out of the browser's first script.
 */
export function initialDataFor(pathname: string, dataset: Dataset, list: DatasetList): InitialData {
  const answer = cutResource(dataset, resourceFor(pathname));
  if (!answer.ok) throw new Error(`${pathname}: ${answer.missing}`);
  return { dataset: answer.body, list, pathname, renderedOn: new Date().toISOString().slice(0, 10) };
}
