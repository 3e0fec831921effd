import type { Claim, ClaimValue, CountFigure } from '../schema/schema';
import {
  activeClaims,
  disagreementAmong,
  valueFor,
  type ClaimantOf,
  type ClaimIndex,
  type Disagreement,
} from './claims';

/*
 * A figure's history, as its page draws and lists it: apart from claims.ts,
 * whose current values the first screen needs, so this loads with that page.
 */

/** Every day on which parties disagreed, for any measure, oldest first. */
export function allDisagreements(figure: CountFigure, index: ClaimIndex, claimantOf: ClaimantOf): Disagreement[] {
  const byDate = new Map<string, Claim[]>();
  for (const claim of activeClaims(figure.id, index)) {
    const day = byDate.get(claim.date);
    if (day) day.push(claim);
    else byDate.set(claim.date, [claim]);
  }
  return [...byDate].flatMap(([date, sameDay]) =>
    figure.measures.flatMap((measure) => disagreementAmong(sameDay, measure, date, claimantOf) ?? []),
  );
}

export interface SeriesPoint {
  claim: Claim;
  value: ClaimValue;
}

export interface ClaimantSeries {
  claimant: string;
  points: SeriesPoint[];
}

/* One series per claimant for one measure, standing claims only, oldest first; series ordered by first report. */
export function seriesByClaimant(
  figure: CountFigure,
  measureKey: string,
  index: ClaimIndex,
  claimantOf: ClaimantOf,
): ClaimantSeries[] {
  const series = new Map<string, SeriesPoint[]>();
  for (const claim of activeClaims(figure.id, index)) {
    const value = valueFor(claim, measureKey);
    if (!value) continue;
    const claimant = claimantOf(claim);
    const points = series.get(claimant);
    if (points) points.push({ claim, value });
    else series.set(claimant, [{ claim, value }]);
  }
  return [...series].map(([claimant, points]) => ({ claimant, points }));
}

export interface ClaimantCount {
  claimant: string;
  claims: number;
}

/* Who made the claims given, whatever their standing, with how many each, in the order each first appears. */
export function claimantCounts(claims: readonly Claim[], claimantOf: ClaimantOf): ClaimantCount[] {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const claimant = claimantOf(claim);
    counts.set(claimant, (counts.get(claimant) ?? 0) + 1);
  }
  return [...counts].map(([claimant, n]) => ({ claimant, claims: n }));
}
