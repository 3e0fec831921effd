import { describeIssue, parseDatasetFile, type ValidationIssue } from '../src/data/validate';

export type ReadFile = (path: string) => Uint8Array;

/** The dataset files among a folder's entries: JSON, but not the JSON Schema written beside them. */
export function datasetFiles(names: string[]): string[] {
  return names.filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).sort();
}

/*
 * One line per valid file, one per problem otherwise, in the
 * file:line:column form editors and terminals turn into links.
 */
export function validateFiles(paths: string[], readFile: ReadFile): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  let ok = true;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFile(path);
    } catch (error) {
      ok = false;
      lines.push(`${path}: ${readError(error)}`);
      continue;
    }
    const result = parseDatasetFile(bytes);
    if (result.ok) {
      lines.push(`✓ ${path}`);
    } else {
      ok = false;
      lines.push(...result.issues.map((issue) => problemLine(path, issue)));
    }
  }
  return { lines, ok };
}

/** `file:line:column: message` for a syntax error, `file: path: message` for any other problem. */
export function problemLine(path: string, issue: ValidationIssue): string {
  if (issue.line !== undefined) return `${path}:${issue.line}:${issue.column ?? 1}: ${issue.message}`;
  return `${path}: ${describeIssue(issue)}`;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'No such file';
  if (code === 'EISDIR') return 'This is a folder, not a JSON file';
  return `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
}
