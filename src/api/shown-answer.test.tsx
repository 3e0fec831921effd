import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { server } from '../../mocks/node';
import { seedDataset, SEED_ID } from '../../test/fixtures';
import { dashboardSlice } from '../data/resources/slices';
import type { Dataset, DatasetList } from '../data/schema/schema';
import { ApiError, requestJson } from './client';
import { dashboardQueryOptions } from './get-dashboard';
import { datasetsQueryOptions } from './get-datasets';
import { loadDashboardSchema, shownRevision } from './dataset-answer';

/*
 * An answer that is the revision on screen is thrown away unchecked and
 * unused: the copy on screen stays. Anything else is checked by the schema.
 */

const DASHBOARD = `*/api/v1/datasets/${SEED_ID}/dashboard`;

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
}

function onScreen(queryClient: QueryClient): Dataset {
  const shown = dashboardSlice(seedDataset()).dataset;
  queryClient.setQueryData(dashboardQueryOptions(SEED_ID).queryKey, shown);
  return shown;
}

/* The slice with its first figure renamed, and its claims no longer valid: nothing of it may reach the screen. */
function changedBody(revision: number): Record<string, unknown> {
  const body = structuredClone(dashboardSlice(seedDataset()).dataset) as unknown as Record<string, unknown>;
  const figures = body.figures as { label: string }[];
  figures[0]!.label = 'Changed behind the same revision';
  body.claims = [{ id: 'not-a-claim' }];
  return { ...body, revision };
}

describe('a refresh that brings the revision on screen', () => {
  it('keeps the copy on screen and shows nothing of a changed body under the same revision', async () => {
    const queryClient = client();
    const shown = onScreen(queryClient);
    server.use(http.get(DASHBOARD, () => HttpResponse.json(changedBody(shown.revision))));
    const data = await queryClient.fetchQuery(dashboardQueryOptions(SEED_ID));
    expect(data).toBe(shown);
    expect(data.figures[0]!.label).not.toBe('Changed behind the same revision');
  });

  it('checks a different revision with the schema, and refuses it when it does not pass', async () => {
    const queryClient = client();
    const shown = onScreen(queryClient);
    server.use(http.get(DASHBOARD, () => HttpResponse.json(changedBody(shown.revision + 1))));
    const error: unknown = await queryClient.fetchQuery(dashboardQueryOptions(SEED_ID)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('invalid-data');
    expect((error as ApiError).issues.map((i) => i.path)).toContain('claims[0].figure');
    expect(queryClient.getQueryData(dashboardQueryOptions(SEED_ID).queryKey)).toBe(shown);
  });

  it('shows a different revision that passes', async () => {
    const queryClient = client();
    const shown = onScreen(queryClient);
    const next = { ...structuredClone(shown), revision: shown.revision + 1 };
    next.figures[0]!.label = 'Renamed in the next revision';
    server.use(http.get(DASHBOARD, () => HttpResponse.json(next, { headers: { ETag: `"${next.revision}"` } })));
    const data = await queryClient.fetchQuery(dashboardQueryOptions(SEED_ID));
    expect(data.figures[0]!.label).toBe('Renamed in the next revision');
  });

  it('still refuses a body whose ETag names another revision', async () => {
    const queryClient = client();
    const shown = onScreen(queryClient);
    server.use(http.get(DASHBOARD, () => HttpResponse.json(shown, { headers: { ETag: '"7"' } })));
    const error: unknown = await queryClient.fetchQuery(dashboardQueryOptions(SEED_ID)).catch((e: unknown) => e);
    expect((error as ApiError).message).toBe(`The server's ETag "7" does not match the revision 1 it sent`);
  });
});

describe('loading the schema', () => {
  const path = `/datasets/${SEED_ID}/dashboard`;

  it('happens only for an answer that is not the data on screen', async () => {
    const shown = dashboardSlice(seedDataset()).dataset;
    server.use(http.get(DASHBOARD, () => HttpResponse.json(shown)));
    const loadSchema = vi.fn(loadDashboardSchema);
    await expect(requestJson(path, loadSchema, {}, undefined, shownRevision(shown))).resolves.toBe(shown);
    expect(loadSchema).not.toHaveBeenCalled();
    await expect(requestJson(path, loadSchema, {}, undefined, shownRevision(undefined))).resolves.toEqual(shown);
    expect(loadSchema).toHaveBeenCalledTimes(1);
  });

  it('happens for an error answer, whose body is checked too', async () => {
    const shown = dashboardSlice(seedDataset()).dataset;
    server.use(
      http.get(DASHBOARD, () => HttpResponse.json({ error: { message: 'Down for upkeep' } }, { status: 503 })),
    );
    const loadSchema = vi.fn(loadDashboardSchema);
    const error: unknown = await requestJson(path, loadSchema, {}, undefined, shownRevision(shown)).catch(
      (e: unknown) => e,
    );
    expect((error as ApiError).message).toBe('Down for upkeep');
    expect(loadSchema).toHaveBeenCalledTimes(1);
  });
});

describe('the list of datasets', () => {
  const LIST = '*/api/v1/datasets';
  const list: DatasetList = { datasets: [{ id: SEED_ID, title: 'Seed', asOf: '2023-09-19', revision: 1 }] };

  it('keeps the list on screen when the answer is equal to it', async () => {
    const queryClient = client();
    queryClient.setQueryData(datasetsQueryOptions().queryKey, list);
    server.use(
      http.get(LIST, () =>
        HttpResponse.json({ datasets: [{ revision: 1, asOf: '2023-09-19', title: 'Seed', id: SEED_ID }] }),
      ),
    );
    await expect(queryClient.fetchQuery(datasetsQueryOptions())).resolves.toBe(list);
  });

  it('checks any other list with the schema', async () => {
    const queryClient = client();
    queryClient.setQueryData(datasetsQueryOptions().queryKey, list);
    server.use(http.get(LIST, () => HttpResponse.json({ datasets: [{ ...list.datasets[0], revision: 'two' }] })));
    const error: unknown = await queryClient.fetchQuery(datasetsQueryOptions()).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('invalid-data');
    expect(queryClient.getQueryData(datasetsQueryOptions().queryKey)).toBe(list);
  });
});
