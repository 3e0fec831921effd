import type { Dataset, DatasetSummary } from '../src/data/schema';
import { parseJson, readDataset, validateDataset, type ValidationIssue } from '../src/data/validate';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; status: 404 | 409 | 422 | 507; message: string; issues?: ValidationIssue[] };

/* What is kept per dataset: the current revision and the ones before it, for undo. */
interface Saved {
  format: 1;
  /** The seed's updatedAt this copy grew from: a newer seed file wins over an older saved copy. */
  seedUpdatedAt: string;
  current: Dataset;
  previous: Dataset[];
}

const KEY_PREFIX = 'crisis-dashboard:v1:';
const UNDO_DEPTH = 10;

function readSaved(raw: string | null, seed: Dataset): { saved: Saved | null; problem?: string } {
  if (raw === null) return { saved: null };
  const parsed = parseJson(raw);
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null) {
    return { saved: null, problem: 'it is not readable JSON' };
  }
  const candidate = parsed.data as Partial<Saved>;
  const current = readDataset(candidate.current);
  const previous = Array.isArray(candidate.previous) ? candidate.previous.map(readDataset) : [];
  if (
    candidate.format !== 1 ||
    !current.ok ||
    previous.some((p) => !p.ok) ||
    typeof candidate.seedUpdatedAt !== 'string'
  ) {
    return { saved: null, problem: 'it does not pass the dataset schema' };
  }
  if (current.data.id !== seed.id) return { saved: null, problem: 'it belongs to another dataset' };
  return {
    saved: {
      format: 1,
      seedUpdatedAt: candidate.seedUpdatedAt,
      current: current.data,
      previous: previous.flatMap((p) => (p.ok ? [p.data] : [])),
    },
  };
}

/*
 * The data behind the mocked API. Each accepted write replaces the saved copy
 * whole, in one setItem, so a copy is never half old and half new; a copy that
 * is damaged anyway is set aside for the seed, with a notice.
 */
