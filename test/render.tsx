import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from '../src/router/router';
import { Providers } from '../src/app/app';
import { AppRoutes } from '../src/app/routes';

/* A fresh client per test with retries off, so one test's cache or retry timing never leaks into another. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

/** The whole app at a route, in memory, against the MSW handlers. */
export function renderApp(route = '/', queryClient = testQueryClient()) {
  const result = render(
    <Providers queryClient={queryClient}>
      <MemoryRouter initial={route}>
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  );
  return { queryClient, ...result };
}
