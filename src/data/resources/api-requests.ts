import type { Dataset, ErrorBody } from '../schema/schema';
import type { ValidationIssue } from '../schema/issues';
import { parseJson } from '../checks/validate';
import type { UpdateOptions } from '../formats/update';
import { parseImport } from '../formats/import';

/*
 * What every implementation of the API's writes reads from a request and
 * answers, written once for the mocked API and the server: the revision a
 * change was based on, the shape of an error, and how an update's body is
 * read.
 */

export const MISSING_REVISION = 'Send If-Match with the revision your change is based on';

/** The revision an If-Match header names: "3", W/"3" or 3; null when it names none. */
export function revisionFrom(ifMatch: string | null | undefined): number | null {
  const raw = ifMatch?.replace(/^W\//, '').replace(/"/g, '').trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** The JSON body of every error answer: a message, and the problems with their places when there are any. */
export function errorBody(message: string, issues?: readonly ValidationIssue[]): ErrorBody {
  return {
    error: issues?.length ? { message, issues: issues.map(({ path, message }) => ({ path, message })) } : { message },
  };
}

export function notJsonMessage(issue: ValidationIssue | undefined): string {
  return `The body is not JSON (line ${issue?.line}, column ${issue?.column}): ${issue?.message}`;
}

/**
 * What an API answers to an update it was sent: the dataset it makes, and
 * whether that is the current one unchanged (nothing new: no revision to
 * store); or why not, with the status to send.
 */
export type UpdateRequestResult =
  | { ok: true; data: Dataset; unchanged: boolean }
  | { ok: false; status: 400 | 422; message: string; issues: ValidationIssue[] };

/**
 * An update sent to the API's updates endpoint: spreadsheet rows when its
 * type is `text/csv`, else a JSON partial update (or rows as a JSON array).
 * A whole dataset is refused here: it is sent with PUT.
 */
export function applyUpdateRequest(
  text: string,
  contentType: string | null,
  current: Dataset,
  now: string,
  options: UpdateOptions = {},
): UpdateRequestResult {
  const csv = /^text\/csv\b/i.test(contentType ?? '');
  if (!csv) {
    const parsed = parseJson(text);
    if (!parsed.ok) return { ok: false, status: 400, message: notJsonMessage(parsed.issues[0]), issues: [] };
  }
  const { result, unchanged = false } = parseImport(text, current, now, {
    ...options,
    updatesOnly: true,
    fileName: csv ? 'update.csv' : 'update.json',
  });
  if (!result.ok) return { ok: false, status: 422, message: 'The update is not valid', issues: result.issues };
  return { ok: true, data: unchanged ? current : result.data, unchanged };
}
