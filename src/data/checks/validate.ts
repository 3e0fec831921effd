import type { z } from 'zod';
import type { Dataset } from '../schema/schema';
import { datasetSchema } from '../ledger/dataset-schema';
import { datasetInPlaceSchema } from './check-in-place';
import {
  convertHeadlineFlags,
  convertLegacyDataset,
  hasHeadlineFlags,
  legacyDatasetSchema,
  LEGACY_NOTICE,
  looksLegacy,
} from './legacy';
import { findDuplicateKeys, findJsonSyntaxError } from './json-syntax';
import { decodeUpload } from './decode-upload';
import { formatPath, lineAndColumn } from './issue-places';
import type { Validated } from '../schema/issues';

/* Re-exported so callers that validate find the issue helpers in the same place. */
export { describeIssue } from '../schema/issues';
export { formatPath, lineAndColumn } from './issue-places';
export type { Validated, ValidationIssue } from '../schema/issues';

export type Checked<T> =
  { success: true; data: T } | { success: false; issues: { path: PropertyKey[]; message: string }[] };

const TOO_MANY_PROBLEMS =
  'Too many problems to list at once: check that this is the right file, or check a smaller part of it first';

/*
 * zod can throw on pathological input: it gathers a list's issues by
 * spreading them into one call, which overflows the stack past about a
 * hundred thousand. That is a problem with the data, to report like any
 * other, never a crash and never a fault worth retrying.
 */
export function safeCheck<S extends z.ZodType>(schema: S, value: unknown): Checked<z.infer<S>> {
  try {
    const result = schema.safeParse(value);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  } catch (error) {
    const message =
      error instanceof RangeError
        ? TOO_MANY_PROBLEMS
        : `The data could not be checked (${String(error)}); nothing was changed`;
    return { success: false, issues: [{ path: [], message }] };
  }
}

export function validateWith<S extends z.ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const result = safeCheck(schema, value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

export function validateDataset(value: unknown): Validated<Dataset> {
  return validateWith(datasetSchema, value);
}

/** A whole dataset sent to replace the one with `id`: valid, and that same dataset. */
export function validateDatasetFor(id: string, value: unknown): Validated<Dataset> {
  const checked = validateDataset(value);
  if (checked.ok && checked.data.id !== id) return { ok: false, issues: [{ path: 'id', message: `Must be "${id}"` }] };
  return checked;
}

/**
 * A dataset as a person or an older export may hand it over: a document in
 * the earlier format is converted to claims first, and says so.
 */
export function readDataset(value: unknown): Validated<Dataset> & { notices: string[] } {
  return readWith(validateDataset, value);
}

/**
 * readDataset for a value parsed for this check alone, such as a file's: its
 * lists are checked in place, so a large file's data is held once, not
 * twice. The same answer as readDataset; the value must not be used after.
 */
export function readParsedDataset(value: unknown): Validated<Dataset> & { notices: string[] } {
  return readWith((parsed) => validateWith(datasetInPlaceSchema(), parsed), value);
}

function readWith(
  validate: (value: unknown) => Validated<Dataset>,
  value: unknown,
): Validated<Dataset> & { notices: string[] } {
  if (!looksLegacy(value)) {
    if (!hasHeadlineFlags(value)) return { ...validate(value), notices: [] };
    const converted = convertHeadlineFlags(value);
    return { ...validate(converted.value), notices: [converted.notice] };
  }
  const legacy = validateWith(legacyDatasetSchema, value);
  if (!legacy.ok) return { ...legacy, notices: [LEGACY_NOTICE] };
  return { ...validate(convertLegacyDataset(legacy.data)), notices: [LEGACY_NOTICE] };
}

export function parseJson(input: string): Validated<unknown> {
  // A byte order mark is accepted and ignored, whether a file or a paste brings it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') {
    return {
      ok: false,
      issues: [{ path: '', message: 'The text is empty: expected a JSON document', line: 1, column: 1 }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? (error instanceof Error ? error.message : 'syntax error');
    return {
      ok: false,
      issues: [
        { path: '', message: `Not valid JSON: ${message}`, ...lineAndColumn(text, found?.offset ?? text.length) },
      ],
    };
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) {
    return {
      ok: false,
      issues: duplicates.map((d) => ({ path: '', message: d.message, ...lineAndColumn(text, d.offset) })),
    };
  }
  return { ok: true, data };
}

/** A dataset file as bytes: UTF-8 or refused by the name of its encoding, then read as any dataset text. */
export function parseDatasetFile(bytes: Uint8Array): Validated<Dataset> & { notices: string[] } {
  const text = decodeUpload(bytes);
  return text.ok ? parseDataset(text.data) : { ...text, notices: [] };
}

export function parseDataset(text: string): Validated<Dataset> & { notices: string[] } {
  const parsed = parseJson(text);
  return parsed.ok ? readParsedDataset(parsed.data) : { ...parsed, notices: [] };
}
