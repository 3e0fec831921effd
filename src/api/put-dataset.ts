import { useMutation } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { loadDatasetSchema } from './dataset-answer';
import { useReceiveDataset } from './receive-dataset';

/** Replaces a dataset. `revision` is the one the change was based on; the server refuses it (409) if that is stale. */
export function putDataset(id: string, dataset: Dataset, revision: number): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}`, loadDatasetSchema, {
    method: 'PUT',
    body: JSON.stringify(dataset),
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${revision}"` },
  });
}

export function usePutDataset(id: string) {
  return useMutation({
    mutationFn: ({ dataset, revision }: { dataset: Dataset; revision: number }) => putDataset(id, dataset, revision),
    onSuccess: useReceiveDataset(id),
  });
}
