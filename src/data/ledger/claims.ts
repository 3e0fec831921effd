import type { Citation, Claim, ClaimValue, CountFigure, Measure } from '../schema/schema';
import { compareDates } from '../schema/dates';

/*
 * What the dashboard shows is derived from the claims by the rules below; the
 * README states them and the screen explains them. Claims are never edited,
 * so every rule reads the ledger as it is, in the order it was written.
 */

export interface ClaimIndex {
  byId: Map<string, Claim>;
  /** Each figure's claims in ledger order. */
  byFigure: Map<string, Claim[]>;
  /** Position in the ledger, the last tie-breaker between claims of the same moment. */
  position: Map<string, number>;
  /** The correction that replaced a claim, or the record that withdrew it. */
  supersededBy: Map<string, Claim>;
  retractedBy: Map<string, Claim>;
}

export function indexClaims(claims: readonly Claim[]): ClaimIndex {
  const index: ClaimIndex = {
    byId: new Map(),
    byFigure: new Map(),
    position: new Map(),
    supersededBy: new Map(),
    retractedBy: new Map(),
  };
  claims.forEach((claim, i) => {
    index.byId.set(claim.id, claim);
    index.position.set(claim.id, i);
    const list = index.byFigure.get(claim.figure);
    if (list) list.push(claim);
    else index.byFigure.set(claim.figure, [claim]);
    if (claim.supersedes !== undefined && !index.supersededBy.has(claim.supersedes)) {
      index.supersededBy.set(claim.supersedes, claim);
    }
    if (claim.retracts !== undefined && !index.retractedBy.has(claim.retracts)) {
      index.retractedBy.set(claim.retracts, claim);
    }
  });
  return index;
}

export type Standing = 'active' | 'superseded' | 'retracted' | 'retraction';

/* A retraction outranks a correction: a withdrawn claim is withdrawn whatever else was said of it. */
export function standingOf(claim: Claim, index: ClaimIndex): Standing {
  if (claim.retracts !== undefined) return 'retraction';
  if (index.retractedBy.has(claim.id)) return 'retracted';
  if (index.supersededBy.has(claim.id)) return 'superseded';
  return 'active';
}

/*
 * Chronological order: by date, then time of day (a claim without a time
 * comes before the timed ones of its day, since it cannot be placed within
 * it), then the order the claims were written in.
 */
export function compareClaims(a: Claim, b: Claim, index: ClaimIndex): number {
  return (
    compareDates(a.date, b.date) ||
    compareTimes(a.time, b.time) ||
    (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0)
  );
}

function compareTimes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Every claim about a figure, oldest first, whatever its standing. */
export function claimsOfFigure(figureId: string, index: ClaimIndex): Claim[] {
  return [...(index.byFigure.get(figureId) ?? [])].sort((a, b) => compareClaims(a, b, index));
}

/** The claims that still stand and carry values, oldest first. */
export function activeClaims(figureId: string, index: ClaimIndex): Claim[] {
  return claimsOfFigure(figureId, index).filter((claim) => standingOf(claim, index) === 'active');
}

export function valueFor(claim: Claim, measureKey: string): ClaimValue | undefined {
  return claim.values?.find((v) => v.measure === measureKey);
}

export interface ShownValue {
  measure: Measure;
  value: ClaimValue;
  claim: Claim;
  /** Why this claim is shown rather than the latest one, when the maintainers chose it. */
  reason?: string;
}

/*
 * A figure's current value, measure by measure: the maintainers' chosen claim
 * where it gives that measure, else the latest standing claim that does. A
 * claim that gives only some measures leaves the others as they were.
 */
export function currentValues(figure: CountFigure, index: ClaimIndex): ShownValue[] {
  const active = activeClaims(figure.id, index);
  const chosen = figure.shown ? index.byId.get(figure.shown.claim) : undefined;
  return figure.measures.flatMap((measure) => {
    const fromChosen = chosen && valueFor(chosen, measure.key);
    if (chosen && fromChosen) return [{ measure, value: fromChosen, claim: chosen, reason: figure.shown?.reason }];
    for (let i = active.length - 1; i >= 0; i--) {
      const claim = active[i]!;
      const value = valueFor(claim, measure.key);
      if (value) return [{ measure, value, claim }];
    }
    return [];
  });
}

/** The claims behind the current values, once each, in the figure's measure order. */
export function shownClaims(figure: CountFigure, index: ClaimIndex): Claim[] {
  return [...new Set(currentValues(figure, index).map((v) => v.claim))];
}

/** The lowest and highest a value can mean: "at least 25" reaches up without end. */
export function valueInterval(value: ClaimValue): [number, number] {
  if (value.value === undefined) return [value.low ?? 0, value.high ?? Infinity];
  switch (value.qualifier) {
    case 'at-least':
      return [value.value, Infinity];
    case 'at-most':
      return [0, value.value];
    default:
      return [value.value, value.value];
  }
}

/* The numbers a reader would quote for the spread: "2 to 27". */
function quotedBounds(value: ClaimValue): [number, number] {
  return value.value === undefined ? [value.low ?? 0, value.high ?? 0] : [value.value, value.value];
}

function intervalsMeet(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export type ClaimantOf = (claim: Claim) => string;

export function claimantLookup(citations: Map<string, Pick<Citation, 'claimedBy'>>): ClaimantOf {
  return (claim) => citations.get(claim.citation)?.claimedBy ?? claim.citation;
}

export interface Disagreement {
  measure: Measure;
  date: string;
  /** The parties whose latest word on that day differs from another's. */
  claimants: string[];
  claims: Claim[];
  low: number;
  high: number;
}

/*
 * Contested: on one day, different parties give values for the same measure
 * that cannot all be true together ("at least 25" and "27" can; "2" and "27"
 * cannot). A party revising itself is never a disagreement: only each
 * party's latest standing claim of that day counts.
 */
export function disagreementOn(
  figure: CountFigure,
  measure: Measure,
  date: string,
  index: ClaimIndex,
  claimantOf: ClaimantOf,
): Disagreement | null {
  const sameDay = activeClaims(figure.id, index).filter((claim) => claim.date === date);
  return disagreementAmong(sameDay, measure, date, claimantOf);
}

/* `sameDay` holds one day's standing claims in chronological order, so the last one of each party is its latest word. */
export function disagreementAmong(
  sameDay: Claim[],
  measure: Measure,
  date: string,
  claimantOf: ClaimantOf,
): Disagreement | null {
  const latest = new Map<string, { claim: Claim; value: ClaimValue }>();
  for (const claim of sameDay) {
    const value = valueFor(claim, measure.key);
    if (value) latest.set(claimantOf(claim), { claim, value });
  }
  if (latest.size < 2) return null;
  const entries = [...latest.values()];
  const intervals = entries.map((e) => valueInterval(e.value));
  const agree = intervals.every((a, i) => intervals.every((b, j) => i >= j || intervalsMeet(a, b)));
  if (agree) return null;
  const bounds = entries.map((e) => quotedBounds(e.value));
  return {
    measure,
    date,
    claimants: [...latest.keys()],
    claims: entries.map((e) => e.claim),
    low: Math.min(...bounds.map((b) => b[0])),
    high: Math.max(...bounds.map((b) => b[1])),
  };
}

/** Disagreements on the day of each current value: what a card warns about. */
export function currentDisagreements(figure: CountFigure, index: ClaimIndex, claimantOf: ClaimantOf): Disagreement[] {
  return currentValues(figure, index).flatMap(
    (shown) => disagreementOn(figure, shown.measure, shown.claim.date, index, claimantOf) ?? [],
  );
}
