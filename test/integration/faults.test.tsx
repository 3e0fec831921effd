import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, QueryClient } from '@tanstack/react-query';
import { HttpResponse } from 'msw';
import { renderApp } from '../render';
import { answerDatasetReads, serveDataset } from '../serve';
import { dashboardSlice } from '../../src/data/resources/slices';
import { countFigure, seedDataset, SEED_ID } from '../fixtures';
import { createQueryClient } from '../../src/app/query-client';
import { primeQueryClient } from '../../src/app/initial-data';
import type { Dataset } from '../../src/data/schema/schema';
import { until } from '../fake-clock';

const POPULATION = /^Population under blockade: about 120,000/;

/* A later revision, as only one the page does not hold is read and checked. */
function schemaBreaking(): Record<string, unknown> {
  const broken = structuredClone(seedDataset()) as unknown as {
    revision: number;
    claims: { values: { value: unknown }[] }[];
  };
  broken.revision += 1;
  broken.claims[0]!.values[0]!.value = 'lots';
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
    answerDatasetReads(answer);
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
    answerDatasetReads(() => HttpResponse.error());
    // Stale at once, as a page rendered ahead of time is, so the live data is fetched.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    primeQueryClient(queryClient, {
      dataset: dashboardSlice(seedDataset()).dataset,
      list: { datasets: [] },
      pathname: '/',
    });
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
  it('retries after 2, 4 and 8 seconds, tries again 10 seconds later, and then shows the figures by itself', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    const requests: number[] = [];
    let down = true;
    answerDatasetReads(() => {
      requests.push(Date.now() - start);
      return down ? HttpResponse.json({ error: { message: 'Overloaded' } }, { status: 503 }) : undefined;
    });
    const { queryClient } = renderApp('/', createQueryClient());
    const failures = () => queryClient.getQueryState(['datasets', SEED_ID, 'dashboard'])?.fetchFailureCount ?? 0;

    async function expectRequestAt(ms: number) {
      const before = requests.length;
      await act(() => vi.advanceTimersByTimeAsync(start + ms - 1 - Date.now()));
      expect(requests, `no request before ${ms} ms`).toHaveLength(before);
      await act(() => vi.advanceTimersByTimeAsync(1));
      await until(() => requests.length > before, 0);
    }

    await until(() => failures() === 1, 0);
    for (const [at, failed] of [
      [2000, 2],
      [6000, 3],
      [14_000, 4],
    ] as const) {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      await expectRequestAt(at);
      await until(() => failures() === failed, 0);
    }
    // The quick retries are spent: the page says what failed, and the slower recovery tries 10 seconds later.
    await until(() => screen.queryByRole('alert') !== null, 1);
    expect(screen.getByRole('alert')).toHaveTextContent('Overloaded');
    down = false;
    await expectRequestAt(24_000);
    expect(requests).toEqual([0, 2000, 6000, 14_000, 24_000]);
    await until(() => screen.queryByRole('figure', { name: POPULATION }) !== null, 1);
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
  /* Many figures, each with a claim of its own, as a dataset grown over months would be. */
  function withManyFigures(count: number): Dataset {
    const dataset = structuredClone(seedDataset());
    const template = countFigure(dataset, 'population-under-blockade');
    const claim = dataset.claims.find((c) => c.figure === template.id)!;
    for (let i = 0; i < count; i++) {
      const id = `extra-${i}`;
      dataset.figures.push({ ...structuredClone(template), id, label: `Extra figure ${i}` });
      dataset.claims.push({ ...structuredClone(claim), id: `${id}-claim`, figure: id });
    }
    return dataset;
  }

  it('shows the headline figures first and the others a page at a time, on request', async () => {
    const dataset = withManyFigures(120);
    serveDataset(dataset);
    renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    const more = screen.getByRole('region', { name: 'Other figures (120)' });
    expect(within(more).queryAllByRole('figure')).toHaveLength(0);
    await userEvent.click(within(more).getByRole('button', { name: 'Show the first 50' }));
    // The dashboard's part of the data lacks these figures' claims: they come with the whole dataset.
    expect(await within(more).findAllByRole('figure')).toHaveLength(50);
    await userEvent.click(within(more).getByRole('button', { name: 'Show 50 more' }));
    await userEvent.click(within(more).getByRole('button', { name: 'Show 20 more' }));
    expect(within(more).getAllByRole('figure')).toHaveLength(120);
    expect(within(more).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('figure', { name: /^Extra figure 119: about 120,000 ethnic Armenians,/ })).toHaveLength(
      1,
    );
  });

  it('has no section for other figures when the headline ones are all there is', async () => {
    renderApp();
    await screen.findByRole('figure', { name: POPULATION });
    expect(screen.queryByRole('region', { name: /Other figures/ })).not.toBeInTheDocument();
  });
});
