import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';
import { findJsonSyntaxError } from './json-syntax';

export interface ValidationIssue {
  /** Where the problem is, as a JSON path such as `figures[2].measures[0].value`; empty for the whole document. */
  path: string;
  message: string;
  /** For JSON syntax errors, 1-based. */
  line?: number;
  column?: number;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** "figures[2].value: Must be a number", or just the message for the whole document. */
export function describeIssue(issue: ValidationIssue): string {
  const where =
    issue.line !== undefined ? `line ${issue.line}, column ${issue.column ?? 1}` : issue.path || '(whole document)';
  return `${where}: ${issue.message}`;
}

export function validateWith<S extends z.ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

export function validateDataset(value: unknown): Validated<Dataset> {
  return validateWith(datasetSchema, value);
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function parseJson(text: string): Validated<unknown> {
  if (text.trim() === '') {
    return { ok: false, issues: [{ path: '', message: 'The text is empty: expected a JSON document', line: 1, column: 1 }] };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? (error instanceof Error ? error.message : 'syntax error');
    return {
      ok: false,
      issues: [{ path: '', message: `Not valid JSON: ${message}`, ...lineAndColumn(text, found?.offset ?? text.length) }],
    };
  }
}

export function parseDataset(text: string): Validated<Dataset> {
  const parsed = parseJson(text);
  return parsed.ok ? validateDataset(parsed.data) : parsed;
}
