import { decodeUpload } from '../src/data/checks/decode-upload';
import { parseJson, readParsedDataset, type Validated } from '../src/data/checks/validate';
import { problemLine } from '../src/data/schema/issues';

export type ReadFile = (path: string) => Uint8Array;
/** A file read as UTF-8 text by the system, bytes that are not UTF-8 read as U+FFFD, as readFileSync(path, 'utf8') does. */
export type ReadText = (path: string) => string;

/*
 * One line per valid file, one per problem otherwise, in the
 * file:line:column form editors and terminals turn into links.
 */
export function validateFiles(
  paths: string[],
  readFile: ReadFile,
  readText?: ReadText,
): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  let ok = true;
  for (const path of paths) {
    const parsed = readJson(path, readFile, readText);
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
 * and the schema then checks the parsed value alone.
 */
function readJson(path: string, readFile: ReadFile, readText?: ReadText): Validated<unknown> | { unreadable: string } {
  let text: Validated<string>;
  try {
    text = decode(path, readFile, readText);
  } catch (error) {
    return { unreadable: readError(error) };
  }
  return text.ok ? parseJson(text.data) : text;
}

/*
 * The file's text as decodeUpload makes it from its bytes. Read as text by
 * the system, a large file's bytes and text are never held at once; only
 * text with a replacement character, which bytes that are not UTF-8 leave,
 * is read again as bytes for decodeUpload's verdict.
 */
function decode(path: string, readFile: ReadFile, readText?: ReadText): Validated<string> {
  const text = readText?.(path);
  if (text === undefined || text.includes('\uFFFD')) return decodeUpload(readFile(path));
  // As the decoder does, one leading byte order mark is dropped.
  return { ok: true, data: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'No such file';
  if (code === 'EISDIR') return 'This is a folder, not a JSON file';
  return `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
}
