import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryObserver } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { createQueryClient } from './query-client';

afterEach(() => {
  vi.useRealTimers();
});

/* A query on the app's client, watched as a page watches it, whose requests fail while `down` says so. */
function watchQuery(options: { data?: number; down: () => boolean }) {
  vi.useFakeTimers();
  const client = createQueryClient();
  if (options.data !== undefined) client.setQueryData(['figures'], options.data, { updatedAt: 0 });
  const start = Date.now();
  const tries: number[] = [];
  const observer = new QueryObserver(client, {
    queryKey: ['figures'],
    queryFn: () => {
      tries.push(Date.now() - start);
      if (options.down()) throw new ApiError('http', 'Overloaded', '/api', { status: 503 });
      return 2;
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  return { tries, observer, unsubscribe };
}

describe('an outage', () => {
  it.each([
    ['before any figures were fetched', undefined],
    ['while earlier figures are on screen', 1],
  ])('%s: rounds of four tries, further apart the longer it lasts, up to 2 minutes', async (_, data) => {
    const { tries, unsubscribe } = watchQuery({ data, down: () => true });
    await vi.advanceTimersByTimeAsync(600_000);
    unsubscribe();
    const rounds = tries.filter((_, i) => i % 4 === 0);
    // After each round's last failure: 10 s, then half the outage so far (since 14 s), at most 2 minutes.
    expect(rounds).toEqual([0, 24_000, 50_000, 89_000, 147_500, 235_250, 366_875, 500_875]);
    expect(tries).toEqual(
      rounds.flatMap((at) => [at, at + 2000, at + 6000, at + 14_000]).filter((at) => at <= 600_000),
    );
  });

  it('counts again from 10 seconds once the API has answered', async () => {
    let down = true;
    const { tries, observer, unsubscribe } = watchQuery({ down: () => down });
    await vi.advanceTimersByTimeAsync(200_000);
    down = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(observer.getCurrentResult().data).toBe(2);
    down = true;
    const before = tries.length;
    void observer.refetch();
    await vi.advanceTimersByTimeAsync(29_000);
    unsubscribe();
    const outage = tries.slice(before).map((t) => t - tries[before]!);
    expect(outage).toEqual([0, 2000, 6000, 14_000, 24_000, 26_000]);
  });
});
