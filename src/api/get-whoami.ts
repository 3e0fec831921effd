import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Whoami } from '../data/schema/schema';
import { authorization, useAuth } from './auth';
import { requestJson } from './client';
import { whoamiKey } from './query-keys';

const loadWhoamiSchema = () => import('../data/schema/schema').then((m) => m.whoamiSchema);

/** The editor the token held belongs to; the API answers 401 without a valid one. */
export function getWhoami(signal?: AbortSignal): Promise<Whoami> {
  return requestJson('/whoami', loadWhoamiSchema, { signal, headers: authorization() });
}

/* `session` changes at every sign-in and sign-out, so the answer is asked for again; the token stays out of the key. */
export function whoamiQueryOptions(session: number) {
  return queryOptions({
    queryKey: whoamiKey(session),
    queryFn: ({ signal }) => getWhoami(signal),
    // A refusal is an answer, not an outage: no polling until the next sign-in.
    refetchInterval: false,
  });
}

export function useWhoami(enabled: boolean) {
  const { session } = useAuth();
  return useQuery({ ...whoamiQueryOptions(session), enabled });
}
