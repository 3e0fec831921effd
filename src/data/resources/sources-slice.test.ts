import { describe, expect, it } from 'vitest';
import {
  largeDataset,
  seedDataset,
  withCorrectionAndWithdrawal,
  withHistoryAndRivalClaim,
} from '../../../test/fixtures';
import { withMoreSources } from '../../../test/source-fixtures';
import type { Dataset } from '../schema/schema';
import { sourceUsage } from '../words/sources';
import { sourcesSlice, sourceUsesOf } from './sources-slice';
import { sourcesSliceSchema } from './sources-slice-schema';

const datasets: [string, Dataset][] = [
  ['the seed', seedDataset()],
  ['history and a rival claim', withHistoryAndRivalClaim(seedDataset())],
  ['a correction and a withdrawal', withCorrectionAndWithdrawal(seedDataset())],
  ['more sources', withMoreSources(seedDataset())],
  ['30 figures of 12 claims', largeDataset(30, 12)],
];

describe('the sources page’s slice', () => {
  it.each(datasets)(
    'passes its schema, and reads back as the usage worked out from the whole dataset: %s',
    (_, dataset) => {
      const slice = sourcesSlice(dataset);
      expect(sourcesSliceSchema.safeParse(slice).success).toBe(true);
      expect(sourceUsesOf(slice)).toEqual(sourceUsage(dataset));
    },
  );

  it('counts every claim a source made and published, whatever the slice leaves out', () => {
    const dataset = largeDataset(10, 7);
    const ministry = sourcesSlice(dataset).sources.find((u) => u.source.id === 'large-ministry')!;
    const made = dataset.claims.filter((c) => c.citation === 'large-ministry-reports').length;
    expect(made).toBeGreaterThan(0);
    expect(ministry.claimsMade).toBe(made);
    expect(ministry.claimsPublished).toBe(made);
    expect(ministry.figures.map((f) => f.claimsMade).reduce((a, b) => a + b, 0)).toBe(made);
  });

  it('does not grow with the number of claims, only with what the sources concern', () => {
    const entries = (dataset: Dataset) => {
      const slice = sourcesSlice(dataset);
      return (
        slice.figures.length + slice.events.length + slice.sources.flatMap((u) => [...u.figures, ...u.events]).length
      );
    };
    expect(entries(largeDataset(20, 100))).toBe(entries(largeDataset(20, 4)));
    expect(entries(largeDataset(40, 4))).toBeGreaterThan(entries(largeDataset(20, 4)));
    expect(JSON.stringify(sourcesSlice(largeDataset(20, 100)))).not.toMatch(/large-\d+-\d+/);
  });

  it('refuses a source that names a figure the answer does not list', () => {
    const slice = sourcesSlice(seedDataset());
    const broken = { ...slice, figures: slice.figures.slice(1) };
    const result = sourcesSliceSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`No figure "${slice.figures[0]!.id}" is listed`);
  });
});
