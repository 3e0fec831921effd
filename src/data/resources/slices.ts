import type { Claim, DashboardData, Dataset, Figure } from '../schema/schema';
import { claimantLookup, claimsOfFigure, currentDisagreements, currentValues, indexClaims } from '../ledger/claims';
import { durationCitations, OTHER_FIGURES_PAGE_SIZE, splitFigures } from '../words/figures';

/*
 * The part of a dataset one page shows, itself a valid dataset, so the page's
 * code reads it like the whole. It holds only the figures the page shows,
 * and its size never grows with the length of their history.
 */
export interface DatasetSlice<D extends Dataset = Dataset> {
  dataset: D;
  /** The figures whose every claim the slice holds; absent when the slice is the whole dataset. */
  wholeFigures?: string[];
}

/* The claims the cards of `figures` show: those behind the current values and the parties that dispute them that day. */
function cardClaims(dataset: Dataset, figures: Figure[], index = indexClaims(dataset.claims)): Set<Claim> {
  const claimantOf = claimantLookup(new Map(dataset.citations.map((c) => [c.id, c])));
  const kept = new Set<Claim>();
  for (const figure of figures) {
    if (figure.kind !== 'count') continue;
    for (const shown of currentValues(figure, index)) kept.add(shown.claim);
    for (const d of currentDisagreements(figure, index, claimantOf)) d.claims.forEach((c) => kept.add(c));
  }
  return kept;
}

/*
 * What every slice of one dataset needs, worked out once: the build and the
 * server cut a page for each of a thousand figures from a ledger of hundreds
 * of thousands of claims, and each cut then costs only what it keeps.
 */
interface Ledger {
  index: ReturnType<typeof indexClaims>;
  headlineCards: Set<Claim>;
  claimById: Map<string, Claim>;
  claimAt: Map<Claim, number>;
  citationAt: Map<string, number>;
  claimsPerFigure: Map<string, number>;
}
const ledgers = new WeakMap<Dataset, Ledger>();

function ledgerOf(dataset: Dataset): Ledger {
  let ledger = ledgers.get(dataset);
  if (!ledger) {
    const index = indexClaims(dataset.claims);
    const claimsPerFigure = new Map<string, number>();
    for (const c of dataset.claims) claimsPerFigure.set(c.figure, (claimsPerFigure.get(c.figure) ?? 0) + 1);
    ledger = {
      index,
      headlineCards: cardClaims(dataset, splitFigures(dataset).headline, index),
      claimById: new Map(dataset.claims.map((c) => [c.id, c])),
      claimAt: new Map(dataset.claims.map((c, i) => [c, i])),
      citationAt: new Map(dataset.citations.map((c, i) => [c.id, i])),
      claimsPerFigure,
    };
    ledgers.set(dataset, ledger);
  }
  return ledger;
}

/*
 * A figure whose history was cut keeps no maintainers' choice of a claim the
 * slice lacks, and no `cumulative` rule: with reports left out between two of
 * a party's, the rule on how its count may fall cannot be checked.
 */
function trimmed(figure: Figure, claimIds: Set<string>): Figure {
  if (figure.kind !== 'count') return figure;
  const { cumulative: _cumulative, shown, ...rest } = figure;
  return shown && claimIds.has(shown.claim) ? { ...rest, shown } : rest;
}

/*
 * The maintainers' choices, as far as they concern the figures a slice
 * holds: the headlines among them, and every topic (so a page can name its
 * figures' topics in order) listing only them.
 */
function withCurationOf(dataset: Dataset, figures: Figure[]): Dataset {
  const { headlines: _headlines, topics: _topics, ...rest } = dataset;
  const present = new Set(figures.map((f) => f.id));
  const headlines = dataset.headlines?.filter((id) => present.has(id));
  const topics = dataset.topics?.map((t) => ({ ...t, figures: t.figures.filter((id) => present.has(id)) }));
  return { ...rest, ...(headlines?.length && { headlines }), ...(topics && { topics }), figures };
}

