import { http, type HttpResponseResolver } from 'msw';
import { readHandlers } from '../mocks/handlers';
import { server } from '../mocks/node';
import type { Dataset } from '../src/data/schema';

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
