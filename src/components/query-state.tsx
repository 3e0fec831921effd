import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeFetchTime } from '../data/schema/dates';
import { StatePanel } from './state-panel';
import { ErrorDetails } from './error-details';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loading: ReactNode;
  what: string;
  children: (data: T) => ReactNode;
}

/*
 * One place decides what a page shows while its data loads, when it fails,
 * and when a refresh fails but earlier data is still good to show.
 */
export function QueryState<T>({ query, loading, what, children }: QueryStateProps<T>) {
  const data = query.data;
  if (query.isPending) return <>{loading}</>;

  if (query.isError && data === undefined) {
    return (
      <StatePanel
        kind="error"
        title={`The ${what} could not be loaded.`}
        action={
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? 'Retrying…' : 'Try again'}
          </button>
        }
      >
        <ErrorDetails error={query.error} />
      </StatePanel>
    );
  }

  return (
    <>
      {query.isError && (
        <StatePanel
          kind="notice"
          title={`Could not refresh the ${what}; showing the last ones received (${describeFetchTime(query.dataUpdatedAt)}).`}
          action={
            <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
              {query.isFetching ? 'Trying…' : 'Try now'}
            </button>
          }
        >
          <p>{query.error.message}. The page tries again by itself and updates when the data is back.</p>
        </StatePanel>
      )}
      {data !== undefined && children(data)}
    </>
  );
}