export function createStore(seeds: Dataset[], options: { storage?: StorageLike; now?: () => string } = {}) {
  const { storage } = options;
  const now = options.now ?? (() => new Date().toISOString());
  let seedById = new Map(seeds.map((d) => [d.id, d]));
  const state = new Map<string, Saved>();
  const notices: string[] = [];
  const seedProblems = new Map<string, string[]>();

  const fresh = (seed: Dataset): Saved => ({
    format: 1,
    seedUpdatedAt: seed.updatedAt,
    current: structuredClone(seed),
    previous: [],
  });

  function load(seed: Dataset) {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(KEY_PREFIX + seed.id) ?? null;
    } catch {
      notices.push('Browser storage cannot be read here; changes will last until the page is closed.');
    }
    const { saved, problem } = readSaved(raw, seed);
    if (problem) {
      notices.push(`The saved copy of “${seed.title}” was damaged (${problem}), so the seed data is shown instead.`);
      storage?.removeItem(KEY_PREFIX + seed.id);
    }
    if (saved && saved.seedUpdatedAt !== seed.updatedAt) {
      // The seed file was edited after this copy was saved: show the seed, and keep the copy one undo away.
      const next = fresh(seed);
      next.current.revision = saved.current.revision + 1;
      next.previous = [saved.current, ...saved.previous].slice(0, UNDO_DEPTH);
      state.set(seed.id, next);
      return;
    }
    state.set(seed.id, saved ?? fresh(seed));
  }

  function persist(id: string, next: Saved): boolean {
    if (!storage) return true;
    try {
      storage.setItem(KEY_PREFIX + id, JSON.stringify(next));
      return true;
    } catch {
      return false;
    }
  }

  function commit(id: string, next: Saved): StoreResult {
    if (!persist(id, next)) {
      return { ok: false, status: 507, message: 'The browser storage is full or blocked, so the change was not saved' };
    }
    state.set(id, next);
    return { ok: true, dataset: structuredClone(next.current) };
  }

  function stale(current: Dataset, ifMatch: number): StoreResult | null {
    if (ifMatch === current.revision) return null;
    return {
      ok: false,
      status: 409,
      message: `Someone else changed the data: your copy is revision ${ifMatch}, the current one is ${current.revision}. Reload to see it, then apply your change again`,
    };
  }

  for (const seed of seeds) load(seed);

  /* Back to the seed file's data; what was there stays one undo away. */
  function resetToSeed(id: string): StoreResult {
    const saved = state.get(id);
    const seed = seedById.get(id);
    if (!saved || !seed) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
    const current: Dataset = { ...structuredClone(seed), revision: saved.current.revision + 1, updatedAt: now() };
    return commit(id, { ...fresh(seed), current, previous: [saved.current, ...saved.previous].slice(0, UNDO_DEPTH) });
  }

  return {
    /** What every reader should be told: damaged saved copies set aside, seed files that do not validate. */
    notices: () => [...notices, ...[...seedProblems.values()].flat()],

    /** Record (or, with an empty list, clear) the problems of one seed file. */
    setSeedProblems(file: string, problems: string[]) {
      if (problems.length) seedProblems.set(file, problems);
      else seedProblems.delete(file);
    },

    hasSeedProblems: () => seedProblems.size > 0,

    list(): DatasetSummary[] {
      return [...state.values()].map(({ current: { id, title, asOf, revision } }) => ({ id, title, asOf, revision }));
    },

    get(id: string): Dataset | undefined {
      const saved = state.get(id);
      return saved && structuredClone(saved.current);
    },

    /** Replace a dataset with a new version, if it is based on the current revision and valid. */
    put(id: string, candidate: unknown, ifMatch: number): StoreResult {
      const saved = state.get(id);
      if (!saved) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
      const conflict = stale(saved.current, ifMatch);
      if (conflict) return conflict;
      const checked = validateDataset(candidate);
      if (!checked.ok) return { ok: false, status: 422, message: 'The dataset is not valid', issues: checked.issues };
      if (checked.data.id !== id) {
        return {
          ok: false,
          status: 422,
          message: 'The dataset is not valid',
          issues: [{ path: 'id', message: `Must be "${id}"` }],
        };
      }
      const current: Dataset = { ...checked.data, revision: saved.current.revision + 1, updatedAt: now() };
      return commit(id, { ...saved, current, previous: [saved.current, ...saved.previous].slice(0, UNDO_DEPTH) });
    },

    /** Go back one revision. The content returns; the revision number still grows, so no client's If-Match is reused. */
    undo(id: string, ifMatch: number): StoreResult {
      const saved = state.get(id);
      if (!saved) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
      const conflict = stale(saved.current, ifMatch);
      if (conflict) return conflict;
      const [before, ...rest] = saved.previous;
      if (!before) return { ok: false, status: 409, message: 'There is no earlier revision to go back to' };
      const current: Dataset = { ...before, revision: saved.current.revision + 1, updatedAt: now() };
      return commit(id, { ...saved, current, previous: rest });
    },

    resetToSeed,

    /** A seed file changed on disk (development): it becomes the current data, the old data one undo away. */
    replaceSeed(seed: Dataset): StoreResult {
      seedById = new Map(seedById).set(seed.id, seed);
      const saved = state.get(seed.id);
      if (!saved) {
        state.set(seed.id, fresh(seed));
        return { ok: true, dataset: structuredClone(seed) };
      }
      return resetToSeed(seed.id);
    },

    /** For tests: forget every change and every saved copy. */
    clear() {
      seedById = new Map(seeds.map((d) => [d.id, d]));
      notices.length = 0;
      seedProblems.clear();
      for (const seed of seeds) {
        storage?.removeItem(KEY_PREFIX + seed.id);
        state.set(seed.id, fresh(seed));
      }
    },
  };
}

export type Store = ReturnType<typeof createStore>;
export const STORAGE_KEY_PREFIX = KEY_PREFIX;
