import { ApiError } from './client';

/* Retry at once only what may pass on a second try: a dataset that fails the schema will fail again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (
    error instanceof ApiError &&
    (error.kind === 'invalid-data' || (error.status !== undefined && error.status < 500))
  ) {
    return false;
  }
  return failureCount < 3;
}

/**
 * The wait before each quick retry of one fetch: 2 s, 4 s, then 8 s, so the
 * tries go out at 0, 2, 6 and 14 s. TanStack Query passes the failures
 * counted before the one just seen (0 after the first), hence 2 s at 0.
 */
export function retryDelay(failureCount: number): number {
  return Math.min(2000 * 2 ** failureCount, 30_000);
}

export const RECOVERY_MIN_MS = 10_000;
export const RECOVERY_MAX_MS = 120_000;

/**
 * How long to wait before trying again after a fetch has failed for good.
 * The longer the outage has lasted, the rarer the tries (half the outage so
 * far), so a page left open neither hammers a struggling API nor stays stale
 * long after it is back.
 */
export function recoveryDelay(failingSince: number, now: number): number {
  const outage = Math.max(0, now - failingSince);
  return Math.min(RECOVERY_MAX_MS, Math.max(RECOVERY_MIN_MS, Math.round(outage / 2)));
}
