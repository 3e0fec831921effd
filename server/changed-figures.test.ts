import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema/schema';
import { seedDataset } from '../test/fixtures';
import { changedFigures } from './changed-figures';

const seed = seedDataset();
const next = (change: Partial<Dataset>): Dataset => ({
  ...seed,
  revision: seed.revision + 1,
  updatedAt: '2030-01-01T00:00:00Z',
  ...change,
});
const claimOf = (figure: string) => seed.claims.find((c) => c.figure === figure)!;

describe('changedFigures', () => {
  it('is none when only the revision and time of the write differ', () => {
    expect(changedFigures(seed, next({}))).toEqual([]);
  });

  it('is none when the records were copied, not changed', () => {
    const copied = next({ claims: seed.claims.map((c) => ({ ...c })), citations: structuredClone(seed.citations) });
    expect(changedFigures(seed, copied)).toEqual([]);
  });

  it('is the figure a new claim is about, and no other', () => {
    const claim = { ...claimOf('casualties-19-september'), id: 'casualties-later' };
    expect(changedFigures(seed, next({ claims: [...seed.claims, claim] }))).toEqual(['casualties-19-september']);
  });

  it('is every figure whose claims cite a changed citation or source', () => {
    const { citation } = claimOf('population-under-blockade');
    const cited = seed.citations.find((c) => c.id === citation)!;
    const citations = seed.citations.map((c) => (c.id === citation ? { ...c, note: 'Reworded.' } : c));
    const sharing = seed.figures
      .filter(
        (f) =>
          (f.kind === 'duration' && f.citations.includes(citation)) ||
          seed.claims.some((c) => c.figure === f.id && c.citation === citation),
      )
      .map((f) => f.id);
    expect(sharing.length).toBeLessThan(seed.figures.length);
    expect(changedFigures(seed, next({ citations }))).toEqual(sharing);
    const sources = seed.sources.map((s) => (s.id === cited.claimedBy ? { ...s, name: 'Renamed' } : s));
    expect(changedFigures(seed, next({ sources }))).toEqual(expect.arrayContaining(sharing));
  });

  it('is every figure when the dataset’s date moves or a figure is added or removed', () => {
    const all = seed.figures.map((f) => f.id);
    expect(changedFigures(seed, next({ asOf: '2023-09-20' }))).toEqual(all);
    const fewer = seed.figures.slice(1);
    expect(
      changedFigures(seed, next({ figures: fewer, claims: seed.claims.filter((c) => c.figure !== all[0]) })),
    ).toEqual(all.slice(1));
  });

  it('is a duration when an event changes, and leaves the counts', () => {
    const events = seed.events.map((e, i) => (i === 0 ? { ...e, title: 'Retitled' } : e));
    const durations = seed.figures.filter((f) => f.kind === 'duration').map((f) => f.id);
    expect(durations.length).toBeGreaterThan(0);
    expect(changedFigures(seed, next({ events }))).toEqual(durations);
  });
});
