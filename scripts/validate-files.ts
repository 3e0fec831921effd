import { decodeUpload } from '../src/data/decode-upload';
import {
  describeIssue,
  parseJson,
  readParsedDataset,
  type Validated,
  type ValidationIssue,
} from '../src/data/validate';

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
    const parsed = readJson(path, readFile);
    if ('unreadable' in parsed) {
      ok = false;
      lines.push(`${path}: ${parsed.unreadable}`);
      continue;
    }
    const result = parsed.ok ? readParsedDataset(parsed.data) : parsed;
    if (result.ok) {
      lines.push(`✓ ${path}`);
    } else {
      ok = false;
      lines.push(...result.issues.map((issue) => problemLine(path, issue)));
    }
  }
  return { lines, ok };
}

/*
 * What parseDatasetFile does before the schema, apart so that a large file's
 * bytes and text are let go once the JSON is read: nothing here keeps them,
 * and the schema then builds its copy beside the parsed value alone.
 */
function readJson(path: string, readFile: ReadFile): Validated<unknown> | { unreadable: string } {
  let text: Validated<string>;
  try {
    text = decodeUpload(readFile(path));
  } catch (error) {
    return { unreadable: readError(error) };
  }
  return text.ok ? parseJson(text.data) : text;
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
