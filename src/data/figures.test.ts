import { describe, it, expect } from 'vitest';
import type { CountFigure, Dataset, DurationFigure, Figure, Measure } from './schema';
import {
  countedText,
  durationOf,
  figureAttributions,
  figureDate,
  figureSentence,
  figureValueText,
  MAX_HEADLINE_FIGURES,
  splitFigures,
  indexDataset,
  isCount,
  measureText,
} from './figures';
import { seedDataset } from '../../test/fixtures';

function figure(dataset: Dataset, id: string): Figure {
  const found = dataset.figures.find((f) => f.id === id);
  if (!found) throw new Error(`The seed has no figure "${id}"`);
  return found;
}

function countFigure(dataset: Dataset, id: string): CountFigure {
  const found = figure(dataset, id);
  if (found.kind !== 'count') throw new Error(`"${id}" is not a count`);
  return found;
}

function durationFigure(dataset: Dataset, id: string): DurationFigure {
  const found = figure(dataset, id);
  if (found.kind !== 'duration') throw new Error(`"${id}" is not a duration`);
  return found;
}

function sentence(id: string): string {
  const dataset = seedDataset();
  return figureSentence(figure(dataset, id), dataset, indexDataset(dataset));
}

const measure = (overrides: Partial<Measure>): Measure => ({
  key: 'killed',
  label: 'civilians killed',
  value: 2,
  qualifier: 'exact',
  ...overrides,
});

describe('indexDataset', () => {
  it('indexes sources by id', () => {
    expect(indexDataset(seedDataset()).sources.get('zartonk-media')?.name).toBe('Zartonk Media');
  });

  it('indexes citations by id', () => {
    expect(indexDataset(seedDataset()).citations.get('zartonk-casualties')?.claimedBy).toBe('zartonk-media');
  });
});

describe('figureSentence with the seed dataset', () => {
  it('reads the population under blockade', () => {
    expect(sentence('population-under-blockade')).toBe(
      'Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News',
    );
  });

  it('reads the casualties with the claimant and the outlet', () => {
    expect(sentence('casualties-19-september')).toBe(
      'Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured, as of 19 September 2023, source Zartonk Media via Medya News',
    );
  });

  it('reads the blockade duration, computed up to the dataset date', () => {
    expect(sentence('blockade-duration')).toBe(
      'Blockade duration: 281 days, as of 19 September 2023, source Medya News',
    );
  });

  it('reads an alleged figure with its status', () => {
    expect(sentence('mine-blast-deaths-alleged')).toBe(
      'Mine-blast deaths Azerbaijan gives as the reason for the operation: 4 police officers killed; 2 civilians killed (alleged), as of 19 September 2023, source Azerbaijani army via Medya News',
    );
  });

  it('counts further sources when a figure cites several claimants', () => {
    const dataset = seedDataset();
    const population = figure(dataset, 'population-under-blockade');
    population.citations = ['medya-blockade-population', 'zartonk-casualties', 'france-statement'];
    expect(figureSentence(population, dataset, indexDataset(dataset))).toMatch(
      /, source Medya News and 2 other sources$/,
    );
  });

  it('says "No source" when no citation is known', () => {
    const dataset = seedDataset();
    const population = figure(dataset, 'population-under-blockade');
    population.citations = ['missing-citation'];
    expect(figureSentence(population, dataset, indexDataset(dataset))).toMatch(/, source No source$/);
  });
});

describe('figureValueText', () => {
  it('joins the measures of the casualties, with the breakdown', () => {
    const dataset = seedDataset();
    expect(figureValueText(figure(dataset, 'casualties-19-september'), dataset.asOf)).toBe(
      '2 civilians killed, of whom 1 child; 23 injured',
    );
  });

  it('gives the blockade duration in days', () => {
    const dataset = seedDataset();
    expect(figureValueText(figure(dataset, 'blockade-duration'), dataset.asOf)).toBe('281 days');
  });

  it('counts a duration up to its end date when it has one', () => {
    const dataset = seedDataset();
    const duration = durationFigure(dataset, 'blockade-duration');
    duration.end = '2022-12-13';
    expect(figureValueText(duration, dataset.asOf)).toBe('1 day');
  });
});

