import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SetAsideList } from '../data/schema/schema';
import { requestJson } from './client';
import { setAsideKey } from './query-keys';

/*
 * Damaged saved copies are a matter of the browser-storage API used in
 * development and demos; an API without them answers 404, which reads as
 * none.
 */
export function getSetAside(signal?: AbortSignal): Promise<SetAsideList> {
  return requestJson('/set-aside', () => import('../data/schema/schema').then((m) => m.setAsideListSchema), {
    signal,
  }).catch((error: unknown) => {
    if ((error as { status?: number } | null)?.status === 404) return { copies: [] };
    throw error;
  });
}

export function setAsideQueryOptions() {
  return queryOptions({
    queryKey: setAsideKey(),
    queryFn: ({ signal }) => getSetAside(signal),
  });
}

export function useSetAside(enabled: boolean) {
  return useQuery({ ...setAsideQueryOptions(), enabled });
}
