import type { Dataset, DatasetSummary, RevisionList } from '../src/data/schema/schema';
import { revisionSummarySchema } from '../src/data/schema/schema';
import type { ListChanges } from '../src/data/formats/diff';
import { applyUpdateRequest } from '../src/data/resources/api-requests';
import { revisionChanges, revisionPage, type RevisionPageQuery } from '../src/data/resources/revisions';
import { parseDataset, validateDatasetFor, type ValidationIssue } from '../src/data/checks/validate';
import { createRevisionFiles, type RevisionMeta, type WriteWhole } from './storage';

/*
 * The server's datasets over revision files. The current revision of each
 * is kept in memory, with its JSON text, so reads never touch the disk.
 * Writes to one dataset run one at a time: each compares the revision it was
 * based on with the current one, validates, writes the new revision to disk,
 * and only then makes it current, so nothing is acknowledged before it is
 * safe, and a failed write changes nothing.
 */

export type WriteResult =
  | { ok: true; dataset: Dataset; text: string; unchanged?: boolean }
  | { ok: false; status: 404 | 409 | 422 | 400 | 507; message: string; issues?: ValidationIssue[] };

interface State {
  seed?: Dataset;
  current: Dataset;
  text: string;
  /** Audit entries, oldest first. */
  metas: RevisionMeta[];
  /** The end of the queue of writes to this dataset. */
  queue: Promise<unknown>;
}

export interface StoreOptions {
  dataDir: string;
  /** The datasets of seeds/: a dataset with no folder yet starts from its seed, and reset goes back to it. */
  seeds: Dataset[];
  now?: () => string;
  write?: WriteWhole;
}

const NONE: ListChanges = { added: 0, changed: 0, removed: 0 };

function readMeta(value: unknown, revision: number): RevisionMeta {
  const { undoTo, ...entry } = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const parsed = revisionSummarySchema.safeParse(entry);
  if (parsed.success && parsed.data.revision === revision) {
    return { ...parsed.data, undoTo: typeof undoTo === 'number' ? undoTo : null };
  }
  // The audit entry is unreadable: the revision stands, said to be by an unknown editor.
  return {
    revision,
    editor: 'unknown',
    at: '',
    action: 'put',
    changes: { figures: NONE, claims: NONE, sources: NONE, citations: NONE, events: NONE },
    undoTo: revision > 1 ? revision - 1 : null,
  };
}

