import { describe, expect, it } from 'vitest';
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

  it('backs off, doubling up to 30 seconds', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 30_000]);
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
