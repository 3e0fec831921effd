import {
  revisionSummarySchema,
  type Dataset,
  type DatasetSummary,
  type RevisionList,
  type RevisionSummary,
} from '../src/data/schema/schema';
import { parseJson, readDataset, validateDatasetFor, type ValidationIssue } from '../src/data/checks/validate';
import { plural } from '../src/data/words/format';
import { applyUpdateRequest } from '../src/data/resources/api-requests';
import { revisionChanges, revisionPage, type RevisionPageQuery } from '../src/data/resources/revisions';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /* Listing keys is needed only to find copies set aside; a storage without it lists none. */
  key?(index: number): string | null;
  readonly length?: number;
}

export interface SetAsideCopy {
  key: string;
  dataset: string;
  setAsideAt: string;
  text: string;
}

const STORAGE_UNREADABLE = 'Browser storage cannot be read here; changes will last until the page is closed.';

export type StoreResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; status: 400 | 404 | 409 | 422 | 507; message: string; issues?: ValidationIssue[] };

/* What is kept per dataset: the current revision and the ones before it, for undo. */
interface Saved {
  format: 1;
  /** The seed's updatedAt this copy grew from: a newer seed file wins over an older saved copy. */
  seedUpdatedAt: string;
  current: Dataset;
  previous: Dataset[];
  /** Audit entries of the revisions kept (current and previous), oldest first; copies saved before it had none. */
  trail?: RevisionSummary[];
}

const KEY_PREFIX = 'crisis-dashboard:v1:';
/* Damaged copies are moved here, never deleted: `<prefix><dataset id>:<when>`. */
const SET_ASIDE_PREFIX = 'crisis-dashboard:set-aside:';
const UNDO_DEPTH = 10;
/* Everything written through the mocked API is by this one browser's user. */
const EDITOR = 'local';

const seedEntry = (seed: Dataset): RevisionSummary => ({
  revision: seed.revision,
  editor: 'seed',
  at: seed.updatedAt,
  action: 'seed',
  changes: revisionChanges(null, seed),
});

/*
 * The next saved state after a change: the audit entry of the new current
 * revision is added, and entries of revisions no longer kept are dropped, so
 * every revision listed can be downloaded.
 */
function advance(
  base: Saved,
  before: Dataset,
  current: Dataset,
  previous: Dataset[],
  action: RevisionSummary['action'],
  editor = EDITOR,
): Saved {
  const entry: RevisionSummary = {
    revision: current.revision,
    editor,
    at: current.updatedAt,
    action,
    changes: revisionChanges(before, current),
  };
  const kept = new Set([current, ...previous].map((d) => d.revision));
  const trail = [...(base.trail ?? []), entry].filter((e) => kept.has(e.revision));
  return { ...base, current, previous, trail };
}

/* The audit trail of the revisions kept, oldest first; a revision saved without an entry is said to be a local edit. */
function trailOf(saved: Saved): RevisionSummary[] {
  const kept = [saved.current, ...saved.previous].sort((a, b) => a.revision - b.revision);
  return kept.map(
    (dataset, i) =>
      saved.trail?.find((e) => e.revision === dataset.revision) ?? {
        revision: dataset.revision,
        editor: EDITOR,
        at: dataset.updatedAt,
        action: 'put',
        changes: revisionChanges(kept[i - 1] ?? null, dataset),
      },
  );
}

interface Reading {
  saved: Saved | null;
  /** What was wrong, when anything was: the raw copy is then set aside. */
  problem?: string;
  /** What of a damaged copy could still be used. */
  kept?: string;
  /** Earlier revisions that could be read when the current data could not. */
  previous?: Dataset[];
}

/*
 * Reads a saved copy, keeping every part that still passes the schema: a bad
 * undo entry costs that entry, not the current data. Never throws: anything
 * unreadable is damage.
 */
