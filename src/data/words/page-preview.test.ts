import { describe, expect, it } from 'vitest';
import { dashboardPreview, figurePreview } from './page-preview';
import { seedDataset } from '../../../test/fixtures';
import type { Dataset } from '../schema/schema';

function figureOf(dataset: Dataset, id: string) {
  const figure = dataset.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`The seed has no figure "${id}"`);
  return figure;
}

describe('figurePreview', () => {
  it('states the shown value with its qualifier, unit, source and date', () => {
    const dataset = seedDataset();
    const { description, card } = figurePreview(dataset, figureOf(dataset, 'population-under-blockade'));
    expect(description).toBe(
      'Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News',
    );
    expect(card).toEqual({
      kicker: dataset.title,
      heading: 'Population under blockade',
      lines: ['about 120,000 ethnic Armenians'],
      source: 'Source: Medya News',
      date: 'As of 19 September 2023',
    });
  });

  it('gives each measure a line, names claimant and outlet, and marks a status beyond reported', () => {
    const dataset = seedDataset();
    const casualties = figurePreview(dataset, figureOf(dataset, 'casualties-19-september')).card!;
    expect(casualties.lines).toEqual(['2 civilians killed, of whom 1 child', '23 injured']);
    expect(casualties.source).toBe('Source: Zartonk Media via Medya News');
    const alleged = figurePreview(dataset, figureOf(dataset, 'mine-blast-deaths-alleged'));
    expect(alleged.description).toContain('(alleged)');
    expect(alleged.card!.date).toBe('As of 19 September 2023 · Alleged');
  });

  it('follows the data: a new value shows in the description and on the card', () => {
    const dataset = seedDataset();
    const claim = dataset.claims.find((c) => c.figure === 'population-under-blockade')!;
    claim.values![0]!.value = 98_765;
    const { description, card } = figurePreview(dataset, figureOf(dataset, 'population-under-blockade'));
    expect(description).toContain('about 98,765 ethnic Armenians');
    expect(card!.lines).toEqual(['about 98,765 ethnic Armenians']);
  });
});

describe('dashboardPreview', () => {
  it('sums up the headline figures, each with its value and status, under the dataset and its date', () => {
    const dataset = seedDataset();
    const { description, card } = dashboardPreview(dataset);
    expect(description).toMatch(/^Nagorno-Karabakh: blockade and offensive, as of 19 September 2023\. /);
    expect(description).toContain('Population under blockade: about 120,000 ethnic Armenians.');
    expect(description).toContain('Blockade duration: 281 days.');
    expect(description).toContain('2 civilians killed (alleged).');
    expect(card!.heading).toBe(dataset.title);
    expect(card!.lines).toContain('Population under blockade: about 120,000 ethnic Armenians');
  });

  it('names at most four figures and counts the rest', () => {
    const dataset = seedDataset();
    const template = dataset.figures.find((f) => f.id === 'blockade-duration')!;
    for (let i = 0; i < 3; i++) dataset.figures.push({ ...template, id: `extra-${i}`, label: `Extra ${i}` });
    const { description, card } = dashboardPreview(dataset);
    expect(card!.lines).toHaveLength(4);
    expect(description).toContain(`And ${dataset.figures.length - 4} more figures.`);
  });
});
