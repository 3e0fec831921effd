import { describe, it, expect } from 'vitest';
import type { BreakdownItem, Claim, ClaimValue, Dataset, DurationFigure, Figure, Measure } from '../schema/schema';
import {
  citationAttributions,
  countedText,
  disagreementText,
  durationCitations,
  durationEndAttribution,
  durationOf,
  figureAttributions,
  figureCitations,
  figureDate,
  figureSentence,
  figureStatus,
  figureTime,
  figureValueText,
  figureGroups,
  groupByTopic,
  measureLabelRepeats,
  measureValueText,
  numberText,
  splitFigures,
  indexDataset,
  isCount,
} from './figures';
import { currentDisagreements } from '../ledger/claims';
import { countFigure, seedDataset, withHistoryAndRivalClaim } from '../../../test/fixtures';

function figure(dataset: Dataset, id: string): Figure {
  const found = dataset.figures.find((f) => f.id === id);
  if (!found) throw new Error(`The seed has no figure "${id}"`);
  return found;
}

function durationFigure(dataset: Dataset, id: string): DurationFigure {
  const found = figure(dataset, id);
  if (found.kind !== 'duration') throw new Error(`"${id}" is not a duration`);
  return found;
}

function sentence(id: string, dataset = seedDataset()): string {
  return figureSentence(figure(dataset, id), dataset, indexDataset(dataset));
}

function valueText(id: string, dataset = seedDataset()): string {
  return figureValueText(figure(dataset, id), dataset.asOf, indexDataset(dataset));
}

function dateOf(id: string, dataset = seedDataset()): string {
  return figureDate(figure(dataset, id), dataset.asOf, indexDataset(dataset));
}

/* A claim about the casualties, dated 19 September unless told otherwise. */
function casualtiesClaim(id: string, citation: string, values: ClaimValue[], extra: Partial<Claim> = {}): Claim {
  return { id, figure: 'casualties-19-september', date: '2023-09-19', values, status: 'reported', citation, ...extra };
}

const injured = (value: number): ClaimValue => ({ measure: 'injured', value, qualifier: 'exact' });

/** The seed with France's later word on the injured only: the casualties then show two claims, one per measure. */
function withInjuredFromFrance(): Dataset {
  const dataset = seedDataset();
  dataset.claims.push(
    casualtiesClaim('france-injured', 'france-statement', [injured(30)], { time: '20:00', status: 'confirmed' }),
  );
  return dataset;
}

const measure = (overrides: Partial<Measure> = {}): Measure => ({
  key: 'killed',
  label: 'civilians killed',
  ...overrides,
});

const item = (overrides: Partial<BreakdownItem>): BreakdownItem => ({
  label: 'civilians killed',
  value: 2,
  qualifier: 'exact',
  ...overrides,
});

