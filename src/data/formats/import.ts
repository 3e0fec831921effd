import type { Dataset } from '../schema/schema';
import { megabytes } from '../words/format';
import { applyUpdate, readUpdate, type AlreadyInRecord, type Merged, type UpdateOptions } from './update';
import { parseJson, readDataset, type Validated } from '../checks/validate';
import { applySheetUpdate, csvToUpdate, jsonRows, rowsToUpdate } from './csv';

/*
 * Reading an imported text, pasted, from a file or on the command line: which
 * kind it is, and whether it is small enough to read at all. Merging an update
 * is done in update.ts, turning rows into an update in csv.ts.
 */

/** Imports larger than this are refused before parsing, so a wrong file cannot freeze the page. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportResult {
  /** A whole dataset, a partial update, or spreadsheet rows (CSV, or the same rows as a JSON array). */
  kind: 'dataset' | 'update' | 'rows';
  result: Validated<Dataset>;
  /** What the reader should know beyond the result, such as a file converted from the earlier format. */
  notices: string[];
  /** For an update or rows: what of it the dataset already held, and so did not add again. */
  alreadyInRecord?: AlreadyInRecord;
  /** For an update or rows: true when it brings nothing new, and the dataset is the one given, revision and all. */
  unchanged?: boolean;
}

/* An applied update as an import's result: the merge's own fields moved beside it. */
function merged(kind: 'update' | 'rows', result: Merged, notices: string[]): ImportResult {
  if (!result.ok) return { kind, result, notices };
  const { alreadyInRecord, unchanged, ...validated } = result;
  return { kind, result: validated, notices, alreadyInRecord, unchanged };
}

/**
 * Reads an imported text: a whole dataset (it has id, asOf, sources and
 * figures), a partial update (it has a dataset key), or spreadsheet rows (a
 * .csv file, pasted text that is not JSON, or a JSON array of row objects),
 * and returns the dataset that would result.
 */
export interface ImportOptions extends UpdateOptions {
  fileName?: string;
  updatesOnly?: boolean;
}

export function parseImport(text: string, current: Dataset, now: string, options: ImportOptions = {}): ImportResult {
  try {
    return readImport(text, current, now, options);
  } catch (error) {
    // Every check reports instead of throwing; this is the last guard, so an import always settles.
    const why = error instanceof RangeError ? 'it is too large or too deeply nested' : String(error);
    return {
      kind: 'dataset',
      result: {
        ok: false,
        issues: [{ path: '', message: `The text could not be checked (${why}); nothing was changed` }],
      },
      notices: [],
    };
  }
}

function readImport(text: string, current: Dataset, now: string, options: ImportOptions = {}): ImportResult {
  const refuse = (message: string): ImportResult => ({
    kind: 'dataset',
    result: { ok: false, issues: [{ path: '', message }] },
    notices: [],
  });

  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(`The text is ${megabytes(bytes)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB`);
  }
  if (looksLikeCsv(text, options.fileName)) {
    const sheet = csvToUpdate(text, current);
    if (!sheet.ok) return { kind: 'rows', result: sheet, notices: [] };
    return merged('rows', applySheetUpdate(current, sheet.data, now, options), sheet.data.notices);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'dataset', result: parsed, notices: [] };
  const value = parsed.data;
  const isRow = (row: unknown) => typeof row === 'object' && row !== null && !Array.isArray(row);
  if (Array.isArray(value) && (value.length === 0 || !value.every(isRow))) {
    return refuse(
      `Expected a JSON object (a dataset or a partial update) or an array of rows (objects keyed by column name) but found ${value.length === 0 ? 'an empty array' : 'an array of other values'}`,
    );
  }
  if (Array.isArray(value)) {
    const rows = jsonRows(value);
    const sheet = rows.ok ? rowsToUpdate(rows.data, current) : rows;
    if (!sheet.ok) return { kind: 'rows', result: sheet, notices: [] };
    return merged('rows', applySheetUpdate(current, sheet.data, now, options), sheet.data.notices);
  }
  if (typeof value !== 'object' || value === null) {
    return refuse(`Expected a JSON object (a dataset or a partial update) but found ${describeJson(value)}`);
  }

  if (Object.hasOwn(value, 'dataset')) {
    const { notices, ...update } = readUpdate(value, current);
    if (!update.ok) return { kind: 'update', result: update, notices };
    return merged('update', applyUpdate(current, update.data, now, options), notices);
  }

  if (options.updatesOnly) {
    return refuse(
      Object.hasOwn(value, 'figures') || Object.hasOwn(value, 'claims')
        ? `This is a whole dataset, not an update: give only the records to add, with "dataset": "${current.id}" (README: Partial updates)`
        : 'Expected a partial update: an object with "dataset" naming the dataset it updates',
    );
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

/*
 * A .csv file is rows whatever it holds. Pasted text is rows unless it is
 * JSON: it opens as an object or array does, or is a JSON value at all (a
 * pasted number or string is then refused as JSON, not read as a sheet).
 */
function looksLikeCsv(text: string, fileName?: string): boolean {
  if (fileName !== undefined) return /\.csv$/i.test(fileName);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || trimmed[0] === '{' || trimmed[0] === '[') return false;
  try {
    JSON.parse(trimmed);
    return false;
  } catch {
    return true;
  }
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
