import { QueryClient, type Query } from '@tanstack/react-query';
import { recoveryDelay, retryDelay, shouldRetry } from '../api/retry';

/*
 * When every quick retry has failed, the query keeps trying now and then, so
 * the page recovers by itself once the API is back, without a reload. The
 * outage is dated from its first failure and ends only with a success: a
 * query that has never had data goes back to pending while it tries again.
 */
const outageStarts = new WeakMap<Query, number>();

function recoveryInterval(query: Query): number | false {
  if (query.state.status === 'success') outageStarts.delete(query);
  if (query.state.status !== 'error') return false;
  const since = outageStarts.get(query) ?? query.state.errorUpdatedAt;
  outageStarts.set(query, since);
  return recoveryDelay(since, Date.now());
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchInterval: recoveryInterval,
        staleTime: 60_000,
        refetchOnWindowFocus: true,
      },
    },
  });
}