const exact = (value: number, overrides: Partial<ClaimValue> = {}): ClaimValue => ({
  measure: 'killed',
  value,
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

  it('indexes claims by id', () => {
    expect(indexDataset(seedDataset()).claims.byId.get('casualties-19-september-2023-09-19')?.figure).toBe(
      'casualties-19-september',
    );
  });

  it('names the claimant of a claim by its citation', () => {
    const dataset = seedDataset();
    expect(indexDataset(dataset).claimantOf(dataset.claims[1]!)).toBe('zartonk-media');
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

  it('counts further sources when the figure shows claims of several claimants', () => {
    expect(sentence('casualties-19-september', withInjuredFromFrance())).toMatch(
      /, source Zartonk Media via Medya News and 1 other source$/,
    );
  });

  it('says "No source" when the citation of the claim shown is not known', () => {
    const dataset = seedDataset();
    dataset.claims[0]!.citation = 'missing-citation';
    expect(sentence('population-under-blockade', dataset)).toMatch(/, source No source$/);
  });

  it('reads a count without claims as having no value yet', () => {
    const dataset = seedDataset();
    dataset.claims = dataset.claims.filter((c) => c.figure !== 'population-under-blockade');
    expect(sentence('population-under-blockade', dataset)).toBe(
      'Population under blockade: No value reported yet, as of 19 September 2023, source No source',
    );
  });
});

describe('figureValueText', () => {
  it('joins the measures of the casualties, with the breakdown', () => {
    expect(valueText('casualties-19-september')).toBe('2 civilians killed, of whom 1 child; 23 injured');
  });

  it('takes each measure from its own latest claim', () => {
    expect(valueText('casualties-19-september', withInjuredFromFrance())).toBe(
      '2 civilians killed, of whom 1 child; 30 injured',
    );
  });

  it('keeps the current value when an earlier claim is added', () => {
    expect(valueText('casualties-19-september', withHistoryAndRivalClaim(seedDataset()))).toBe(
      '2 civilians killed, of whom 1 child; 23 injured',
    );
  });

  it('says so for a count that has no value yet', () => {
    const dataset = seedDataset();
    dataset.claims = dataset.claims.filter((c) => c.figure !== 'population-under-blockade');
    expect(valueText('population-under-blockade', dataset)).toBe('No value reported yet');
  });

  it('gives the blockade duration in days', () => {
    expect(valueText('blockade-duration')).toBe('281 days');
  });

  it('counts a duration up to its end date when it has one', () => {
    const dataset = seedDataset();
    durationFigure(dataset, 'blockade-duration').end = '2022-12-13';
    expect(valueText('blockade-duration', dataset)).toBe('1 day');
  });
});

describe('countedText', () => {
  it('uses the singular label for a value of 1', () => {
    expect(countedText(item({ value: 1, singular: 'civilian killed' }))).toBe('1 civilian killed');
  });

  it('uses the plural label for a value of 2', () => {
    expect(countedText(item({ value: 2, singular: 'civilian killed' }))).toBe('2 civilians killed');
  });

  it('uses the plural label for a value of 0', () => {
    expect(countedText(item({ value: 0, singular: 'civilian killed' }))).toBe('0 civilians killed');
  });

  it('keeps the label for a value of 1 when there is no singular', () => {
    expect(countedText(item({ value: 1, label: 'injured' }))).toBe('1 injured');
  });

  it('puts the qualifier before the number', () => {
    expect(countedText(item({ value: 120000, qualifier: 'about', label: 'ethnic Armenians' }))).toBe(
      'about 120,000 ethnic Armenians',
    );
  });
});

describe('numberText', () => {
  it('gives a value with its qualifier', () => {
    expect(numberText(exact(120000, { qualifier: 'at-least' }), measure())).toBe('at least 120,000');
  });

  it('gives a range as "between"', () => {
    expect(numberText({ measure: 'killed', low: 50, high: 1000 }, measure())).toBe('between 50 and 1,000');
  });

  it('rounds to a whole number for a measure without decimals', () => {
    expect(numberText(exact(3.4), measure())).toBe('3');
  });

  it('keeps up to three decimal places for a measure with decimals', () => {
    expect(numberText(exact(3.4567), measure({ decimals: true }))).toBe('3.457');
  });
});

describe('measureValueText', () => {
  it('uses the singular label for a value of 1', () => {
    expect(measureValueText(measure({ singular: 'civilian killed' }), exact(1))).toBe('1 civilian killed');
  });

  it('uses the plural label for a value of 2', () => {
    expect(measureValueText(measure({ singular: 'civilian killed' }), exact(2))).toBe('2 civilians killed');
  });

  it('uses the plural label for a range', () => {
    expect(measureValueText(measure({ singular: 'civilian killed' }), { measure: 'killed', low: 1, high: 3 })).toBe(
      'between 1 and 3 civilians killed',
    );
  });

  it('uses the singular in a breakdown of 1', () => {
    const value = exact(2, { breakdown: [{ label: 'children', singular: 'child', value: 1, qualifier: 'exact' }] });
    expect(measureValueText(measure(), value)).toBe('2 civilians killed, of whom 1 child');
  });

  it('joins several breakdown parts with "and"', () => {
    const value = exact(10, {
      breakdown: [
        { label: 'children', singular: 'child', value: 3, qualifier: 'exact' },
        { label: 'women', singular: 'woman', value: 1, qualifier: 'at-least' },
      ],
    });
    expect(measureValueText(measure(), value)).toBe('10 civilians killed, of whom 3 children and at least 1 woman');
  });

  it('adds nothing for an empty breakdown', () => {
    expect(measureValueText(measure(), exact(2, { breakdown: [] }))).toBe('2 civilians killed');
  });

  it('puts a percentage sign straight after the number', () => {
    const share = measure({ key: 'share', label: 'share displaced', unit: '%', decimals: true });
    expect(measureValueText(share, exact(3.4, { measure: 'share' }))).toBe('share displaced: 3.4%');
  });

  it('puts another unit after the number, with a space', () => {
    const price = measure({ key: 'fuel', label: 'price of fuel', unit: 'AMD' });
    expect(measureValueText(price, exact(1500, { measure: 'fuel', qualifier: 'about' }))).toBe(
      'price of fuel: about 1,500 AMD',
    );
  });

  it('puts the unit after a range', () => {
    const share = measure({ key: 'share', label: 'share displaced', unit: '%', decimals: true });
    expect(measureValueText(share, { measure: 'share', low: 2.5, high: 4 })).toBe(
      'share displaced: between 2.5 and 4%',
    );
  });

  it('leaves out a label that only repeats the unit', () => {
    const people = measure({ key: 'people', label: 'people', unit: 'people' });
    expect(measureValueText(people, exact(270, { measure: 'people' }))).toBe('270 people');
  });

  it('leaves out a label that repeats the unit in other letters’ case', () => {
    const share = measure({ key: 'share', label: 'Percent', unit: 'percent', decimals: true });
    expect(measureValueText(share, exact(3.4, { measure: 'share' }))).toBe('3.4 percent');
  });

  it('puts a percentage straight after the number when the label only repeats it', () => {
    const share = measure({ key: 'share', label: '%', unit: '%', decimals: true });
    expect(measureValueText(share, exact(3.4, { measure: 'share' }))).toBe('3.4%');
  });

  it('leaves out the label of a figure’s one measure when it is the figure’s own label', () => {
    const only = measure({ key: 'value', label: 'People displaced to Armenia', unit: 'people' });
    const figure = { label: 'People displaced to Armenia', unit: 'people', measures: [only] };
    expect(measureValueText(only, exact(270, { measure: 'value' }), figure)).toBe('270 people');
  });

  it('takes the figure’s unit when such a measure has none of its own', () => {
    const only = measure({ key: 'value', label: 'Convoys let through' });
    const figure = { label: 'Convoys let through', unit: 'convoys', measures: [only] };
    expect(measureValueText(only, exact(3, { measure: 'value' }), figure)).toBe('3 convoys');
  });

  it('keeps a measure label that only differs from the figure’s in its capital', () => {
    const only = measure({ key: 'displaced', label: 'people displaced' });
    const figure = { label: 'People displaced', unit: 'people', measures: [only] };
    expect(measureValueText(only, exact(50, { measure: 'displaced' }), figure)).toBe('50 people displaced');
  });

  it('keeps the label when the figure has other measures', () => {
    const killed = measure({ label: 'Casualties', unit: 'people' });
    const figure = { label: 'Casualties', unit: 'people', measures: [killed, measure({ key: 'injured' })] };
    expect(measureValueText(killed, exact(2), figure)).toBe('Casualties: 2 people');
  });
});

describe('measureLabelRepeats', () => {
  it('is true for a label that is the unit', () => {
    expect(measureLabelRepeats({ label: 'people', unit: 'people' })).toBe(true);
  });

  it('is false for a label that says what is counted', () => {
    expect(measureLabelRepeats({ label: 'price of fuel', unit: 'AMD' })).toBe(false);
  });

  it('is false without a unit or a figure', () => {
    expect(measureLabelRepeats({ label: 'people' })).toBe(false);
  });
});

describe('durationCitations', () => {
  it('is the duration’s own citations while it runs', () => {
    expect(durationCitations({ citations: ['a'] })).toEqual(['a']);
  });

  it('adds the citation that dates the end', () => {
    expect(durationCitations({ citations: ['a'], end: '2023-10-01', endCitation: 'b' })).toEqual(['a', 'b']);
  });

  it('does not repeat an end citation that is already one of its own', () => {
    expect(durationCitations({ citations: ['a'], end: '2023-10-01', endCitation: 'a' })).toEqual(['a']);
  });
});

describe('the end of a duration in words', () => {
  const ended = (dataset: Dataset): Dataset => {
    const next = structuredClone(dataset);
    next.citations.push({
      id: 'zartonk-end',
      claimedBy: 'zartonk-media',
      publishedBy: 'medya-news',
      title: 'Invented for tests: the end',
      url: 'https://example.org/end',
      publishedOn: '2023-09-19',
      note: 'Invented for tests.',
    });
    Object.assign(durationFigure(next, 'blockade-duration'), { end: '2023-09-19', endCitation: 'zartonk-end' });
    return next;
  };

  it('credits the end in the figure’s attribution, after its start', () => {
    const dataset = ended(seedDataset());
    const attributions = figureAttributions(durationFigure(dataset, 'blockade-duration'), indexDataset(dataset));
    expect(attributions).toEqual([{ claimant: 'Medya News' }, { claimant: 'Zartonk Media', via: 'Medya News' }]);
  });

  it('names who dates the end', () => {
    const dataset = ended(seedDataset());
    const figure = durationFigure(dataset, 'blockade-duration');
    expect(durationEndAttribution(figure, indexDataset(dataset))).toEqual({
      claimant: 'Zartonk Media',
      via: 'Medya News',
    });
  });

  it('names no one while the duration runs', () => {
    const dataset = seedDataset();
    expect(durationEndAttribution(durationFigure(dataset, 'blockade-duration'), indexDataset(dataset))).toBeUndefined();
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
  it('is the date of the claim a count shows', () => {
    const dataset = seedDataset();
    dataset.claims[0]!.date = '2023-09-01';
    expect(dateOf('population-under-blockade', dataset)).toBe('2023-09-01');
  });

  it('is the latest date among the claims a count shows', () => {
    const dataset = seedDataset();
    dataset.claims[1]!.date = '2023-09-17';
    dataset.claims.push(casualtiesClaim('injured-18', 'zartonk-casualties', [injured(25)], { date: '2023-09-18' }));
    expect(dateOf('casualties-19-september', dataset)).toBe('2023-09-18');
  });

  it('is the date of the claim the maintainers chose, not of a later one', () => {
    const dataset = withHistoryAndRivalClaim(seedDataset());
    countFigure(dataset, 'casualties-19-september').shown = {
      claim: 'test-casualties-earlier',
      reason: 'A test choice.',
    };
    expect(dateOf('casualties-19-september', dataset)).toBe('2023-09-18');
  });

  it('is the dataset date for a count without claims', () => {
    const dataset = seedDataset();
    dataset.claims = [];
    expect(dateOf('population-under-blockade', { ...dataset, asOf: '2023-09-30' })).toBe('2023-09-30');
  });

  it('is the dataset date for an ongoing duration', () => {
    expect(dateOf('blockade-duration')).toBe('2023-09-19');
  });

  it('is the end date for a finished duration', () => {
    const dataset = seedDataset();
    durationFigure(dataset, 'blockade-duration').end = '2023-06-01';
    expect(dateOf('blockade-duration', dataset)).toBe('2023-06-01');
  });
});

describe('figureTime', () => {
  it('is the time of the latest claim shown, when it gives one', () => {
    const dataset = withInjuredFromFrance();
    expect(figureTime(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toBe('20:00');
  });

  it('is undefined when the claim shown gives no time', () => {
    const dataset = seedDataset();
    expect(figureTime(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toBeUndefined();
  });

  it('is undefined for a duration', () => {
    const dataset = seedDataset();
    expect(figureTime(figure(dataset, 'blockade-duration'), indexDataset(dataset))).toBeUndefined();
  });
});

describe('figureStatus', () => {
  it('is the status of the claim a count shows', () => {
    const dataset = seedDataset();
    expect(figureStatus(figure(dataset, 'mine-blast-deaths-alleged'), indexDataset(dataset))).toBe('alleged');
  });

  it('is the status of the claim behind the first measure when claims differ', () => {
    const dataset = withInjuredFromFrance();
    expect(figureStatus(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toBe('reported');
  });

  it('is the figure’s own status for a duration', () => {
    const dataset = seedDataset();
    durationFigure(dataset, 'blockade-duration').status = 'disputed';
    expect(figureStatus(figure(dataset, 'blockade-duration'), indexDataset(dataset))).toBe('disputed');
  });

  it('is undefined for a count without claims', () => {
    const dataset = seedDataset();
    dataset.claims = [];
    expect(figureStatus(figure(dataset, 'population-under-blockade'), indexDataset(dataset))).toBeUndefined();
  });
});

describe('figureCitations', () => {
  it('is the citation of the claim a count shows', () => {
    const dataset = seedDataset();
    expect(figureCitations(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toEqual([
      'zartonk-casualties',
    ]);
  });

  it('gives each claim shown once, in the order of the measures', () => {
    const dataset = withInjuredFromFrance();
    expect(figureCitations(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toEqual([
      'zartonk-casualties',
      'france-statement',
    ]);
  });

  it('leaves out the citations of earlier claims', () => {
    const dataset = withHistoryAndRivalClaim(seedDataset());
    dataset.claims[0]!.citation = 'france-statement';
    expect(figureCitations(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toEqual([
      'zartonk-casualties',
    ]);
  });

  it('is the figure’s own list for a duration', () => {
    const dataset = seedDataset();
    expect(figureCitations(figure(dataset, 'blockade-duration'), indexDataset(dataset))).toEqual([
      'medya-blockade-population',
    ]);
  });
});

describe('figureAttributions', () => {
  it('attributes the claim shown', () => {
    const dataset = seedDataset();
    expect(figureAttributions(figure(dataset, 'casualties-19-september'), indexDataset(dataset))).toEqual([
      { claimant: 'Zartonk Media', via: 'Medya News' },
    ]);
  });

  it('skips citations that are not in the index', () => {
    expect(citationAttributions(['nope', 'medya-icrc-denied'], indexDataset(seedDataset()))).toEqual([
      { claimant: 'Medya News' },
    ]);
  });
});

describe('disagreementText', () => {
  it('gives the number of parties and the spread of their values', () => {
    const dataset = withHistoryAndRivalClaim(seedDataset());
    const index = indexDataset(dataset);
    const [disagreement] = currentDisagreements(
      countFigure(dataset, 'casualties-19-september'),
      index.claims,
      index.claimantOf,
    );
    expect(disagreementText(disagreement!)).toBe('2 parties disagree: 2 to 5 civilians killed');
  });

  it('writes a percentage straight after the numbers', () => {
    const share = measure({ key: 'share', label: 'share displaced', unit: '%', decimals: true });
    expect(
      disagreementText({
        measure: share,
        date: '2023-09-19',
        claimants: ['a', 'b', 'c'],
        claims: [],
        low: 2.5,
        high: 4,
      }),
    ).toBe('3 parties disagree on share displaced: 2.5 to 4%');
  });

  it('names a measure with a unit of its own first, so the unit follows the numbers', () => {
    const price = measure({ key: 'fuel', label: 'price of fuel', unit: 'AMD' });
    expect(
      disagreementText({
        measure: price,
        date: '2023-09-19',
        claimants: ['a', 'b'],
        claims: [],
        low: 1500,
        high: 2000,
      }),
    ).toBe('2 parties disagree on price of fuel: 1,500 to 2,000 AMD');
  });
});

describe('splitFigures', () => {
  const ids = (figures: Figure[]) => figures.map((f) => f.id);

  it('puts the figures the dataset lists as headlines first, in the list’s order', () => {
    const dataset = { ...seedDataset(), headlines: ['mine-blast-deaths-alleged', 'population-under-blockade'] };
    expect(ids(splitFigures(dataset).headline)).toEqual(['mine-blast-deaths-alleged', 'population-under-blockade']);
  });

  it('keeps the other figures for later, in the dataset’s order', () => {
    const dataset = { ...seedDataset(), headlines: ['mine-blast-deaths-alleged', 'population-under-blockade'] };
    expect(ids(splitFigures(dataset).rest)).toEqual(['casualties-19-september', 'blockade-duration']);
  });

  it('takes the first four figures when the dataset lists no headlines', () => {
    const { headlines: _headlines, ...seed } = seedDataset();
    const dataset = { ...seed, figures: [...seed.figures, { ...seed.figures[0]!, id: 'fifth' }] };
    expect(ids(splitFigures(dataset).headline)).toEqual(ids(seed.figures));
    expect(ids(splitFigures(dataset).rest)).toEqual(['fifth']);
  });

  it('keeps the rest in the dataset’s order, whatever the topics', () => {
    const dataset = {
      ...seedDataset(),
      headlines: ['population-under-blockade'],
      topics: [{ id: 'deaths', label: 'Deaths', figures: ['mine-blast-deaths-alleged'] }],
    };
    expect(ids(splitFigures(dataset).rest)).toEqual([
      'casualties-19-september',
      'blockade-duration',
      'mine-blast-deaths-alleged',
    ]);
  });

  it('is empty for no figures', () => {
    expect(splitFigures({ figures: [] })).toEqual({ headline: [], rest: [] });
  });
});

describe('figureGroups', () => {
  const seed = seedDataset();
  const [population, casualties, duration, mines] = seed.figures;
  const groups = (dataset: Parameters<typeof figureGroups>[0]) =>
    figureGroups(dataset).map((g) => [g.topic?.label ?? null, g.figures.map((f) => f.id)]);

  it('lists the figures that are not headlines by topic, in the topics’ order, then the rest under null', () => {
    const dataset = {
      ...seed,
      headlines: [population!.id],
      topics: [
        { id: 'time', label: 'Time', figures: [duration!.id] },
        { id: 'deaths', label: 'Deaths', figures: [mines!.id, casualties!.id] },
      ],
    };
    expect(groups({ ...dataset, figures: [...seed.figures, { ...population!, id: 'no-topic' }] })).toEqual([
      ['Time', ['blockade-duration']],
      ['Deaths', ['mine-blast-deaths-alleged', 'casualties-19-september']],
      [null, ['no-topic']],
    ]);
  });

  it('names each topic by its id and label', () => {
    const dataset = {
      ...seed,
      headlines: [population!.id],
      topics: [{ id: 'time', label: 'Time', figures: [duration!.id] }],
    };
    expect(figureGroups(dataset)[0]!.topic).toEqual({ id: 'time', label: 'Time' });
  });

  it('leaves out a topic whose figures are all headlines', () => {
    const dataset = {
      ...seed,
      headlines: [population!.id],
      topics: [{ id: 'people', label: 'People', figures: [population!.id] }],
    };
    expect(groups(dataset)).toEqual([
      [null, ['casualties-19-september', 'blockade-duration', 'mine-blast-deaths-alleged']],
    ]);
  });

  it('gives no group for a dataset whose figures are all headlines', () => {
    expect(figureGroups(seed)).toEqual([]);
  });

  it('has no "Other figures" group when every other figure has a topic', () => {
    const dataset = {
      ...seed,
      headlines: [population!.id],
      topics: [{ id: 'all', label: 'All', figures: [casualties!.id, duration!.id, mines!.id] }],
    };
    expect(groups(dataset)).toEqual([
      ['All', ['casualties-19-september', 'blockade-duration', 'mine-blast-deaths-alleged']],
    ]);
  });
});

describe('groupByTopic', () => {
  it('groups only the figures it is given, as a page of the other figures holds them', () => {
    const [population, casualties] = seedDataset().figures;
    const topics = [
      { id: 'a', label: 'A', figures: ['missing', casualties!.id] },
      { id: 'b', label: 'B', figures: ['elsewhere'] },
    ];
    expect(groupByTopic([population!, casualties!], topics)).toEqual([
      { topic: { id: 'a', label: 'A' }, figures: [casualties] },
      { topic: null, figures: [population] },
    ]);
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
