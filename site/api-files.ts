import type { Dataset } from '../src/data/schema/schema';
import { allResources, cutResource, resourcePath, type ResourceRef } from '../src/data/resources/api-resources';

/*
 * The API's GET answers for one dataset as files under api/v1/datasets/, for
 * a static host: every resource of the table (the whole dataset and the part
 * of it each page reads), and the dataset's own revision. `keep` limits the
 * resources written.
 */
export function apiAnswerFiles(
  dataset: Dataset,
  keep: (ref: ResourceRef) => boolean = () => true,
): [string, unknown][] {
  const files = allResources(dataset)
    .filter(keep)
    .flatMap((ref): [string, unknown][] => {
      const answer = cutResource(dataset, ref);
      return answer.ok ? [[`${resourcePath(dataset.id, ref)}.json`, answer.body]] : [];
    });
  // Of the revisions, a static copy holds only its own: a permalink to it works, any other is a 404.
  return [...files, [`${dataset.id}/revisions/${dataset.revision}.json`, dataset]];
}
