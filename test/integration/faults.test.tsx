import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { renderApp } from '../render';
import { countFigure, seedDataset, SEED_ID } from '../fixtures';
import { createQueryClient } from '../../src/app/query-client';
import { primeQueryClient } from '../../src/app/initial-data';
import type { Dataset } from '../../src/data/schema';

const DATASET_URL = '*/api/v1/datasets/:id';
const POPULATION = /^Population under blockade: about 120,000/;

function schemaBreaking(): Record<string, unknown> {
  const broken = structuredClone(seedDataset()) as unknown as { figures: { measures?: { value: unknown }[] }[] };
  broken.figures[0]!.measures![0]!.value = 'lots';
  return broken as unknown as Record<string, unknown>;
}

/* Each way the API can fail, as MSW answers it, and what the page must say about it. */
const FAULTS: [string, () => Response | Promise<Response>, RegExp][] = [
  [
    'a server error',
    () => HttpResponse.json({ error: { message: 'The database is down' } }, { status: 500 }),
    /The database is down/,
  ],
  ['a connection reset', () => HttpResponse.error(), /could not reach the server/i],
  ['a body that is not JSON', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }), /not JSON/],
  ['a body that fails the schema', () => HttpResponse.json(schemaBreaking()), /does not match the dataset format/],
];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  onlineManager.setOnline(true);
});

describe('when a refresh fails, the last good figures stay', () => {
  it.each(FAULTS)('after %s', async (_, answer, message) => {
    const { queryClient } = renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    server.use(http.get(DATASET_URL, answer));
    await act(() => queryClient.refetchQueries());
    const notice = await screen.findByText(
      /could not refresh the figures; showing the last ones received \(last fetched/i,
    );
    expect(notice.closest('[role=status]')).toHaveTextContent(message);
    expect(screen.getByRole('figure', { name: POPULATION })).toBeInTheDocument();
  });

  it('after a timeout', async () => {
    const { queryClient } = renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    // The client's 20-second limit, run out at once.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() =>
      AbortSignal.abort(new DOMException('timed out', 'TimeoutError')),
    );
    await act(() => queryClient.refetchQueries());
    expect(await screen.findByText(/No answer from the server within 20 seconds/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: POPULATION })).toBeInTheDocument();
  });

  it('and the page says the figures are the ones it was built with when it never fetched any', async () => {
    server.use(http.get(DATASET_URL, () => HttpResponse.error()));
    // Stale at once, as a page rendered ahead of time is, so the live data is fetched.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    primeQueryClient(queryClient, { dataset: seedDataset(), list: { datasets: [] } });
    renderApp('/', queryClient);
    expect(await screen.findByText(/showing the last ones received \(as built into this page\)/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: POPULATION })).toBeInTheDocument();
  });
});

describe('with no figures yet', () => {
  it('says a timeout happened and offers to try again', async () => {
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() =>
      AbortSignal.abort(new DOMException('timed out', 'TimeoutError')),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The figures could not be loaded.');
    expect(alert).toHaveTextContent('No answer from the server within 20 seconds');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

describe('recovery', () => {
  it('backs off, then shows the figures by itself once the API answers again, without a reload or a click', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let calls = 0;
    let down = true;
    server.use(
      http.get(DATASET_URL, () => {
        calls += 1;
        return down ? HttpResponse.json({ error: { message: 'Overloaded' } }, { status: 503 }) : undefined;
      }),
    );
    renderApp('/', createQueryClient());
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    // The first try and three quick retries, 2, 4 and 8 seconds apart, before the error shows.
    await screen.findByRole('alert');
    expect(calls).toBe(4);
    down = false;
    await act(() => vi.advanceTimersByTimeAsync(130_000));
    expect(await screen.findByRole('figure', { name: POPULATION })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 30_000);
});

describe('offline', () => {
  it('keeps the figures and says how old they are, then clears the notice when back online', async () => {
    renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    act(() => onlineManager.setOnline(false));
    const notice = await screen.findByText('You are offline.');
    expect(notice.closest('[role=status]')).toHaveTextContent(/last ones received \(last fetched/);
    expect(screen.getByRole('figure', { name: POPULATION })).toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByText('You are offline.')).not.toBeInTheDocument();
  });
});

describe('large datasets', () => {
  function withManyFigures(count: number): Dataset {
    const dataset = structuredClone(seedDataset());
    const template = countFigure(dataset, 'population-under-blockade');
    for (let i = 0; i < count; i++) {
      dataset.figures.push({
        ...structuredClone(template),
        id: `extra-${i}`,
        label: `Extra figure ${i}`,
        headline: false,
      });
    }
    return dataset;
  }

  it('shows the headline figures first and the others a page at a time, on request', async () => {
    const dataset = withManyFigures(120);
    server.use(http.get(DATASET_URL, () => HttpResponse.json(dataset)));
    renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    const more = screen.getByRole('region', { name: 'Other figures (120)' });
    expect(within(more).queryAllByRole('figure')).toHaveLength(0);
    await userEvent.click(within(more).getByRole('button', { name: 'Show the first 50' }));
    expect(within(more).getAllByRole('figure')).toHaveLength(50);
    await userEvent.click(within(more).getByRole('button', { name: 'Show 50 more' }));
    await userEvent.click(within(more).getByRole('button', { name: 'Show 20 more' }));
    expect(within(more).getAllByRole('figure')).toHaveLength(120);
    expect(within(more).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('figure', { name: /^Extra figure 119:/ })).toHaveLength(1);
  });

  it('has no section for other figures when the headline ones are all there is', async () => {
    renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    expect(screen.queryByRole('region', { name: /Other figures/ })).not.toBeInTheDocument();
    expect(SEED_ID).toBe(seedDataset().id);
  });
});