function readSaved(raw: string | null, seed: Dataset): Reading {
  if (raw === null) return { saved: null };
  try {
    const parsed = parseJson(raw);
    if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      return { saved: null, problem: 'it is not readable JSON' };
    }
    const candidate = parsed.data as Partial<Saved>;
    if (candidate.format !== 1 || typeof candidate.seedUpdatedAt !== 'string') {
      return { saved: null, problem: 'it is not a saved copy this version can read' };
    }
    const ofThisDataset = (value: unknown): Dataset | null => {
      const result = readDataset(value);
      return result.ok && result.data.id === seed.id ? result.data : null;
    };
    const current = ofThisDataset(candidate.current);
    const entries = Array.isArray(candidate.previous) ? candidate.previous : [];
    const previous = entries.flatMap((entry) => ofThisDataset(entry) ?? []);
    const dropped = entries.length - previous.length;
    const trail = (Array.isArray(candidate.trail) ? candidate.trail : []).flatMap((entry) => {
      const read = revisionSummarySchema.safeParse(entry);
      return read.success ? [read.data] : [];
    });
    if (current && dropped === 0) {
      return { saved: { format: 1, seedUpdatedAt: candidate.seedUpdatedAt, current, previous, trail } };
    }
    if (current) {
      return {
        saved: { format: 1, seedUpdatedAt: candidate.seedUpdatedAt, current, previous, trail },
        problem: `${dropped} ${plural(dropped, 'earlier revision')} did not pass the dataset schema`,
        kept: `The current data and ${previous.length} ${plural(previous.length, 'earlier revision')} were kept.`,
      };
    }
    return {
      saved: null,
      problem: 'its current data does not pass the dataset schema',
      kept: previous.length
        ? `The seed data is shown; ${previous.length} ${plural(previous.length, 'earlier revision')} that could be read ${previous.length === 1 ? 'is' : 'are'} one undo away.`
        : undefined,
      previous,
    };
  } catch (error) {
    return { saved: null, problem: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/*
 * The data behind the mocked API. Each accepted write replaces the saved copy
 * whole, in one setItem, so a copy is never half old and half new. Every
 * operation first reads what is stored now, so a change made in another tab
 * is seen, and a write based on an older revision is refused, not lost. A copy
 * that is damaged is set aside under a key of its own, never deleted.
 */
export function createStore(seeds: Dataset[], options: { storage?: StorageLike; now?: () => string } = {}) {
  const { storage } = options;
  const now = options.now ?? (() => new Date().toISOString());
  let seedById = new Map(seeds.map((d) => [d.id, d]));
  const state = new Map<string, Saved>();
  /** The stored text each dataset's state was read from, to notice writes by other tabs. */
  const lastRaw = new Map<string, string | null>();
  const notices: string[] = [];
  const seedProblems = new Map<string, string[]>();

  const fresh = (seed: Dataset): Saved => ({
    format: 1,
    seedUpdatedAt: seed.updatedAt,
    current: structuredClone(seed),
    previous: [],
    trail: [seedEntry(seed)],
  });

  function readRaw(id: string): string | null {
    try {
      return storage?.getItem(KEY_PREFIX + id) ?? null;
    } catch {
      if (!notices.includes(STORAGE_UNREADABLE)) notices.push(STORAGE_UNREADABLE);
      return null;
    }
  }

  /* Moves a damaged copy out of the way, under its own key with the time, so nothing the maintainer applied is lost. */
  function setAside(seed: Dataset, raw: string, problem: string, kept?: string): boolean {
    const key = `${SET_ASIDE_PREFIX}${seed.id}:${now()}`;
    let moved = false;
    try {
      storage?.setItem(key, raw);
      moved = true;
    } catch {
      // No room: the copy stays under its own key, and the notice says so.
    }
    const where = moved
      ? `It was set aside in this browser's storage as “${key}”; the Update screen can download it.`
      : 'There was no room to set it aside, so it stays where it was until the next change is applied.';
    notices.push(
      `The saved copy of “${seed.title}” was damaged (${problem}). ${kept ?? 'The seed data is shown instead.'} ${where}`,
    );
    return moved;
  }

  /* Returns whether a damaged copy was moved away. */
  function load(seed: Dataset, raw: string | null): boolean {
    lastRaw.set(seed.id, raw);
    const reading = readSaved(raw, seed);
    const movedAway =
      reading.problem !== undefined && raw !== null && setAside(seed, raw, reading.problem, reading.kept);
    const saved = reading.saved;
    if (!saved) {
      const next = fresh(seed);
      if (reading.previous) next.previous = reading.previous.slice(0, UNDO_DEPTH);
      state.set(seed.id, next);
      return movedAway;
    }
    if (saved.seedUpdatedAt !== seed.updatedAt) {
      // The seed file was edited after this copy was saved: show the seed, and keep the copy one undo away.
      const current = { ...structuredClone(seed), revision: saved.current.revision + 1 };
      const previous = [saved.current, ...saved.previous].slice(0, UNDO_DEPTH);
      const base = { ...fresh(seed), trail: saved.trail };
      state.set(seed.id, advance(base, saved.current, current, previous, 'seed', 'seed'));
      return movedAway;
    }
    state.set(seed.id, saved);
    return movedAway;
  }

  /* Once the damaged copy is safe elsewhere, what could be kept replaces it, so the next load finds no damage. */
  function loadAndRepair(seed: Dataset, raw: string | null) {
    if (load(seed, raw)) persist(seed.id, state.get(seed.id)!);
  }

  /* What is stored now, which another tab may have written since this one last looked. */
  function sync(id: string) {
    const seed = seedById.get(id);
    if (!seed || !storage) return;
    const raw = readRaw(id);
    if (raw !== lastRaw.get(id)) loadAndRepair(seed, raw);
  }

  function persist(id: string, next: Saved): boolean {
    if (!storage) return true;
    try {
      const raw = JSON.stringify(next);
      storage.setItem(KEY_PREFIX + id, raw);
      lastRaw.set(id, raw);
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

  for (const seed of seeds) loadAndRepair(seed, readRaw(seed.id));

  /* Back to the seed file's data; what was there stays one undo away. */
  function resetToSeed(id: string, ifMatch?: number): StoreResult {
    sync(id);
    const saved = state.get(id);
    const seed = seedById.get(id);
    if (!saved || !seed) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
    const conflict = ifMatch === undefined ? null : stale(saved.current, ifMatch);
    if (conflict) return conflict;
    const current: Dataset = { ...structuredClone(seed), revision: saved.current.revision + 1, updatedAt: now() };
    const previous = [saved.current, ...saved.previous].slice(0, UNDO_DEPTH);
    return commit(id, advance({ ...fresh(seed), trail: saved.trail }, saved.current, current, previous, 'reset'));
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
      for (const id of state.keys()) sync(id);
      return [...state.values()].map(({ current: { id, title, asOf, revision } }) => ({ id, title, asOf, revision }));
    },

    get(id: string): Dataset | undefined {
      sync(id);
      const saved = state.get(id);
      return saved && structuredClone(saved.current);
    },

    /** Replace a dataset with a new version, if it is based on the current revision and valid. */
    put(id: string, candidate: unknown, ifMatch: number): StoreResult {
      sync(id);
      const saved = state.get(id);
      if (!saved) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
      const conflict = stale(saved.current, ifMatch);
      if (conflict) return conflict;
      const checked = validateDatasetFor(id, candidate);
      if (!checked.ok) return { ok: false, status: 422, message: 'The dataset is not valid', issues: checked.issues };
      const current: Dataset = { ...checked.data, revision: saved.current.revision + 1, updatedAt: now() };
      const previous = [saved.current, ...saved.previous].slice(0, UNDO_DEPTH);
      return commit(id, advance(saved, saved.current, current, previous, 'put'));
    },

    /** Apply a partial update, or spreadsheet rows when the type is `text/csv`. */
    update(id: string, text: string, contentType: string | null, ifMatch: number): StoreResult {
      sync(id);
      const saved = state.get(id);
      if (!saved) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
      const conflict = stale(saved.current, ifMatch);
      if (conflict) return conflict;
      const result = applyUpdateRequest(text, contentType, saved.current, now());
      if (!result.ok) return result;
      // Nothing new: the current revision is the answer, and nothing is saved.
      if (result.unchanged) return { ok: true, dataset: structuredClone(saved.current) };
      const current: Dataset = { ...result.data, revision: saved.current.revision + 1, updatedAt: now() };
      const previous = [saved.current, ...saved.previous].slice(0, UNDO_DEPTH);
      return commit(id, advance(saved, saved.current, current, previous, 'update'));
    },

    /** Go back one revision. The content returns; the revision number still grows, so no client's If-Match is reused. */
    undo(id: string, ifMatch: number): StoreResult {
      sync(id);
      const saved = state.get(id);
      if (!saved) return { ok: false, status: 404, message: `There is no dataset "${id}"` };
      const conflict = stale(saved.current, ifMatch);
      if (conflict) return conflict;
      const [before, ...rest] = saved.previous;
      if (!before) return { ok: false, status: 409, message: 'There is no earlier revision to go back to' };
      const current: Dataset = { ...before, revision: saved.current.revision + 1, updatedAt: now() };
      return commit(id, advance(saved, saved.current, current, rest, 'undo'));
    },

    resetToSeed,

    /** The audit trail of the revisions kept, a page at a time, newest first. */
    revisions(id: string, query: RevisionPageQuery): RevisionList | undefined {
      sync(id);
      const saved = state.get(id);
      return saved && revisionPage(trailOf(saved), query);
    },

    /** One kept revision's dataset, as it was. */
    revision(id: string, n: number): Dataset | undefined {
      sync(id);
      const saved = state.get(id);
      const found = saved && [saved.current, ...saved.previous].find((d) => d.revision === n);
      return found && structuredClone(found);
    },

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

    /** Copies set aside as damaged, oldest first, for the maintainer to download. */
    setAside(): SetAsideCopy[] {
      if (!storage?.key || storage.length === undefined) return [];
      const copies: SetAsideCopy[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(SET_ASIDE_PREFIX)) continue;
        const rest = key.slice(SET_ASIDE_PREFIX.length);
        const split = rest.indexOf(':');
        copies.push({
          key,
          dataset: rest.slice(0, split),
          setAsideAt: rest.slice(split + 1),
          text: storage.getItem(key) ?? '',
        });
      }
      return copies.sort((a, b) => (a.setAsideAt < b.setAsideAt ? -1 : 1));
    },

    /** For tests: forget every change and every saved copy. */
    clear() {
      seedById = new Map(seeds.map((d) => [d.id, d]));
      notices.length = 0;
      seedProblems.clear();
      for (const seed of seeds) {
        storage?.removeItem(KEY_PREFIX + seed.id);
        lastRaw.set(seed.id, null);
        state.set(seed.id, fresh(seed));
      }
    },
  };
}

export type Store = ReturnType<typeof createStore>;
export const STORAGE_KEY_PREFIX = KEY_PREFIX;
