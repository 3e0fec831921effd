import { http, type HttpResponseResolver } from 'msw';
import { readHandlers } from '../mocks/handlers';
import { server, store } from '../mocks/node';
import { SEED_ID, seedDataset } from './fixtures';
import type { Dataset } from '../src/data/schema/schema';

/* Every address the app reads a dataset from: whole, and each page's part. */
const DATASET_READS = [
  '*/api/v1/datasets/:id',
  '*/api/v1/datasets/:id/dashboard',
  '*/api/v1/datasets/:id/other-figures/:page',
  '*/api/v1/datasets/:id/sources',
  '*/api/v1/datasets/:id/figures/:figureId',
];

/** Serves `dataset` whole and in the parts the pages read, cut as the mocked API cuts them. */
export function serveDataset(dataset: Dataset | (() => Dataset)) {
  server.use(...readHandlers(() => (typeof dataset === 'function' ? dataset() : dataset)));
}

/** Answers every read of a dataset with `resolver`: failures, and bodies that are not a dataset. */
export function answerDatasetReads(resolver: HttpResponseResolver) {
  server.use(...DATASET_READS.map((path) => http.get(path, resolver)));
}

/* Revision 2 in the mocked API: a later count of the population, so revision 1 and the current page differ. */
export function storeLaterCount() {
  const next = seedDataset();
  next.asOf = '2023-09-21';
  next.claims.push({
    id: 'population-2023-09-21-later',
    figure: 'population-under-blockade',
    date: '2023-09-21',
    values: [{ measure: 'population', value: 100000, qualifier: 'about' }],
    status: 'reported',
    citation: 'medya-blockade-population',
  });
  const result = store.put(SEED_ID, next, 1);
  if (!result.ok) throw new Error(result.message);
}
