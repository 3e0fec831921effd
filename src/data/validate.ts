import type { z } from 'zod';
import type { Dataset } from './schema';
import { datasetSchema } from './dataset-schema';
import { convertLegacyDataset, legacyDatasetSchema, LEGACY_NOTICE, looksLegacy } from './legacy';
import { findJsonSyntaxError } from './json-syntax';
import { formatPath, lineAndColumn, type Validated } from './issues';

/* Re-exported so callers that validate find the issue helpers in the same place. */
export { describeIssue, formatPath, lineAndColumn } from './issues';
export type { Validated, ValidationIssue } from './issues';

const TOO_MANY_PROBLEMS =
  'Too many problems to list at once: check that this is the right file, or check a smaller part of it first';

export function validateWith<S extends z.ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const result = safeParse(schema, value);
  if (!result) return { ok: false, issues: [{ path: '', message: TOO_MANY_PROBLEMS }] };
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/* Zod gathers a list's issues by spreading them into one call, which overflows the stack past about a hundred thousand. */
function safeParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.infer<S>> | null {
  try {
    return schema.safeParse(value);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export function validateDataset(value: unknown): Validated<Dataset> {
  return validateWith(datasetSchema, value);
}

/**
 * A dataset as a person or an older export may hand it over: a document in
 * the earlier format is converted to claims first, and says so.
 */
export function readDataset(value: unknown): Validated<Dataset> & { notices: string[] } {
  if (!looksLegacy(value)) return { ...validateDataset(value), notices: [] };
  const legacy = validateWith(legacyDatasetSchema, value);
  if (!legacy.ok) return { ...legacy, notices: [LEGACY_NOTICE] };
  return { ...validateDataset(convertLegacyDataset(legacy.data)), notices: [LEGACY_NOTICE] };
}

export function parseJson(text: string): Validated<unknown> {
  if (text.trim() === '') {
    return {
      ok: false,
      issues: [{ path: '', message: 'The text is empty: expected a JSON document', line: 1, column: 1 }],
    };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
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
}

export function parseDataset(text: string): Validated<Dataset> & { notices: string[] } {
  const parsed = parseJson(text);
  return parsed.ok ? readDataset(parsed.data) : { ...parsed, notices: [] };
}
