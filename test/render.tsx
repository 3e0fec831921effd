import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App } from '../src/app/app';

/* A fresh client per test with retries off, so one test's cache or retry timing never leaks into another. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

export function renderApp(element?: ReactElement) {
  const queryClient = testQueryClient();
  return { queryClient, ...render(element ?? <App queryClient={queryClient} />) };
}
