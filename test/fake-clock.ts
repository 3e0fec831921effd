import { act } from '@testing-library/react';
import { vi } from 'vitest';

/* Taken when this module loads, before any test fakes the clock. */
const realSetTimeout = globalThis.setTimeout;

/**
 * Waits on a fake clock until `condition` holds, giving up after about 10 s.
 * Requests, responses and module loading finish in real time, so each turn
 * lets them run for 10 real ms. The fake clock moves by `step` ms a turn: 0
 * keeps request times exact, 1 lets React Query hand its updates to React (a
 * zero-delay timer set while the fake clock runs fires 1 ms later).
 */
export async function until(condition: () => boolean, step: 0 | 1): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('Gave up waiting');
    await act(() => vi.advanceTimersByTimeAsync(step));
    await new Promise((resolve) => realSetTimeout(resolve, 10));
  }
}
