import { useMutation } from '@tanstack/react-query';
import type { Dataset } from '../data/schema/schema';
import { requestJson } from './client';
import { loadDatasetSchema } from './dataset-answer';
import { useReceiveDataset } from './receive-dataset';

/** Restores the revision before `revision`, as a new revision. */
export function undoDataset(id: string, revision: number): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}/undo`, loadDatasetSchema, {
    method: 'POST',
    headers: { 'If-Match': `"${revision}"` },
  });
}

export function useUndoDataset(id: string) {
  return useMutation({ mutationFn: (revision: number) => undoDataset(id, revision), onSuccess: useReceiveDataset(id) });
}
