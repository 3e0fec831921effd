import type { Dataset } from '../src/data/schema/schema';
import { dashboardSlice, figureSlice, otherFiguresPages, otherFiguresSlice } from '../src/data/resources/slices';
import { sourcesSlice } from '../src/data/resources/sources-slice';

/*
 * The API's GET answers for one dataset as files under api/v1/datasets/: the
 * whole dataset and the part of it each page reads (see the README's API
 * contract), for a static host. `figureIds` limits the figure pages written.
 */
export function apiAnswerFiles(dataset: Dataset, figureIds = dataset.figures.map((f) => f.id)): [string, unknown][] {
  const { id } = dataset;
  return [
    [`${id}.json`, dataset],
    // Of the revisions, a static copy holds only its own: a permalink to it works, any other is a 404.
    [`${id}/revisions/${dataset.revision}.json`, dataset],
    [`${id}/dashboard.json`, dashboardSlice(dataset).dataset],
    [`${id}/sources.json`, sourcesSlice(dataset)],
    ...Array.from({ length: otherFiguresPages(dataset) }, (_, i): [string, unknown] => [
      `${id}/other-figures/${i + 1}.json`,
      otherFiguresSlice(dataset, i + 1)?.dataset,
    ]),
    ...figureIds.map((f): [string, unknown] => [`${id}/figures/${f}.json`, figureSlice(dataset, f).dataset]),
  ];
}
