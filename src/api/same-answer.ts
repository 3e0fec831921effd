/** The revision an ETag in the API's own form (`"<revision>"`, weak or strong) names; undefined for any other tag. */
export function etagRevision(etag: string | null): string | undefined {
  return etag?.match(/^(?:W\/)?"(\d+)"$/)?.[1];
}

/* What every dataset answer, whole or a page's part, names: which dataset, which revision it was cut from, and when that was (the sources' part has no date). */
export interface Revisioned {
  id: string;
  revision: number;
  updatedAt?: string;
}

/*
 * Whether an answer not yet checked is the revision of the dataset already on
 * screen. Revisions only grow and each names one content (the API's ETag is
 * the revision), so an equal id, revision and updatedAt, with no ETag naming
 * another revision, is the same data: the copy on screen, checked when it was
 * received or at build, is kept and the answer is thrown away unused.
 */
export function isRevisionShown(body: unknown, shown: Revisioned, etag: string | null): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { id, revision, updatedAt } = body as Record<string, unknown>;
  if (id !== shown.id || revision !== shown.revision || updatedAt !== shown.updatedAt) return false;
  const tagged = etagRevision(etag);
  return tagged === undefined || tagged === String(shown.revision);
}

/* Whether two JSON values are equal, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
