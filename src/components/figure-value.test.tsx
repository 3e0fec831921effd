import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { CountFigure, Dataset } from '../data/schema/schema';
import { indexDataset } from '../data/words/figures';
import { FigureValue, MeasureValue } from './figure-value';
import { seedDataset } from '../../test/fixtures';

const text = (element: React.ReactElement) => render(element).container.textContent;

describe('MeasureValue', () => {
  it('leaves out a label that only repeats the unit', () => {
    const measure = { key: 'people', label: 'people', unit: 'people' };
    expect(text(<MeasureValue measure={measure} value={{ measure: 'people', value: 270, qualifier: 'exact' }} />)).toBe(
      '270 people',
    );
  });

  it('leaves out the label of a figure’s one measure that is the figure’s own label', () => {
    const measure = { key: 'value', label: 'People displaced to Armenia', unit: 'people' };
    const figure = { label: 'People displaced to Armenia', unit: 'people', measures: [measure] };
    const value = { measure: 'value', value: 270, qualifier: 'about' as const };
    expect(text(<MeasureValue measure={measure} value={value} figure={figure} />)).toBe('about 270 people');
  });

  it('keeps a label that says what is counted before a unit of its own', () => {
    const measure = { key: 'fuel', label: 'price of fuel', unit: 'AMD' };
    const value = { measure: 'fuel', value: 1500, qualifier: 'exact' as const };
    expect(text(<MeasureValue measure={measure} value={value} />)).toBe('price of fuel: 1,500 AMD');
  });
});

describe('FigureValue', () => {
  function withFigure(dataset: Dataset, figure: CountFigure): Dataset {
    const next = structuredClone(dataset);
    next.figures.push(figure);
    next.claims.push({
      id: `${figure.id}-1`,
      figure: figure.id,
      date: '2023-09-19',
      values: [{ measure: figure.measures[0]!.key, value: 270, qualifier: 'exact' }],
      status: 'reported',
      citation: 'medya-blockade-population',
    });
    return next;
  }

  it('reads a figure of one measure labelled as the figure as its number and unit', () => {
    const figure: CountFigure = {
      id: 'displaced',
      kind: 'count',
      label: 'People displaced to Armenia',
      unit: 'people',
      measures: [{ key: 'value', label: 'People displaced to Armenia', unit: 'people' }],
    };
    const dataset = withFigure(seedDataset(), figure);
    expect(text(<FigureValue figure={figure} asOf={dataset.asOf} index={indexDataset(dataset)} />)).toBe('270 people');
  });
});
