import type { Claim, Dataset } from '../src/data/schema/schema';
import { durationCitations } from '../src/data/words/figures';

/*
 * Which figures' pages a new revision changes, so the server re-renders
 * those and not every page of a dataset of a thousand figures. A figure's
 * page shows the figure, its claims, the citations and sources they name,
 * the events (on a duration's page) and the dataset's own fields (its date
 * above all, which every value's age is measured against). The revision
 * number and time of the write are left out: a page not re-rendered still
 * names the revision it was rendered from, whose numbers for that figure are
 * the current ones.
 */

/* Everything of the dataset but its records and the write's revision and time; a change here changes every page. */
function sharedKey(dataset: Dataset): string {
  const {
    revision: _revision,
    updatedAt: _updatedAt,
    sources,
    citations,
    figures,
    claims,
    events,
    ...shared
  } = dataset;
  return JSON.stringify({ ...shared, figures: figures.map((f) => f.id) });
}

/* What a figure's page shows of the dataset: the figure, its claims, the citations and sources they name, the events. */
type PageParts = unknown[][];

function figureParts(dataset: Dataset): Map<string, PageParts> {
  const citations = new Map(dataset.citations.map((c) => [c.id, c]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const list = claimsOf.get(claim.figure);
    if (list) list.push(claim);
    else claimsOf.set(claim.figure, [claim]);
  }
  const parts = new Map<string, PageParts>();
  for (const figure of dataset.figures) {
    const claims = claimsOf.get(figure.id) ?? [];
    const citationIds = new Set([
      ...(figure.kind === 'duration' ? durationCitations(figure) : []),
      ...claims.map((c) => c.citation),
    ]);
    const cited = [...citationIds].map((id) => citations.get(id));
    const sourceIds = new Set(cited.flatMap((c) => (c ? [c.claimedBy, c.publishedBy] : [])));
    const named = [...sourceIds].map((id) => sources.get(id));
    const events = figure.kind === 'duration' ? dataset.events : [];
    parts.set(figure.id, [[figure], claims, cited, named, events]);
  }
  return parts;
}

/*
 * A revision shares the records a write did not touch with the one before
 * (see data/merged-check), so most pages are the same by identity; the rest
 * are compared as text.
 */
function samePage(a: PageParts | undefined, b: PageParts): boolean {
  if (!a) return false;
  const identical = b.every((list, i) => list.length === a[i]!.length && list.every((x, j) => x === a[i]![j]));
  return identical || JSON.stringify(a) === JSON.stringify(b);
}

/** The ids of the figures of `after` whose page differs from `before`'s; every figure when the shared fields differ. */
export function changedFigures(before: Dataset, after: Dataset): string[] {
  const all = after.figures.map((f) => f.id);
  if (sharedKey(before) !== sharedKey(after)) return all;
  const was = figureParts(before);
  const now = figureParts(after);
  return all.filter((id) => !samePage(was.get(id), now.get(id)!));
}
