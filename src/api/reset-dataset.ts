import { useMutation } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { loadDatasetSchema } from './dataset-answer';
import { useReceiveDataset } from './receive-dataset';

/**
 * Returns a dataset to its seed data; the server keeps what was there one undo
 * away. Like every write it names the revision it was based on, so a reset
 * from a tab that has not seen another tab's change is refused, not applied.
 */
export function resetDataset(id: string, revision: number): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}/reset`, loadDatasetSchema, {
    method: 'POST',
    headers: { 'If-Match': `"${revision}"` },
  });
}

export function useResetDataset(id: string) {
  return useMutation({
    mutationFn: (revision: number) => resetDataset(id, revision),
    onSuccess: useReceiveDataset(id),
  });
}
