/*
 * What a validation problem looks like, and how it is written for people.
 * Kept apart from the schema so that showing an error does not load zod.
 */

export interface ValidationIssue {
  /** Where the problem is, as a JSON path such as `figures[2].measures[0].value`; empty for the whole document. */
  path: string;
  message: string;
  /** For JSON syntax errors, 1-based. */
  line?: number;
  column?: number;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: ValidationIssue[] };

/** "figures[2].value: Must be a number", or just the message for the whole document. */
export function describeIssue(issue: ValidationIssue): string {
  const where =
    issue.line !== undefined ? `line ${issue.line}, column ${issue.column ?? 1}` : issue.path || '(whole document)';
  return `${where}: ${issue.message}`;
}

/*
 * A problem in a file, as every command prints it: `file:line:column: message`
 * for a syntax error, which editors and terminals turn into a link, and
 * `file: path: message` for any other.
 */
export function problemLine(file: string, issue: ValidationIssue): string {
  if (issue.line !== undefined) return `${file}:${issue.line}:${issue.column ?? 1}: ${issue.message}`;
  return `${file}: ${describeIssue(issue)}`;
}
