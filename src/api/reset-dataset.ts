import { useMutation } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { requestJson } from './client';
import { loadDatasetSchema, useReceiveDataset } from './get-dataset';

/** Returns a dataset to its seed data; the server keeps what was there one undo away. */
export function resetDataset(id: string): Promise<Dataset> {
  return requestJson(`/datasets/${encodeURIComponent(id)}/reset`, loadDatasetSchema, { method: 'POST' });
}

export function useResetDataset(id: string) {
  return useMutation({ mutationFn: () => resetDataset(id), onSuccess: useReceiveDataset(id) });
}
