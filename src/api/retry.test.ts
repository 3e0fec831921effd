import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { RECOVERY_MAX_MS, RECOVERY_MIN_MS, recoveryDelay, retryDelay, shouldRetry } from './retry';

const error = (kind: ApiError['kind'], status?: number) => new ApiError(kind, 'x', '/api', { status });

describe('quick retries', () => {
  it.each([
    ['a server error', error('http', 500), true],
    ['a gateway error', error('http', 503), true],
    ['a network failure', error('network'), true],
    ['a timeout', error('timeout'), true],
    ['a body that is not JSON from a failing server', error('invalid-json', 502), true],
    ['data that fails the schema', error('invalid-data', 200), false],
    ['a missing dataset', error('http', 404), false],
    ['a refused request', error('http', 400), false],
  ])('%s is retried: %s', (_, e, expected) => {
    expect(shouldRetry(0, e)).toBe(expected);
  });

  it('stops after three tries', () => {
    expect(shouldRetry(2, error('network'))).toBe(true);
    expect(shouldRetry(3, error('network'))).toBe(false);
  });

  it('waits 2, 4 and 8 seconds before the three retries, given the failures counted before the latest', () => {
    expect([0, 1, 2].map(retryDelay)).toEqual([2000, 4000, 8000]);
  });

  it('never waits more than 30 seconds', () => {
    expect(retryDelay(10)).toBe(30_000);
  });
});

describe('quick retries, as TanStack Query runs them', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries at 0, 2, 6 and 14 seconds, then gives up', async () => {
    vi.useFakeTimers();
    const client = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } });
    const start = Date.now();
    const tries: number[] = [];
    const outcome = client
      .fetchQuery({
        queryKey: ['down'],
        queryFn: () => {
          tries.push(Date.now() - start);
          throw error('http', 503);
        },
      })
      .then(
        () => 'fetched',
        () => 'failed',
      );
    const expected = [0, 2000, 6000, 14_000];
    for (let i = 1; i < expected.length; i++) {
      await vi.advanceTimersByTimeAsync(expected[i]! - 1 - (Date.now() - start));
      expect(tries).toHaveLength(i);
      await vi.advanceTimersByTimeAsync(1);
      expect(tries).toHaveLength(i + 1);
    }
    expect(tries).toEqual(expected);
    expect(await outcome).toBe('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries).toHaveLength(4);
  });
});

describe('recovery after a fetch failed for good', () => {
  const now = 1_000_000_000;
  it('tries again soon after a short outage', () => {
    expect(recoveryDelay(now - 1000, now)).toBe(RECOVERY_MIN_MS);
  });
  it('waits half the outage so far', () => {
    expect(recoveryDelay(now - 60_000, now)).toBe(30_000);
  });
  it('never waits more than two minutes', () => {
    expect(recoveryDelay(now - 3_600_000, now)).toBe(RECOVERY_MAX_MS);
  });
  it('does not go below the minimum when clocks disagree', () => {
    expect(recoveryDelay(now + 5000, now)).toBe(RECOVERY_MIN_MS);
  });
});
