import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../test/property';
import type { Dataset } from '../src/data/schema/schema';
import { validateDataset } from '../src/data/checks/validate';
import { createStore, STORAGE_KEY_PREFIX, type StorageLike } from './mock-store';
import { seedDataset } from '../test/fixtures';

const seed: Dataset = seedDataset();
const KEY = STORAGE_KEY_PREFIX + seed.id;
const RUNS = 300;

function memoryStorage(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[KEY, initial]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/* A later population claim appended to the seed's ledger, with any value, valid or not. */
function withPopulation(value: unknown): unknown {
  const next = structuredClone(seed) as unknown as { claims: unknown[] };
  next.claims.push({
    id: 'test-population-later',
    figure: 'population-under-blockade',
    date: '2023-09-19',
    values: [{ measure: 'population', value, qualifier: 'about' }],
    status: 'reported',
    citation: 'medya-blockade-population',
  });
  return next;
}

type Command = { kind: 'put'; value: unknown; staleBy: number } | { kind: 'undo'; staleBy: number } | { kind: 'reset' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    value: fc.oneof(fc.integer({ min: 0, max: 1e7 }), fc.constantFrom<unknown>(-1, 'many', null, 1.5, 1e300)),
    staleBy: fc.constantFrom(0, 0, 0, 1, -1),
  }),
  fc.record({ kind: fc.constant('undo' as const), staleBy: fc.constantFrom(0, 0, 1) }),
  fc.record({ kind: fc.constant('reset' as const) }),
);

describe('the store under random sequences of writes', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it(`leaves its saved bytes and its data untouched by every refused write (${RUNS} sequences of up to 20)`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), (commands) => {
        const storage = memoryStorage();
        const store = createStore([seed], { storage, now: () => '2026-11-24T12:00:00.000Z' });
        for (const c of commands) {
          const bytesBefore = storage.data.get(KEY);
          const before = store.get(seed.id)!;
          const revision = before.revision + (c.kind === 'reset' ? 0 : c.staleBy);
          const result =
            c.kind === 'put'
              ? store.put(seed.id, withPopulation(c.value), revision)
              : c.kind === 'undo'
                ? store.undo(seed.id, revision)
                : store.resetToSeed(seed.id);
          const after = store.get(seed.id)!;
          if (result.ok) {
            expect(after.revision).toBe(before.revision + 1);
            expect(validateDataset(after).ok).toBe(true);
            // Written whole: what is saved reads back as exactly what is served.
            expect((JSON.parse(storage.data.get(KEY)!) as { current: Dataset }).current).toEqual(after);
          } else {
            refused += 1;
            expect(storage.data.get(KEY)).toBe(bytesBefore);
            expect(after).toEqual(before);
          }
        }
      }),
      propertyRuns(RUNS),
    );
    expect(refused).toBeGreaterThan(0);
  });
});

describe('a damaged saved copy', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  function savedCopy(): string {
    const storage = memoryStorage();
    const store = createStore([seed], { storage, now: () => '2026-11-24T12:00:00.000Z' });
    const result = store.put(seed.id, withPopulation(130_000), seed.revision);
    if (!result.ok) throw new Error(result.message);
    return storage.data.get(KEY)!;
  }
  const good = savedCopy();

  it(`is noticed when cut short anywhere (${RUNS} cuts): the seed is served and readers are told`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), (length) => {
        const store = createStore([seed], { storage: memoryStorage(good.slice(0, length)) });
        expect(store.get(seed.id)).toEqual(seed);
        expect(store.notices().join(' ')).toMatch(/was damaged/);
      }),
      propertyRuns(RUNS),
    );
  });

  it(`never serves invalid data when bytes are changed at random (${RUNS} copies)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 32, max: 126 })), { minLength: 1, maxLength: 5 }),
        (flips) => {
          const chars = [...good];
          for (const [at, code] of flips) chars[at % chars.length] = String.fromCharCode(code);
          const damaged = chars.join('');
          const store = createStore([seed], { storage: memoryStorage(damaged) });
          const served = store.get(seed.id)!;
          expect(validateDataset(served).ok).toBe(true);
          // A damaged copy costs only what is damaged: the saved data when it still reads, else the seed.
          if (store.notices().length > 0) expect([seed.revision, seed.revision + 1]).toContain(served.revision);
        },
      ),
      propertyRuns(RUNS),
    );
  });
});
