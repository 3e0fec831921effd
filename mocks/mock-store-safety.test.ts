import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema/schema';
import { errorBodySchema, setAsideListSchema } from '../src/data/schema/schema';
import { createStore, STORAGE_KEY_PREFIX, type StorageLike } from './mock-store';
import { seedDataset } from '../test/fixtures';

/*
 * Nothing a maintainer applies is lost: not to another tab writing at the
 * same time, not to a damaged saved copy, not to a copy too large to read.
 */

const seed: Dataset = seedDataset();
const ID = seed.id;
const KEY = STORAGE_KEY_PREFIX + ID;

/* localStorage as two tabs of one site share it, key listing included. */
function sharedStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

function renamed(dataset: Dataset, title: string): Dataset {
  return { ...structuredClone(dataset), title };
}

describe('two tabs', () => {
  it('refuses the second tab’s write based on the revision the first replaced, and keeps the first tab’s change', () => {
    const storage = sharedStorage();
    const tabA = createStore([seed], { storage });
    const tabB = createStore([seed], { storage });
    expect(tabA.put(ID, renamed(seed, 'From tab A'), 1).ok).toBe(true);
    const fromB = tabB.put(ID, renamed(seed, 'From tab B'), 1);
    expect(fromB.ok ? 200 : fromB.status).toBe(409);
    expect(JSON.parse(storage.data.get(KEY)!).current.title).toBe('From tab A');
  });

  it('shows a tab left open the change another tab made', () => {
    const storage = sharedStorage();
    const tabA = createStore([seed], { storage });
    const tabB = createStore([seed], { storage });
    tabA.put(ID, renamed(seed, 'From tab A'), 1);
    expect(tabB.get(ID)?.title).toBe('From tab A');
    expect(tabB.list()[0]?.revision).toBe(2);
  });

  it('builds on the other tab’s change once it has been seen, keeping it one undo away', () => {
    const storage = sharedStorage();
    const tabA = createStore([seed], { storage });
    const tabB = createStore([seed], { storage });
    tabA.put(ID, renamed(seed, 'From tab A'), 1);
    const latest = tabB.get(ID)!;
    expect(tabB.put(ID, { ...latest, region: 'Changed in tab B' }, latest.revision).ok).toBe(true);
    const undone = tabA.undo(ID, 3);
    expect(undone.ok && [undone.dataset.title, undone.dataset.region]).toEqual(['From tab A', seed.region]);
  });

  it('refuses an undo or a reset based on a revision another tab replaced', () => {
    const storage = sharedStorage();
    const tabA = createStore([seed], { storage });
    const tabB = createStore([seed], { storage });
    tabA.put(ID, renamed(seed, 'One'), 1);
    tabA.put(ID, renamed(seed, 'Two'), 2);
    const undo = tabB.undo(ID, 2);
    const reset = tabB.resetToSeed(ID, 2);
    expect([undo.ok ? 200 : undo.status, reset.ok ? 200 : reset.status]).toEqual([409, 409]);
    expect(tabA.get(ID)?.title).toBe('Two');
  });
});

describe('a damaged saved copy', () => {
  const damagedAt = '2026-11-28T10:00:00.000Z';

  function savedWith(current: unknown, previous: unknown[]): string {
    return JSON.stringify({ format: 1, seedUpdatedAt: seed.updatedAt, current, previous });
  }

  it('loses only its bad undo entry: the current data and the good entries stay', () => {
    const good = renamed(seed, 'Current');
    const storage = sharedStorage({
      [KEY]: savedWith({ ...good, revision: 3 }, [{ id: ID }, { ...seed, revision: 1 }]),
    });
    const store = createStore([seed], { storage, now: () => damagedAt });
    expect(store.get(ID)?.title).toBe('Current');
    expect(store.notices()[0]).toMatch(
      /damaged \(1 earlier revision did not pass the dataset schema\)\. The current data and 1 earlier revision were kept\./,
    );
    const undone = store.undo(ID, 3);
    expect(undone.ok && undone.dataset.title).toBe(seed.title);
  });

  it('keeps the earlier revisions that read when the current data does not', () => {
    const earlier = { ...renamed(seed, 'Earlier'), revision: 2 };
    const storage = sharedStorage({ [KEY]: savedWith({ id: ID }, [earlier]) });
    const store = createStore([seed], { storage, now: () => damagedAt });
    expect(store.get(ID)?.title).toBe(seed.title);
    const undone = store.undo(ID, 1);
    expect(undone.ok && undone.dataset.title).toBe('Earlier');
  });

  it('is set aside under its own key with the time, whole, and listed for download', () => {
    const raw = savedWith({ id: ID }, []);
    const storage = sharedStorage({ [KEY]: raw });
    const store = createStore([seed], { storage, now: () => damagedAt });
    expect(store.setAside()).toEqual([
      { key: `crisis-dashboard:set-aside:${ID}:${damagedAt}`, dataset: ID, setAsideAt: damagedAt, text: raw },
    ]);
    expect(store.notices()[0]).toContain(`“crisis-dashboard:set-aside:${ID}:${damagedAt}”`);
  });

  it('is set aside once: the next page load finds the repaired copy, not the damage', () => {
    const storage = sharedStorage({ [KEY]: savedWith({ id: ID }, []) });
    createStore([seed], { storage, now: () => damagedAt });
    const reloaded = createStore([seed], { storage, now: () => '2026-11-28T11:00:00.000Z' });
    expect(reloaded.notices()).toEqual([]);
    expect(reloaded.setAside()).toHaveLength(1);
  });

  it('stays where it is, and says so, when there is no room to set it aside', () => {
    const raw = savedWith({ id: ID }, []);
    const storage = sharedStorage({ [KEY]: raw });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createStore([seed], { storage, now: () => damagedAt });
    expect(store.notices()[0]).toMatch(/There was no room to set it aside, so it stays where it was/);
    expect(storage.data.get(KEY)).toBe(raw);
  });

  it('with a 200,000-item array never throws: the seed is served and the copy set aside', () => {
    const raw = savedWith({ ...seed, citations: Array.from({ length: 200_000 }, () => 0) }, []);
    const storage = sharedStorage({ [KEY]: raw });
    const store = createStore([seed], { storage, now: () => damagedAt });
    expect(store.get(ID)?.title).toBe(seed.title);
    expect(store.notices()[0]).toMatch(/was damaged/);
    expect(store.setAside()[0]?.text).toBe(raw);
  });
});

describe('the mocked API', () => {
  const base = 'http://localhost/api/v1';

  it('answers 428 to a reset without If-Match and 409 to a stale one', async () => {
    const url = `${base}/datasets/${ID}/reset`;
    expect((await fetch(url, { method: 'POST' })).status).toBe(428);
    const stale = await fetch(url, { method: 'POST', headers: { 'If-Match': '"7"' } });
    expect(stale.status).toBe(409);
    expect(errorBodySchema.parse(await stale.json()).error.message).toMatch(/Someone else changed the data/);
  });

  it('lists the copies set aside', async () => {
    const body = setAsideListSchema.parse(await (await fetch(`${base}/set-aside`)).json());
    expect(body).toEqual({ copies: [] });
  });
});
