import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { server } from '../../mocks/node';
import { seedDataset, SEED_ID, withHistoryAndRivalClaim } from '../../test/fixtures';
import { dashboardSlice } from '../data/resources/slices';
import { ApiError } from './client';
import { datasetQueryOptions } from './get-dataset';
import { useReceiveDataset } from './receive-dataset';
import { dashboardQueryOptions } from './get-dashboard';
import { figureQueryOptions } from './get-figure';
import { shouldRetry } from './retry';
import { z } from 'zod';

const URL = `*/api/v1/datasets/${SEED_ID}`;

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

describe('the dataset answer is checked against what was asked', () => {
  it('refuses a valid dataset with another id', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ ...seedDataset(), id: 'syria-2024' })));
    const error = await failure(client().fetchQuery(datasetQueryOptions(SEED_ID)));
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toBe(`The server sent the dataset "syria-2024" when "${SEED_ID}" was asked for`);
  });

  it('refuses a body whose revision is not the one its ETag names', async () => {
    server.use(http.get(URL, () => HttpResponse.json(seedDataset(), { headers: { ETag: '"7"' } })));
    const error = await failure(client().fetchQuery(datasetQueryOptions(SEED_ID)));
    expect(error.message).toBe(`The server's ETag "7" does not match the revision 1 it sent`);
  });

  it('ignores an ETag a static host made of its own', async () => {
    server.use(http.get(URL, () => HttpResponse.json(seedDataset(), { headers: { ETag: 'W/"5f3c-18a2b"' } })));
    await expect(client().fetchQuery(datasetQueryOptions(SEED_ID))).resolves.toMatchObject({ revision: 1 });
  });

  it('refuses an older revision than the one on screen, and keeps the newer figures', async () => {
    const queryClient = client();
    const options = datasetQueryOptions(SEED_ID);
    queryClient.setQueryData(options.queryKey, { ...seedDataset(), revision: 3 });
    const error = await failure(queryClient.fetchQuery({ ...options, staleTime: 0 }));
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toMatch(/^The server sent revision 1, older than revision 3 on screen/);
    expect(queryClient.getQueryData(options.queryKey)?.revision).toBe(3);
  });

  it('treats an answer too large to check as invalid data, not as a fault worth retrying', async () => {
    const huge = { ...seedDataset(), citations: Array.from({ length: 200_000 }, () => 0) };
    server.use(http.get(URL, () => HttpResponse.json(huge)));
    z.config({ jitless: true });
    try {
      const error = await failure(client().fetchQuery(datasetQueryOptions(SEED_ID)));
      expect(error.kind).toBe('invalid-data');
      expect(shouldRetry(0, error)).toBe(false);
    } finally {
      z.config({ jitless: false });
    }
  });

  it('accepts the same or a newer revision', async () => {
    const queryClient = client();
    const options = datasetQueryOptions(SEED_ID);
    queryClient.setQueryData(options.queryKey, seedDataset());
    await expect(queryClient.fetchQuery({ ...options, staleTime: 0 })).resolves.toMatchObject({ revision: 1 });
  });
});

describe('the part of the dataset each page reads', () => {
  it('is refused when older than the one on screen, like the dataset', async () => {
    const queryClient = client();
    const options = figureQueryOptions(SEED_ID, 'casualties-19-september');
    queryClient.setQueryData(options.queryKey, { ...seedDataset(), revision: 3 });
    const error = await failure(queryClient.fetchQuery({ ...options, staleTime: 0 }));
    expect(error.message).toMatch(/^The server sent revision 1, older than revision 3 on screen/);
  });

  it('is cut afresh from the dataset a write answers, for the dashboard and every figure page visited', () => {
    const queryClient = client();
    const visited = figureQueryOptions(SEED_ID, 'casualties-19-september');
    queryClient.setQueryData(visited.queryKey, seedDataset());
    const { result } = renderHook(() => useReceiveDataset(SEED_ID), {
      wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
    });
    const written = { ...withHistoryAndRivalClaim(seedDataset()), revision: 2 };
    result.current(written);
    expect(queryClient.getQueryData(dashboardQueryOptions(SEED_ID).queryKey)).toEqual(dashboardSlice(written).dataset);
    const figure = queryClient.getQueryData(visited.queryKey);
    expect(figure?.revision).toBe(2);
    expect(figure?.claims.filter((c) => c.figure === 'casualties-19-september')).toHaveLength(
      written.claims.filter((c) => c.figure === 'casualties-19-september').length,
    );
  });
});
