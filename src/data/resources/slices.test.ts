import { describe, expect, it } from 'vitest';
import { largeDataset, seedDataset, withCorrectionAndWithdrawal } from '../../../test/fixtures';
import { claimantLookup, currentDisagreements, currentValues, indexClaims } from '../ledger/claims';
import type { Dataset } from '../schema/schema';
import { dashboardSlice, figureSlice, otherFiguresPages, otherFiguresSlice } from './slices';
import { OTHER_FIGURES_PAGE_SIZE, splitFigures } from '../words/figures';
import { validateDataset, validateWith } from '../checks/validate';
import { dashboardSchema } from '../ledger/dataset-schema';

function cards(dataset: Dataset, figures = splitFigures(dataset).headline) {
  const index = indexClaims(dataset.claims);
  const claimantOf = claimantLookup(new Map(dataset.citations.map((c) => [c.id, c])));
  return figures.map((figure) =>
    figure.kind === 'count'
      ? { values: currentValues(figure, index), disagreements: currentDisagreements(figure, index, claimantOf) }
      : figure,
  );
}

describe('dataset slices', () => {
  const contested = withCorrectionAndWithdrawal(seedDataset());
  const large = largeDataset(20, 60);

  it('leave the seed whole when it holds nothing the dashboard does not show', () => {
    const seed = seedDataset();
    expect(dashboardSlice(seed)).toEqual({ dataset: { ...seed, otherFigures: 0 } });
  });

  it('pass the schema and its integrity rules, corrections and their targets kept together', () => {
    for (const dataset of [contested, large]) {
      expect(validateWith(dashboardSchema, dashboardSlice(dataset).dataset).ok).toBe(true);
      for (const f of dataset.figures) expect(validateDataset(figureSlice(dataset, f.id).dataset).ok).toBe(true);
    }
    const corrected = structuredClone(contested);
    const latest = corrected.claims.find((c) => c.id === 'casualties-19-september-2023-09-19')!;
    corrected.claims.push({ ...latest, id: 'test-recount', time: '23:00', supersedes: latest.id, note: 'Recounted.' });
    const slice = dashboardSlice(corrected).dataset;
    expect(validateWith(dashboardSchema, slice).ok).toBe(true);
    const ids = slice.claims.map((c) => c.id);
    expect(ids).toContain('test-recount');
    expect(ids).toContain(latest.id);
    expect(ids).not.toContain('test-casualties-earlier');
  });

  it('give the dashboard the same current values and disagreements as the whole dataset', () => {
    for (const dataset of [contested, large]) {
      expect(cards(dashboardSlice(dataset).dataset)).toEqual(cards(dataset));
    }
  });

  it('hold every claim of the page’s figure and drop the history of the others', () => {
    const slice = figureSlice(large, 'large-figure-12');
    expect(slice.dataset.claims.filter((c) => c.figure === 'large-figure-12')).toHaveLength(60);
    expect(slice.dataset.claims.filter((c) => c.figure === 'large-figure-13')).toHaveLength(0);
    expect(slice.wholeFigures).toEqual(['large-figure-12']);
    expect(slice.dataset.figures.map((f) => f.id)).toEqual(['large-figure-12']);
    expect(slice.dataset.events).toEqual(large.events);
    const figure = large.figures.find((f) => f.id === 'large-figure-12')!;
    expect(cards(slice.dataset, slice.dataset.figures)).toEqual(cards(large, [figure]));
    expect(figureSlice(large, 'nowhere').dataset.figures).toEqual([]);
  });

  it('give the dashboard its headline figures alone and the count of the others', () => {
    const { headline, rest } = splitFigures(large);
    const slice = dashboardSlice(large).dataset;
    expect(slice.figures.map((f) => f.id)).toEqual(headline.map((f) => f.id));
    expect(slice.otherFigures).toBe(rest.length);
    expect(rest.length).toBeGreaterThan(0);
    expect(slice.events).toEqual(large.events);
    expect(splitFigures(slice).headline).toEqual(slice.figures);
  });

  it('do not grow with the length of the history', () => {
    const short = dashboardSlice(largeDataset(20, 10)).dataset;
    const long = dashboardSlice(largeDataset(20, 200)).dataset;
    expect(long.claims.length).toBe(short.claims.length);
    expect(JSON.stringify(long).length).toBeLessThan(JSON.stringify(short).length * 1.05);
  });

  it('do not grow with the number of figures', () => {
    const [few, many] = [largeDataset(20, 30), largeDataset(400, 30)];
    const size = (slice: { dataset: Dataset }) => JSON.stringify(slice.dataset).length;
    expect(size(dashboardSlice(many))).toBeLessThan(size(dashboardSlice(few)) * 1.05);
    expect(size(figureSlice(many, 'large-figure-12'))).toBeLessThan(size(figureSlice(few, 'large-figure-12')) * 1.05);
  });

  it('give the other figures a page at a time, each valid, with the cards the whole dataset gives them', () => {
    const many = withCorrectionAndWithdrawal(largeDataset(120, 6));
    const rest = splitFigures(many).rest;
    const pages = otherFiguresPages(many);
    expect(pages).toBe(Math.ceil(rest.length / OTHER_FIGURES_PAGE_SIZE));
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const slice = otherFiguresSlice(many, page)!.dataset;
      expect(validateDataset(slice).ok).toBe(true);
      expect(slice.events).toEqual([]);
      expect(cards(slice, slice.figures)).toEqual(
        cards(many, rest.slice(seen.length, seen.length + slice.figures.length)),
      );
      seen.push(...slice.figures.map((f) => f.id));
    }
    expect(seen).toEqual(rest.map((f) => f.id));
    for (const page of [0, pages + 1, 1.5, -1]) expect(otherFiguresSlice(many, page)).toBeNull();
  });

  it('keep each page of other figures as small with a long history as with a short one', () => {
    const short = otherFiguresSlice(largeDataset(120, 4), 1)!.dataset;
    const long = otherFiguresSlice(largeDataset(120, 100), 1)!.dataset;
    expect(long.claims.length).toBe(short.claims.length);
    expect(JSON.stringify(long).length).toBeLessThan(JSON.stringify(short).length * 1.05);
  });

  it('keep the headlines and topics valid in every slice, each topic listing only the figures the slice holds', () => {
    const many = largeDataset(120, 3);
    const ids = many.figures.map((f) => f.id);
    const curated: Dataset = {
      ...many,
      headlines: ['large-figure-5', 'population-under-blockade'],
      topics: [
        { id: 'first', label: 'First', figures: ids.slice(10, 70) },
        { id: 'second', label: 'Second', figures: ids.slice(70, 90) },
      ],
    };
    const slices = [
      dashboardSlice(curated).dataset,
      figureSlice(curated, 'large-figure-12').dataset,
      ...Array.from({ length: otherFiguresPages(curated) }, (_, i) => otherFiguresSlice(curated, i + 1)!.dataset),
    ];
    expect(validateWith(dashboardSchema, slices[0]).ok).toBe(true);
    for (const slice of slices) {
      if (slice !== slices[0]) expect(validateDataset(slice).ok).toBe(true);
      expect(slice.topics?.map((t) => t.id)).toEqual(['first', 'second']);
      const held = new Set(slice.figures.map((f) => f.id));
      expect(slice.topics!.flatMap((t) => t.figures).every((id) => held.has(id))).toBe(true);
    }
    expect(slices[0]!.headlines).toEqual(['large-figure-5', 'population-under-blockade']);
    expect(slices[1]!).not.toHaveProperty('headlines');
  });
});
