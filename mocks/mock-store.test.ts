import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema/schema';
import { createStore, STORAGE_KEY_PREFIX, type StorageLike } from './mock-store';
import { countFigure, seedDataset } from '../test/fixtures';
import { currentValues } from '../src/data/ledger/claims';
import { indexDataset } from '../src/data/words/figures';

const seed: Dataset = seedDataset();
const ID = seed.id;
const KEY = STORAGE_KEY_PREFIX + ID;

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/* A change as the app makes one: a new claim appended to the ledger, never an edit of an earlier one. */
function withPopulation(dataset: Dataset, value: number): Dataset {
  const next = structuredClone(dataset);
  next.claims.push({
    id: 'test-population-later',
    figure: 'population-under-blockade',
    date: '2023-09-19',
    time: '18:00',
    values: [{ measure: 'population', value, qualifier: 'about' }],
    status: 'reported',
    citation: 'medya-blockade-population',
  });
  return next;
}

/* The population the dashboard would show: the current value derived from the claims. */
function population(dataset: Dataset | undefined): number | undefined {
  if (!dataset) return undefined;
  const figure = countFigure(dataset, 'population-under-blockade');
  return currentValues(figure, indexDataset(dataset).claims)[0]?.value.value;
}

const clock = () => '2026-11-24T10:00:00.000Z';

describe('store', () => {
  it('accepts a valid change based on the current revision and numbers it', () => {
    const store = createStore([seed], { now: clock });
    const result = store.put(ID, withPopulation(seed, 100_000), 1);
    expect(result.ok && [result.dataset.revision, result.dataset.updatedAt]).toEqual([2, '2026-11-24T10:00:00.000Z']);
    expect(population(store.get(ID))).toBe(100_000);
  });

  it('refuses a change based on a stale revision and keeps the data', () => {
    const store = createStore([seed]);
    store.put(ID, withPopulation(seed, 100_000), 1);
    const before = JSON.stringify(store.get(ID));
    const result = store.put(ID, withPopulation(seed, 90_000), 1);
    expect(result.ok ? 200 : result.status).toBe(409);
    expect(result.ok ? '' : result.message).toMatch(/Someone else changed the data/);
    expect(JSON.stringify(store.get(ID))).toBe(before);
  });

  it('refuses an invalid dataset with its paths and keeps the data', () => {
    const storage = memoryStorage();
    const store = createStore([seed], { storage });
    store.put(ID, withPopulation(seed, 100_000), 1);
    const saved = storage.data.get(KEY);
    const result = store.put(ID, withPopulation(seed, -5), 2);
    expect(result.ok ? [] : result.issues?.map((i) => i.path)).toEqual(['claims[3].values[0].value']);
    expect(storage.data.get(KEY)).toBe(saved);
    expect(population(store.get(ID))).toBe(100_000);
  });

  it('keeps applied changes for the next page load', () => {
    const storage = memoryStorage();
    createStore([seed], { storage }).put(ID, withPopulation(seed, 100_000), 1);
    const reloaded = createStore([seed], { storage });
    expect(population(reloaded.get(ID))).toBe(100_000);
    expect(reloaded.notices()).toEqual([]);
  });

  it('falls back to the seed with a notice when the saved copy is cut short, and sets the copy aside whole', () => {
    const storage = memoryStorage();
    createStore([seed], { storage }).put(ID, withPopulation(seed, 100_000), 1);
    const damaged = storage.data.get(KEY)!.slice(0, 500);
    storage.data.set(KEY, damaged);
    const reloaded = createStore([seed], { storage, now: () => '2026-11-28T10:00:00.000Z' });
    expect(population(reloaded.get(ID))).toBe(120_000);
    const aside = `crisis-dashboard:set-aside:${ID}:2026-11-28T10:00:00.000Z`;
    expect(reloaded.notices()).toEqual([
      `The saved copy of “Nagorno-Karabakh: blockade and offensive” was damaged (it is not readable JSON). The seed data is shown instead. It was set aside in this browser's storage as “${aside}”; the Update screen can download it.`,
    ]);
    expect(storage.data.get(aside)).toBe(damaged);
  });

  it('falls back to the seed when the saved copy is JSON but not a valid dataset', () => {
    const storage = memoryStorage();
    storage.data.set(
      KEY,
      JSON.stringify({ format: 1, seedUpdatedAt: seed.updatedAt, current: { id: ID }, previous: [] }),
    );
    const reloaded = createStore([seed], { storage });
    expect(population(reloaded.get(ID))).toBe(120_000);
    expect(reloaded.notices()[0]).toMatch(/does not pass the dataset schema/);
  });

  it('reads a saved copy in the earlier format, values inside figures, as claims', () => {
    const storage = memoryStorage();
    const { claims: _claims, headlines: _headlines, ...rest } = seed;
    const earlier = {
      ...rest,
      figures: [
        {
          id: 'population-under-blockade',
          kind: 'count',
          label: 'Population under blockade',
          unit: 'people',
          status: 'reported',
          date: '2023-09-19',
          measures: [{ key: 'population', label: 'ethnic Armenians', value: 100_000, qualifier: 'about' }],
          citations: ['medya-blockade-population'],
        },
      ],
    };
    storage.data.set(KEY, JSON.stringify({ format: 1, seedUpdatedAt: seed.updatedAt, current: earlier, previous: [] }));
    const store = createStore([seed], { storage });
    expect(store.get(ID)!.claims.map((c) => [c.figure, c.citation])).toEqual([
      ['population-under-blockade', 'medya-blockade-population'],
    ]);
    expect(population(store.get(ID))).toBe(100_000);
    expect(store.notices()).toEqual([]);
  });

  it('goes back one revision on undo, with a new revision number', () => {
    const store = createStore([seed]);
    store.put(ID, withPopulation(seed, 100_000), 1);
    const result = store.undo(ID, 2);
    expect(result.ok && [result.dataset.revision, population(result.dataset)]).toEqual([3, 120_000]);
  });

  it('says when there is nothing to undo', () => {
    const result = createStore([seed]).undo(ID, 1);
    expect(result.ok ? '' : result.message).toBe('There is no earlier revision to go back to');
  });

  it('resets to the seed and keeps the change one undo away', () => {
    const store = createStore([seed]);
    store.put(ID, withPopulation(seed, 100_000), 1);
    expect(population(store.resetToSeed(ID).ok ? store.get(ID) : undefined)).toBe(120_000);
    store.undo(ID, 3);
    expect(population(store.get(ID))).toBe(100_000);
  });

  it('shows a seed file edited after the saved copy, keeping the copy one undo away', () => {
    const storage = memoryStorage();
    createStore([seed], { storage }).put(ID, withPopulation(seed, 100_000), 1);
    const edited = { ...withPopulation(seed, 110_000), updatedAt: '2026-11-25T00:00:00Z' };
    const store = createStore([edited], { storage });
    expect(population(store.get(ID))).toBe(110_000);
    const current = store.get(ID)!.revision;
    store.undo(ID, current);
    expect(population(store.get(ID))).toBe(100_000);
  });

  it('refuses a change it cannot save and keeps the data as it was', () => {
    const storage = memoryStorage();
    const store = createStore([seed], { storage });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const result = store.put(ID, withPopulation(seed, 100_000), 1);
    expect(result.ok ? 200 : result.status).toBe(507);
    expect(population(store.get(ID))).toBe(120_000);
  });

  it('hands out copies that cannot change the store', () => {
    const store = createStore([seed]);
    const copy = store.get(ID)!;
    copy.title = 'changed';
    expect(store.get(ID)!.title).toBe(seed.title);
  });
});