export async function openStore(options: StoreOptions) {
  const now = options.now ?? (() => new Date().toISOString());
  const files = createRevisionFiles(options.dataDir, options.write);
  const seeds = new Map(options.seeds.map((d) => [d.id, d]));
  const states = new Map<string, State>();

  for (const stored of await files.scan()) {
    // The newest revision that reads whole is current; atomic writes make an unreadable one a disk fault, not a crash.
    let loaded: { dataset: Dataset; text: string } | null = null;
    for (const n of [...stored.revisions].reverse()) {
      const text = await files.readDataset(stored.id, n);
      const result = parseDataset(text);
      if (result.ok && result.data.id === stored.id && result.data.revision === n) {
        loaded = { dataset: result.data, text };
        break;
      }
      console.error(`${stored.id}: revision ${n} cannot be read, so an earlier one is served`);
    }
    if (!loaded) continue;
    const metas: RevisionMeta[] = [];
    for (const n of stored.revisions.filter((r) => r <= loaded.dataset.revision)) {
      metas.push(readMeta(await files.readMeta(stored.id, n), n));
    }
    states.set(stored.id, {
      seed: seeds.get(stored.id),
      current: loaded.dataset,
      text: loaded.text,
      metas,
      queue: Promise.resolve(),
    });
  }

  for (const seed of seeds.values()) {
    if (states.has(seed.id)) continue;
    const text = JSON.stringify(seed);
    const meta: RevisionMeta = {
      revision: seed.revision,
      editor: 'seed',
      at: now(),
      action: 'seed',
      changes: revisionChanges(null, seed),
      undoTo: null,
    };
    await files.writeRevision(seed.id, meta, text);
    states.set(seed.id, { seed, current: seed, text, metas: [meta], queue: Promise.resolve() });
  }

  /* Runs a write alone among the writes to its dataset. */
  function serialise(state: State, write: () => Promise<WriteResult>): Promise<WriteResult> {
    const result = state.queue.then(write);
    state.queue = result.catch(() => undefined);
    return result;
  }

  function stale(state: State, ifMatch: number): WriteResult | null {
    if (ifMatch === state.current.revision) return null;
    return {
      ok: false,
      status: 409,
      message: `Someone else changed the data: your copy is revision ${ifMatch}, the current one is ${state.current.revision}. Reload to see it, then apply your change again`,
    };
  }

  async function commit(
    state: State,
    content: Dataset,
    action: RevisionMeta['action'],
    editor: string,
    undoTo: number | null,
  ): Promise<WriteResult> {
    const at = now();
    const dataset: Dataset = { ...content, revision: state.current.revision + 1, updatedAt: at };
    const text = JSON.stringify(dataset);
    const meta: RevisionMeta = {
      revision: dataset.revision,
      editor,
      at,
      action,
      changes: revisionChanges(state.current, dataset),
      undoTo,
    };
    try {
      await files.writeRevision(dataset.id, meta, text);
    } catch (error) {
      console.error(`${dataset.id}: revision ${dataset.revision} could not be written:`, error);
      return {
        ok: false,
        status: 507,
        message: 'The server could not save the change (its disk may be full); nothing was changed',
      };
    }
    state.current = dataset;
    state.text = text;
    state.metas.push(meta);
    return { ok: true, dataset, text };
  }

  function write(
    id: string,
    ifMatch: number,
    change: (state: State) => Promise<WriteResult> | WriteResult,
  ): Promise<WriteResult> {
    const state = states.get(id);
    if (!state) return Promise.resolve({ ok: false, status: 404, message: `There is no dataset "${id}"` });
    return serialise(state, async () => stale(state, ifMatch) ?? change(state));
  }

  const metaOf = (state: State, n: number) => state.metas.find((m) => m.revision === n);

  return {
    list(): DatasetSummary[] {
      return [...states.values()].map(({ current: { id, title, asOf, revision } }) => ({ id, title, asOf, revision }));
    },

    get(id: string): { dataset: Dataset; text: string } | undefined {
      const state = states.get(id);
      return state && { dataset: state.current, text: state.text };
    },

    /** Replace a dataset whole. */
    put(id: string, candidate: unknown, ifMatch: number, editor: string): Promise<WriteResult> {
      return write(id, ifMatch, (state) => {
        const checked = validateDatasetFor(id, candidate);
        if (!checked.ok) return { ok: false, status: 422, message: 'The dataset is not valid', issues: checked.issues };
        return commit(state, checked.data, 'put', editor, state.current.revision);
      });
    },

    /** Apply a partial update or spreadsheet rows (`text/csv`). */
    update(id: string, text: string, contentType: string | null, ifMatch: number, editor: string) {
      return write(id, ifMatch, (state) => {
        // The current revision is as the schema gave it, and never changed in place.
        const result = applyUpdateRequest(text, contentType, state.current, now(), { checked: true });
        if (!result.ok) return result;
        // Nothing new: the current revision is the answer, and no revision is stored.
        if (result.unchanged) return { ok: true, dataset: state.current, text: state.text, unchanged: true };
        return commit(state, result.data, 'update', editor, state.current.revision);
      });
    },

    /** Back to the content before the last change; the revision number still grows. */
    undo(id: string, ifMatch: number, editor: string) {
      return write(id, ifMatch, async (state) => {
        const back = metaOf(state, state.current.revision)?.undoTo ?? null;
        if (back === null) return { ok: false, status: 409, message: 'There is no earlier revision to go back to' };
        const result = parseDataset(await files.readDataset(id, back));
        if (!result.ok)
          return { ok: false, status: 409, message: `Revision ${back} cannot be read, so it cannot return` };
        return commit(state, result.data, 'undo', editor, metaOf(state, back)?.undoTo ?? null);
      });
    },

    /** Back to the seed file's data; what was there stays one undo away. */
    reset(id: string, ifMatch: number, editor: string) {
      return write(id, ifMatch, (state) => {
        if (!state.seed)
          return { ok: false, status: 409, message: `The dataset "${id}" has no seed file to go back to` };
        return commit(state, state.seed, 'reset', editor, state.current.revision);
      });
    },

    /** The audit trail, newest first, `limit` at a time, from the revision before `before`. */
    revisions(id: string, query: RevisionPageQuery): RevisionList | undefined {
      const state = states.get(id);
      if (!state) return undefined;
      return revisionPage(
        state.metas.map(({ undoTo: _undoTo, ...entry }) => entry),
        query,
      );
    },

    /** The JSON text of one revision as it was stored. */
    async revision(id: string, n: number): Promise<string | undefined> {
      const state = states.get(id);
      if (!state || !metaOf(state, n)) return undefined;
      return n === state.current.revision ? state.text : files.readDataset(id, n);
    },
  };
}

export type ServerStore = Awaited<ReturnType<typeof openStore>>;
