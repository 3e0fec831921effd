import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/* Retry only what may pass on a second try: a dataset that fails the schema will fail again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.kind === 'invalid-data' || (error.status !== undefined && error.status < 500))) {
    return false;
  }
  return failureCount < 3;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
        staleTime: 60_000,
        refetchOnWindowFocus: true,
      },
    },
  });
}
