/*
 * A page's address can pin the dataset to one revision (`?revision=3`), so
 * a citation or an embed keeps showing the numbers that were cited.
 */
export const REVISION_PARAM = 'revision';

export type RevisionAsked =
  | { kind: 'current' }
  | { kind: 'revision'; revision: number }
  /** The address gave something that is not a revision number; `text` is what it gave. */
  | { kind: 'invalid'; text: string };

/** Reads `?revision=`: absent means the current revision; only a whole number from 1 names one. */
export function readRevisionParam(value: string | null): RevisionAsked {
  if (value === null) return { kind: 'current' };
  const revision = Number(value);
  return /^[1-9]\d*$/.test(value) && Number.isSafeInteger(revision)
    ? { kind: 'revision', revision }
    : { kind: 'invalid', text: value };
}

/** The address of `path` pinned to `revision`; `path` carries no query or fragment. */
export function revisionPath(path: string, revision: number): string {
  return `${path}?${REVISION_PARAM}=${revision}`;
}
