import type { Dataset } from './schema';
import { megabytes } from './format';
import { applyUpdate, readUpdate } from './update';
import { parseJson, readDataset, type Validated } from './validate';

/*
 * Reading an imported text, pasted or from a file: which of the two kinds it
 * is, and whether it is small enough to read at all. Merging an update is done
 * in update.ts.
 */

/** Imports larger than this are refused before parsing, so a wrong file cannot freeze the page. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportResult {
  kind: 'dataset' | 'update';
  result: Validated<Dataset>;
  /** What the reader should know beyond the result, such as a file converted from the earlier format. */
  notices: string[];
}

/**
 * Reads an imported text: a whole dataset (it has id, asOf, sources and
 * figures) or a partial update (it has a dataset key), and returns the dataset
 * that would result. `kind` is "update" only for an object with a dataset key.
 */
export function parseImport(text: string, current: Dataset, now: string): ImportResult {
  const refuse = (message: string): ImportResult => ({
    kind: 'dataset',
    result: { ok: false, issues: [{ path: '', message }] },
    notices: [],
  });

  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(`The text is ${megabytes(bytes)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'dataset', result: parsed, notices: [] };
  const value = parsed.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`Expected a JSON object (a dataset or a partial update) but found ${describeJson(value)}`);
  }

  if (Object.hasOwn(value, 'dataset')) {
    const { notices, ...update } = readUpdate(value, current);
    return { kind: 'update', result: update.ok ? applyUpdate(current, update.data, now) : update, notices };
  }

  const missing = ['id', 'asOf', 'sources', 'figures'].filter((key) => !Object.hasOwn(value, key));
  if (missing.length > 0) {
    return refuse(
      `Neither a dataset nor a partial update: a dataset needs id, asOf, sources and figures (missing ${missing.join(', ')}); an update needs "dataset"`,
    );
  }
  const { notices, ...result } = readDataset(value);
  const id = (value as Record<string, unknown>).id;
  if (typeof id !== 'string' || id === current.id) return { kind: 'dataset', result, notices };
  const wrongId = { path: 'id', message: `This dataset is "${id}", but the dataset open is "${current.id}"` };
  return { kind: 'dataset', result: { ok: false, issues: [wrongId, ...(result.ok ? [] : result.issues)] }, notices };
}

/* Every UTF-16 unit is at least one UTF-8 byte, so a text already too long in units is not encoded at all. */
function byteLength(text: string): number {
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
