import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeFetchTime } from '../data/dates';
import { StatePanel } from './state-panel';
import { ErrorDetails } from './error-details';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loading: ReactNode;
  what: string;
  children: (data: T) => ReactNode;
  /** Whether the data holds what the page shows; until it does, the page shows `loading`. */
  ready?: (data: T) => boolean;
}

/*
 * One place decides what a page shows while its data loads, when it fails,
 * and when a refresh fails but earlier data is still good to show.
 */
export function QueryState<T>({ query, loading, what, children, ready }: QueryStateProps<T>) {
  const data = query.data !== undefined && (!ready || ready(query.data)) ? query.data : undefined;
  if (query.isPending || (data === undefined && !query.isError)) return <>{loading}</>;

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
