import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { RevisionList } from '../data/schema/schema';
import { requestJson } from './client';
import { revisionsKey } from './query-keys';

const loadRevisionListSchema = () => import('../data/schema/schema').then((m) => m.revisionListSchema);

export const REVISIONS_PAGE_SIZE = 20;

/** One page of a dataset's audit trail, newest first, from the revision before `before`. */
export function getRevisions(id: string, before?: number, signal?: AbortSignal): Promise<RevisionList> {
  const query = new URLSearchParams({ limit: String(REVISIONS_PAGE_SIZE) });
  if (before !== undefined) query.set('before', String(before));
  return requestJson(`/datasets/${encodeURIComponent(id)}/revisions?${query}`, loadRevisionListSchema, { signal });
}

/* Under the dataset's key, so a write that brings a new revision can mark the trail stale with it. */
export function revisionsQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: revisionsKey(id),
    queryFn: ({ signal, pageParam }) => getRevisions(id, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next,
  });
}

export function useRevisions(id: string, enabled: boolean) {
  return useInfiniteQuery({ ...revisionsQueryOptions(id), enabled });
}