describe('countedText and measureText', () => {
  it('uses the singular label for a value of 1', () => {
    expect(countedText(measure({ value: 1, singular: 'civilian killed' }))).toBe('1 civilian killed');
  });

  it('uses the plural label for a value of 2', () => {
    expect(countedText(measure({ value: 2, singular: 'civilian killed' }))).toBe('2 civilians killed');
  });

  it('uses the plural label for a value of 0', () => {
    expect(countedText(measure({ value: 0, singular: 'civilian killed' }))).toBe('0 civilians killed');
  });

  it('keeps the label for a value of 1 when there is no singular', () => {
    expect(countedText(measure({ value: 1, label: 'injured' }))).toBe('1 injured');
  });

  it('puts the qualifier before the number', () => {
    expect(countedText(measure({ value: 120000, qualifier: 'about', label: 'ethnic Armenians' }))).toBe(
      'about 120,000 ethnic Armenians',
    );
  });

  it('uses the singular in a breakdown of 1', () => {
    expect(
      measureText(measure({ breakdown: [{ label: 'children', singular: 'child', value: 1, qualifier: 'exact' }] })),
    ).toBe('2 civilians killed, of whom 1 child');
  });

  it('joins several breakdown parts with "and"', () => {
    expect(
      measureText(
        measure({
          value: 10,
          breakdown: [
            { label: 'children', singular: 'child', value: 3, qualifier: 'exact' },
            { label: 'women', singular: 'woman', value: 1, qualifier: 'at-least' },
          ],
        }),
      ),
    ).toBe('10 civilians killed, of whom 3 children and at least 1 woman');
  });

  it('adds nothing for an empty breakdown', () => {
    expect(measureText(measure({ breakdown: [] }))).toBe('2 civilians killed');
  });
});

describe('durationOf', () => {
  it('counts an ongoing duration up to the dataset date', () => {
    expect(durationOf({ start: '2022-12-12' }, '2023-09-19')).toEqual({
      days: 281,
      start: '2022-12-12',
      end: '2023-09-19',
      ongoing: true,
    });
  });

  it('counts a finished duration up to its own end, not the dataset date', () => {
    expect(durationOf({ start: '2022-12-12', end: '2023-01-11' }, '2023-09-19')).toEqual({
      days: 30,
      start: '2022-12-12',
      end: '2023-01-11',
      ongoing: false,
    });
  });

  it('is 0 days when it starts and ends on the same day', () => {
    expect(durationOf({ start: '2023-09-19', end: '2023-09-19' }, '2023-09-19').days).toBe(0);
  });
});

describe('figureDate', () => {
  it('is the date of a count', () => {
    const dataset = seedDataset();
    const population = countFigure(dataset, 'population-under-blockade');
    population.date = '2023-09-01';
    expect(figureDate(population, dataset.asOf)).toBe('2023-09-01');
  });

  it('is the dataset date for an ongoing duration', () => {
    expect(figureDate(figure(seedDataset(), 'blockade-duration'), '2023-09-19')).toBe('2023-09-19');
  });

  it('is the end date for a finished duration', () => {
    const duration = durationFigure(seedDataset(), 'blockade-duration');
    duration.end = '2023-06-01';
    expect(figureDate(duration, '2023-09-19')).toBe('2023-06-01');
  });
});

describe('figureAttributions', () => {
  it('attributes each known citation', () => {
    const dataset = seedDataset();
    expect(figureAttributions(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toEqual([
      { claimant: 'Zartonk Media', via: 'Medya News' },
    ]);
  });

  it('skips citations that are not in the index', () => {
    const dataset = seedDataset();
    expect(figureAttributions({ citations: ['nope', 'medya-icrc-denied'] }, indexDataset(dataset))).toEqual([
      { claimant: 'Medya News' },
    ]);
  });
});

describe('splitFigures', () => {
  const ids = (figures: Figure[]) => figures.map((f) => f.id);

  it('puts the figures marked headline first and keeps the others for later, in order', () => {
    const figures = seedDataset().figures;
    figures[0]!.headline = false;
    delete figures[2]!.headline;
    const { headline, rest } = splitFigures(figures);
    expect(ids(headline)).toEqual(['casualties-19-september', 'mine-blast-deaths-alleged']);
    expect(ids(rest)).toEqual(['population-under-blockade', 'blockade-duration']);
  });

  it('takes the first figures when none is marked', () => {
    const figures = seedDataset().figures.map((f) => ({ ...f, headline: false }));
    const { headline, rest } = splitFigures(figures, 3);
    expect(ids(headline)).toEqual(['population-under-blockade', 'casualties-19-september', 'blockade-duration']);
    expect(ids(rest)).toEqual(['mine-blast-deaths-alleged']);
  });

  it('caps the headline figures even when more are marked', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...seedDataset().figures[0]!,
      id: `f-${i}`,
      headline: true,
    }));
    const { headline, rest } = splitFigures(many);
    expect(headline).toHaveLength(MAX_HEADLINE_FIGURES);
    expect(rest).toHaveLength(1000 - MAX_HEADLINE_FIGURES);
    expect(rest[0]!.id).toBe(`f-${MAX_HEADLINE_FIGURES}`);
  });

  it('is empty for no figures', () => {
    expect(splitFigures([])).toEqual({ headline: [], rest: [] });
  });
});

describe('isCount', () => {
  it('is true for a count', () => {
    expect(isCount(figure(seedDataset(), 'population-under-blockade'))).toBe(true);
  });

  it('is false for a duration', () => {
    expect(isCount(figure(seedDataset(), 'blockade-duration'))).toBe(false);
  });
});
