import { describe, expect, it } from 'vitest';
import type { CountFigure, Dataset, Figure } from './schema';
import { diffDatasets, isEmptyDiff } from './diff';
import { seedDataset } from '../../test/fixtures';

const before = seedDataset();

function withFigures(dataset: Dataset, change: (figures: Figure[]) => Figure[]): Dataset {
  return { ...dataset, figures: change(dataset.figures) };
}

const population = before.figures.find((f) => f.id === 'population-under-blockade') as CountFigure;
const newFigure: Figure = { ...population, id: 'displaced', label: 'People displaced', date: '2023-09-19' };

const changedPopulation = withFigures(before, (figures) =>
  figures.map((f) =>
    f.id === population.id
      ? {
          ...population,
          date: '2023-09-19',
          measures: [{ ...population.measures[0]!, value: 100000 }],
          history: [{ date: '2023-09-18', values: { population: 120000 }, citations: population.citations }],
        }
      : f,
  ),
);

describe('diffDatasets', () => {
  it('shows a changed figure’s value and date before and after', () => {
    expect(diffDatasets(before, changedPopulation).figures).toEqual([
      {
        id: 'population-under-blockade',
        label: 'Population under blockade',
        change: 'changed',
        before: { value: 'about 120,000 ethnic Armenians', date: '2023-09-19' },
        after: { value: 'about 100,000 ethnic Armenians', date: '2023-09-19' },
      },
    ]);
  });

  it('shows an added figure with its value', () => {
    const after = withFigures(before, (figures) => [...figures, newFigure]);
    expect(diffDatasets(before, after).figures).toEqual([
      {
        id: 'displaced',
        label: 'People displaced',
        change: 'added',
        after: { value: 'about 120,000 ethnic Armenians', date: '2023-09-19' },
      },
    ]);
  });

  it('shows a removed figure with its last value', () => {
    const after = withFigures(before, (figures) => figures.filter((f) => f.id !== 'blockade-duration'));
    expect(diffDatasets(before, after).figures).toEqual([
      {
        id: 'blockade-duration',
        label: 'Blockade duration',
        change: 'removed',
        before: { value: '281 days', date: '2023-09-19' },
      },
    ]);
  });

  it('counts a figure whose only change is its history as changed', () => {
    const after = withFigures(before, (figures) =>
      figures.map((f) =>
        f.id === population.id
          ? {
              ...population,
              history: [{ date: '2023-09-01', values: { population: 1 }, citations: population.citations }],
            }
          : f,
      ),
    );
    expect(diffDatasets(before, after).figures.map((f) => f.change)).toEqual(['changed']);
  });

  it('ignores the order of keys in a figure', () => {
    const reordered = withFigures(before, (figures) =>
      figures.map((f) => Object.fromEntries(Object.entries(f).reverse()) as Figure),
    );
    expect(diffDatasets(before, reordered).figures).toEqual([]);
  });

  it('counts added, changed and removed citations', () => {
    const [first, second, ...rest] = before.citations;
    const after = { ...before, citations: [{ ...first!, title: 'Retitled' }, ...rest, { ...second!, id: 'copy' }] };
    expect(diffDatasets(before, after).citations).toEqual({ added: 1, changed: 1, removed: 1 });
  });

  it('gives the dataset date before and after when it moved', () => {
    expect(diffDatasets(before, { ...before, asOf: '2023-09-21' }).asOf).toEqual({
      before: '2023-09-19',
      after: '2023-09-21',
    });
  });

  it('leaves out the dataset date when it did not move', () => {
    expect(diffDatasets(before, changedPopulation)).not.toHaveProperty('asOf');
  });

  it('counts each side’s ongoing duration to that side’s own dataset date', () => {
    const ended = withFigures({ ...before, asOf: '2023-09-21' }, (figures) =>
      figures.map((f) => (f.kind === 'duration' ? { ...f, end: '2023-09-20' } : f)),
    );
    const [change] = diffDatasets(before, ended).figures;
    expect([change?.before?.value, change?.after?.value]).toEqual(['281 days', '282 days']);
  });

  it('lists an open-ended duration whose days grew because the dataset date moved, as the dashboard will show it', () => {
    expect(
      diffDatasets(before, { ...before, asOf: '2023-09-21' }).figures.map((f) => [
        f.id,
        f.before?.value,
        f.after?.value,
      ]),
    ).toEqual([['blockade-duration', '281 days', '283 days']]);
  });
});

describe('isEmptyDiff', () => {
  it('is true when only the revision and updatedAt differ', () => {
    expect(isEmptyDiff(diffDatasets(before, { ...before, revision: 2, updatedAt: '2023-09-21T00:00:00Z' }))).toBe(true);
  });

  it('is false when a figure changed', () => {
    expect(isEmptyDiff(diffDatasets(before, changedPopulation))).toBe(false);
  });

  it('is false when only an event changed', () => {
    const after = { ...before, events: before.events.slice(1) };
    expect(isEmptyDiff(diffDatasets(before, after))).toBe(false);
  });

  it('is false when only the title changed', () => {
    expect(isEmptyDiff(diffDatasets(before, { ...before, title: 'Another title' }))).toBe(false);
  });
});