function sliceWith(dataset: Dataset, figures: Figure[], keep: Set<Claim>): DatasetSlice {
  const ledger = ledgerOf(dataset);
  // A correction needs the claim it replaces in the ledger, and that claim may itself be a correction.
  for (const claim of keep) {
    const target = claim.supersedes ?? claim.retracts;
    const replaced = target === undefined ? undefined : ledger.claimById.get(target);
    if (replaced) keep.add(replaced);
  }
  if (keep.size === dataset.claims.length && figures.length === dataset.figures.length) return { dataset };

  // In ledger order, as the whole dataset has them.
  const claims = [...keep].sort((a, b) => ledger.claimAt.get(a)! - ledger.claimAt.get(b)!);
  const claimIds = new Set(claims.map((c) => c.id));
  const held = new Map<string, number>();
  for (const c of claims) held.set(c.figure, (held.get(c.figure) ?? 0) + 1);
  const wholeFigures = figures.filter((f) => held.get(f.id) === ledger.claimsPerFigure.get(f.id)).map((f) => f.id);
  const whole = new Set(wholeFigures);

  const citationIds = new Set([
    ...claims.map((c) => c.citation),
    ...dataset.events.flatMap((e) => e.citations),
    ...figures.flatMap((f) => (f.kind === 'duration' ? durationCitations(f) : [])),
  ]);
  const citations = [...citationIds]
    .flatMap((id) => ledger.citationAt.get(id) ?? [])
    .sort((a, b) => a - b)
    .map((i) => dataset.citations[i]!);
  const sourceIds = new Set(citations.flatMap((c) => [c.claimedBy, c.publishedBy]));
  return {
    dataset: {
      ...withCurationOf(dataset, figures),
      sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
      citations,
      figures: figures.map((f) => (whole.has(f.id) ? f : trimmed(f, claimIds))),
      claims,
    },
    wholeFigures,
  };
}

/*
 * What the dashboard shows: the headline figures with the claims their cards
 * show, the events, and how many other figures there are; those come a page
 * at a time (otherFiguresSlice).
 */
export function dashboardSlice(dataset: Dataset): DatasetSlice<DashboardData> {
  const { headline, rest } = splitFigures(dataset);
  const slice = sliceWith(dataset, headline, new Set(ledgerOf(dataset).headlineCards));
  return { ...slice, dataset: { ...slice.dataset, otherFigures: rest.length } };
}

/* What a figure's page shows: that figure with its every claim, and the events; none of the other figures. */
export function figureSlice(dataset: Dataset, figureId: string): DatasetSlice {
  const ledger = ledgerOf(dataset);
  const figures = dataset.figures.filter((f) => f.id === figureId);
  return sliceWith(dataset, figures, new Set(claimsOfFigure(figureId, ledger.index)));
}

/** How many pages the dashboard's other figures make. */
export function otherFiguresPages(dataset: Pick<Dataset, 'figures' | 'headlines' | 'topics'>): number {
  return Math.ceil(splitFigures(dataset).rest.length / OTHER_FIGURES_PAGE_SIZE);
}

/*
 * One page of the figures the dashboard lists below the first screen (pages
 * count from 1), in the dataset's order: their definitions and the claims
 * their cards show, with the citations and sources these name, and no
 * events; each with every topic, listing the page's figures (group them with
 * groupByTopic). Null when there is no such page.
 */
export function otherFiguresSlice(dataset: Dataset, page: number): DatasetSlice | null {
  if (!Number.isInteger(page) || page < 1) return null;
  const start = (page - 1) * OTHER_FIGURES_PAGE_SIZE;
  const figures = splitFigures(dataset).rest.slice(start, start + OTHER_FIGURES_PAGE_SIZE);
  if (figures.length === 0) return null;
  const shown = new Set(figures.map((f) => f.id));
  const part = {
    ...withCurationOf(dataset, figures),
    events: [],
    claims: dataset.claims.filter((c) => shown.has(c.figure)),
  };
  return sliceWith(part, figures, cardClaims(part, figures));
}
