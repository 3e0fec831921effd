import { diffDatasets, type ListChanges } from '../formats/diff';
import { CURATION_PARTS, type Dataset, type RevisionList, type RevisionSummary } from '../schema/schema';

/*
 * The audit trail's arithmetic, shared by every implementation of the API:
 * what a revision changed, and how the trail is cut into pages.
 */

/** What `after` changed from `before`, counted per list; with no `before`, everything is added. */
export function revisionChanges(before: Dataset | null, after: Dataset): RevisionSummary['changes'] {
  if (!before) {
    const added = (list: unknown[]): ListChanges => ({ added: list.length, changed: 0, removed: 0 });
    return {
      figures: added(after.figures),
      claims: added(after.claims),
      sources: added(after.sources),
      citations: added(after.citations),
      events: added(after.events),
    };
  }
  const diff = diffDatasets(before, after);
  const figure = (change: 'added' | 'changed' | 'removed') => diff.figures.filter((f) => f.change === change).length;
  const counts = ({ added, changed, removed }: ListChanges): ListChanges => ({ added, changed, removed });
  const curation = CURATION_PARTS.filter((part) =>
    part === 'about' ? diff.about.length > 0 : diff[part] !== undefined,
  );
  return {
    figures: { added: figure('added'), changed: figure('changed'), removed: figure('removed') },
    claims: counts(diff.claims),
    sources: counts(diff.sources),
    citations: counts(diff.citations),
    events: counts(diff.events),
    ...(curation.length > 0 && { curation }),
  };
}

export interface RevisionPageQuery {
  limit: number;
  before?: number;
}

/** Reads `?limit=&before=` of a revisions request: the page asked for, or what is wrong with the query. */
export function readRevisionPageQuery(
  limit: string | null | undefined,
  before: string | null | undefined,
): { ok: true; query: RevisionPageQuery } | { ok: false; message: string } {
  const size = Number(limit ?? 20);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    return { ok: false, message: 'limit must be a whole number from 1 to 100' };
  }
  if (before === null || before === undefined) return { ok: true, query: { limit: size } };
  if (!/^\d+$/.test(before)) return { ok: false, message: 'before must be a revision number' };
  return { ok: true, query: { limit: size, before: Number(before) } };
}

/** One page of a trail given oldest first: newest first, `limit` at a time, from the revision before `before`. */
export function revisionPage(oldestFirst: readonly RevisionSummary[], query: RevisionPageQuery): RevisionList {
  const newest = oldestFirst.filter((m) => query.before === undefined || m.revision < query.before).reverse();
  const page = newest.slice(0, query.limit);
  const last = page.at(-1);
  return newest.length > query.limit && last ? { revisions: page, next: last.revision } : { revisions: page };
}
