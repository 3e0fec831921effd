import { describe, expect, it } from 'vitest';
import type { Citation, Claim, ClaimValue, CountFigure, Source } from '../../data/schema/schema';
import { indexDataset } from '../../data/words/figures';
import {
  SERIES_COLOURS,
  axisTitle,
  chartBounds,
  chartSeries,
  claimTime,
  historySummary,
  markerKind,
  plotValue,
  seriesDays,
  sideBySide,
  tickLabels,
  tickText,
  timeTicks,
  valueTicks,
  withinRange,
} from './chart-data';

const sources: Source[] = [
  { id: 'ministry', name: 'Ministry of Health', kind: 'government' },
  { id: 'ombudsman', name: 'Ombudsman', kind: 'de-facto-authority' },
  { id: 'wire', name: 'Wire Service', kind: 'media' },
];

const citations: Citation[] = [
  citation('ministry-via-wire', 'ministry', 'wire'),
  citation('ombudsman-own', 'ombudsman', 'ombudsman'),
];

function citation(id: string, claimedBy: string, publishedBy: string): Citation {
  return {
    id,
    claimedBy,
    publishedBy,
    title: 'A statement',
    url: 'https://example.org/',
    publishedOn: '2023-09-19',
    note: 'Invented.',
  };
}

const figure: CountFigure = {
  id: 'casualties',
  kind: 'count',
  label: 'Casualties',
  unit: 'people',
  measures: [
    { key: 'killed', label: 'killed' },
    { key: 'share', label: 'share displaced', unit: '%', decimals: true },
  ],
};

let next = 0;
function claim(date: string, citation: string, values: ClaimValue[], extra: Partial<Claim> = {}): Claim {
  next += 1;
  return { id: `claim-${next}`, figure: 'casualties', date, values, status: 'reported', citation, ...extra };
}

const exact = (measure: string, value: number): ClaimValue => ({ measure, value, qualifier: 'exact' });

function build(claims: Claim[]) {
  return indexDataset({ sources, citations, claims });
}

describe('claimTime', () => {
  it('places a date at midnight UTC', () => {
    expect(claimTime({ date: '2023-09-19' })).toBe(Date.UTC(2023, 8, 19));
  });

  it('adds the time of day', () => {
    expect(claimTime({ date: '2023-09-19', time: '14:30' })).toBe(Date.UTC(2023, 8, 19, 14, 30));
  });

  it('spaces claims by elapsed time, not by their count', () => {
    const a = claimTime({ date: '2023-09-19' });
    const b = claimTime({ date: '2023-09-20' });
    const c = claimTime({ date: '2023-10-30' });
    expect((c - b) / (b - a)).toBe(40);
  });
});

describe('markerKind', () => {
  it('names each qualifier', () => {
    expect(markerKind({ measure: 'm', value: 1, qualifier: 'exact' })).toBe('exact');
    expect(markerKind({ measure: 'm', value: 1, qualifier: 'about' })).toBe('about');
    expect(markerKind({ measure: 'm', value: 1, qualifier: 'at-least' })).toBe('at-least');
    expect(markerKind({ measure: 'm', value: 1, qualifier: 'at-most' })).toBe('at-most');
  });

  it('calls a low and high a range', () => {
    expect(markerKind({ measure: 'm', low: 50, high: 1000 })).toBe('range');
  });
});

describe('plotValue', () => {
  it('puts a range at its middle with a whisker reaching both ends', () => {
    expect(plotValue({ measure: 'm', low: 50, high: 1000 })).toEqual({ value: 525, whisker: { low: 50, high: 1000 } });
  });

  it('gives a single value no whisker', () => {
    expect(plotValue({ measure: 'm', value: 7, qualifier: 'at-least' })).toEqual({ value: 7 });
  });

  it('keeps decimals', () => {
    expect(plotValue({ measure: 'm', value: 3.45, qualifier: 'about' })).toEqual({ value: 3.45 });
    expect(plotValue({ measure: 'm', low: 1.5, high: 2.5 })).toEqual({ value: 2, whisker: { low: 1.5, high: 2.5 } });
  });
});

describe('chartSeries', () => {
  it('draws one series per claimant, named by the claimant, in order of first report', () => {
    const index = build([
      claim('2023-09-19', 'ombudsman-own', [exact('killed', 5)]),
      claim('2023-09-18', 'ministry-via-wire', [exact('killed', 1)]),
      claim('2023-09-20', 'ministry-via-wire', [exact('killed', 3)]),
    ]);
    const series = chartSeries(figure, figure.measures[0]!, index);
    expect(series.map((s) => [s.claimant, s.name, s.points.map((p) => p.value)])).toEqual([
      ['ministry', 'Ministry of Health', [1, 3]],
      ['ombudsman', 'Ombudsman', [5]],
    ]);
  });

  it('gives each series its own colour and its own marker shape', () => {
    const index = build([
      claim('2023-09-18', 'ministry-via-wire', [exact('killed', 1)]),
      claim('2023-09-19', 'ombudsman-own', [exact('killed', 5)]),
    ]);
    const [a, b] = chartSeries(figure, figure.measures[0]!, index);
    expect(a!.colour).not.toBe(b!.colour);
    expect(a!.shape).not.toBe(b!.shape);
  });

  it('keeps a claimant’s colour and shape when the measure changes', () => {
    const index = build([
      claim('2023-09-18', 'ministry-via-wire', [exact('killed', 1)]),
      claim('2023-09-19', 'ombudsman-own', [exact('killed', 5), { measure: 'share', value: 2.5, qualifier: 'exact' }]),
    ]);
    const killed = chartSeries(figure, figure.measures[0]!, index).find((s) => s.claimant === 'ombudsman')!;
    const [share] = chartSeries(figure, figure.measures[1]!, index);
    expect(share!.claimant).toBe('ombudsman');
    expect([share!.colour, share!.shape]).toEqual([killed.colour, killed.shape]);
  });

  it('fills each point from its claim: time, text, attribution via the outlet, status', () => {
    const index = build([
      claim('2023-09-19', 'ministry-via-wire', [{ measure: 'killed', low: 50, high: 1000 }], {
        time: '08:15',
        status: 'estimated',
        id: 'the-claim',
      }),
    ]);
    const [point] = chartSeries(figure, figure.measures[0]!, index)[0]!.points;
    expect(point).toEqual({
      time: Date.UTC(2023, 8, 19, 8, 15),
      value: 525,
      whisker: { low: 50, high: 1000 },
      marker: 'range',
      claimId: 'the-claim',
      when: '19 September 2023 08:15',
      valueText: 'between 50 and 1,000 killed',
      attribution: 'Ministry of Health via Wire Service',
      status: 'Estimated',
    });
  });

  it('keeps decimals and the unit in the text of a decimal measure', () => {
    const index = build([claim('2023-09-19', 'ombudsman-own', [{ measure: 'share', value: 3.4, qualifier: 'about' }])]);
    const [point] = chartSeries(figure, figure.measures[1]!, index)[0]!.points;
    expect(point!.value).toBe(3.4);
    expect(point!.valueText).toBe('share displaced: about 3.4%');
  });

  it('charts only the chosen measure', () => {
    const index = build([
      claim('2023-09-18', 'ministry-via-wire', [exact('killed', 1)]),
      claim('2023-09-19', 'ministry-via-wire', [{ measure: 'share', value: 2.5, qualifier: 'exact' }]),
    ]);
    expect(chartSeries(figure, figure.measures[1]!, index)[0]!.points.map((p) => p.value)).toEqual([2.5]);
  });

  it('leaves out corrected and withdrawn claims', () => {
    const index = build([
      claim('2023-09-18', 'ministry-via-wire', [exact('killed', 1)], { id: 'wrong' }),
      claim('2023-09-19', 'ministry-via-wire', [exact('killed', 2)], { supersedes: 'wrong' }),
      claim('2023-09-19', 'ombudsman-own', [exact('killed', 9)], { id: 'withdrawn' }),
      {
        id: 'withdrawal',
        figure: 'casualties',
        date: '2023-09-20',
        status: 'reported',
        citation: 'ombudsman-own',
        retracts: 'withdrawn',
        note: 'Withdrawn.',
      },
    ]);
    expect(chartSeries(figure, figure.measures[0]!, index).map((s) => s.points.map((p) => p.value))).toEqual([[2]]);
  });

  it('keeps a measure whose key is also a field name apart from the point’s fields', () => {
    const odd: CountFigure = {
      ...figure,
      measures: [
        { key: 'constructor', label: 'constructions' },
        { key: 'time', label: 'times' },
      ],
    };
    const index = build([claim('2023-09-19', 'ministry-via-wire', [exact('constructor', 4), exact('time', 8)])]);
    const [byConstructor] = chartSeries(odd, odd.measures[0]!, index)[0]!.points;
    const [byTime] = chartSeries(odd, odd.measures[1]!, index)[0]!.points;
    expect(byConstructor!.value).toBe(4);
    expect(byTime!.value).toBe(8);
    expect(byTime!.time).toBe(Date.UTC(2023, 8, 19));
    expect(Object.keys(byTime!)).not.toContain('constructor');
  });
});

describe('chartBounds', () => {
  it('spans the first to the last moment, from zero to the top of the highest range', () => {
    const index = build([
      claim('2023-09-19', 'ministry-via-wire', [exact('killed', 30)]),
      claim('2023-09-20', 'ombudsman-own', [{ measure: 'killed', low: 10, high: 40 }], { time: '06:00' }),
      claim('2023-10-30', 'ministry-via-wire', [exact('killed', 35)]),
    ]);
    expect(chartBounds(chartSeries(figure, figure.measures[0]!, index))).toEqual([
      { time: Date.UTC(2023, 8, 19), value: 0 },
      { time: Date.UTC(2023, 9, 30), value: 40 },
    ]);
  });

  it('is empty without points', () => {
    expect(chartBounds([])).toEqual([]);
  });
});

describe('series colours', () => {
  function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(SERIES_COLOURS)('%s stands out 3:1 against the light page and the white tooltip', (colour) => {
    expect(contrast(colour, '#f7f6f2')).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it.each(SERIES_COLOURS)('%s stands out 3:1 against the dark page and the dark tooltip', (colour) => {
    expect(contrast(colour, '#141619')).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, '#1f2226')).toBeGreaterThanOrEqual(3);
  });
});

describe('axisTitle', () => {
  it('names the measure and the figure’s unit', () => {
    expect(axisTitle(figure, figure.measures[0]!)).toBe('killed (people)');
  });

  it('names the measure’s own unit when it has one', () => {
    expect(axisTitle(figure, figure.measures[1]!)).toBe('share displaced (%)');
  });
});

describe('tickLabels', () => {
  const day = (m: number, d: number, y = 2023) => Date.UTC(y, m - 1, d);

  it('writes the year on the first day only, within one year', () => {
    const ticks = [day(8, 24), day(8, 31), day(9, 7)];
    expect([...tickLabels(ticks, 'day').values()]).toEqual(['24 Aug 2023', '31 Aug', '7 Sept']);
  });

  it('writes the year again where it changes', () => {
    const ticks = [day(12, 18), day(12, 25), day(1, 1, 2024), day(1, 8, 2024)];
    expect([...tickLabels(ticks, 'day').values()]).toEqual(['18 Dec 2023', '25 Dec', '1 Jan 2024', '8 Jan']);
  });

  it('writes the year on the first hour', () => {
    const ticks = [Date.UTC(2023, 8, 19, 9), Date.UTC(2023, 8, 19, 12)];
    expect([...tickLabels(ticks, 'hour').values()]).toEqual(['19 Sept 2023, 09:00', '19 Sept, 12:00']);
  });

  it('keeps the year on every month', () => {
    expect([...tickLabels([day(9, 1), day(10, 1)], 'month').values()]).toEqual(['Sept 2023', 'Oct 2023']);
  });
});

describe('valueTicks', () => {
  it('steps from zero to a round number at or above the top', () => {
    expect(valueTicks(82)).toEqual([0, 25, 50, 75, 100]);
  });

  it('steps by whole numbers for a count', () => {
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('steps by fractions for a measure with decimals', () => {
    expect(valueTicks(0.7, true)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('reaches large numbers in a few round steps', () => {
    expect(valueTicks(120_000)).toEqual([0, 50_000, 100_000, 150_000]);
  });

  it('gives an axis from zero to one when every value is zero', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('sideBySide', () => {
  it('leaves a single marker where it is', () => {
    expect(sideBySide(1)).toEqual([0]);
  });

  it('centres markers of one moment on it, a step apart', () => {
    expect(sideBySide(3, 10, 100)).toEqual([-10, 0, 10]);
  });

  it('draws them closer rather than spread wider than allowed', () => {
    expect(sideBySide(5, 10, 20)).toEqual([-10, -5, 0, 5, 10]);
  });
});

describe('withinRange and seriesDays', () => {
  const index = () =>
    build([
      claim('2023-09-17', 'ministry-via-wire', [exact('killed', 1)]),
      claim('2023-09-18', 'ombudsman-own', [exact('killed', 2)], { time: '23:30' }),
      claim('2023-09-19', 'ministry-via-wire', [exact('killed', 3)]),
    ]);
  const values = (series: ReturnType<typeof chartSeries>) => series.map((s) => s.points.map((p) => p.value));

  it('keeps every point when no period is chosen', () => {
    const series = chartSeries(figure, figure.measures[0]!, index());
    expect(withinRange(series, { from: '', to: '' })).toBe(series);
  });

  it('keeps the points from the start of the first day to the end of the last, dropping a series left empty', () => {
    const series = chartSeries(figure, figure.measures[0]!, index());
    expect(values(withinRange(series, { from: '2023-09-18', to: '2023-09-18' }))).toEqual([[2]]);
  });

  it('reads an open end as reaching the first or last point', () => {
    const series = chartSeries(figure, figure.measures[0]!, index());
    expect(values(withinRange(series, { from: '2023-09-18', to: '' }))).toEqual([[3], [2]]);
  });

  it('reads dates given the wrong way round as the period between them', () => {
    const series = chartSeries(figure, figure.measures[0]!, index());
    expect(values(withinRange(series, { from: '2023-09-19', to: '2023-09-18' }))).toEqual([[3], [2]]);
  });

  it('gives the first and last day drawn', () => {
    expect(seriesDays(chartSeries(figure, figure.measures[0]!, index()))).toEqual({
      first: '2023-09-17',
      last: '2023-09-19',
    });
  });
});

describe('timeTicks', () => {
  it('puts weekly ticks on midnights across six weeks', () => {
    const { ticks, unit } = timeTicks(Date.UTC(2023, 8, 19), Date.UTC(2023, 9, 30));
    expect(unit).toBe('day');
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((t) => t % 86_400_000 === 0)).toBe(true);
    expect(new Set(ticks.slice(1).map((t, i) => t - ticks[i]!))).toEqual(new Set([7 * 86_400_000]));
  });

  it('uses hours within a day, on multiples of the step from midnight', () => {
    const { ticks, unit } = timeTicks(Date.UTC(2023, 8, 19, 8), Date.UTC(2023, 8, 19, 20));
    expect(unit).toBe('hour');
    expect(ticks.map((t) => tickText(t, unit))).toEqual([
      '19 Sept, 09:00',
      '19 Sept, 12:00',
      '19 Sept, 15:00',
      '19 Sept, 18:00',
    ]);
  });

  it('uses the first of the month over a long span', () => {
    const { ticks, unit } = timeTicks(Date.UTC(2023, 0, 15), Date.UTC(2024, 0, 15));
    expect(unit).toBe('month');
    expect(ticks.map((t) => tickText(t, unit))).toEqual([
      'Mar 2023',
      'May 2023',
      'Jul 2023',
      'Sept 2023',
      'Nov 2023',
      'Jan 2024',
    ]);
  });
});

describe('historySummary', () => {
  it('counts claims and parties, and gives each party’s first and latest value', () => {
    const index = build([
      claim('2023-09-19', 'ministry-via-wire', [
        {
          measure: 'killed',
          value: 2,
          qualifier: 'exact',
          breakdown: [{ label: 'children', value: 1, qualifier: 'exact' }],
        },
      ]),
      claim('2023-09-20', 'ombudsman-own', [{ measure: 'killed', value: 5, qualifier: 'at-least' }], { time: '09:00' }),
      claim('2023-10-30', 'ministry-via-wire', [{ measure: 'killed', low: 10, high: 20 }]),
    ]);
    expect(historySummary(figure, figure.measures[0]!, index)).toEqual({
      claims: 3,
      from: '19 September 2023',
      to: '30 October 2023',
      parties: [
        {
          name: 'Ministry of Health',
          claims: 2,
          first: { when: '19 September 2023', text: '2 killed' },
          latest: { when: '30 October 2023', text: 'between 10 and 20 killed' },
        },
        {
          name: 'Ombudsman',
          claims: 1,
          first: { when: '20 September 2023 09:00', text: 'at least 5 killed' },
          latest: { when: '20 September 2023 09:00', text: 'at least 5 killed' },
        },
      ],
    });
  });

  it('says nothing for a measure no standing claim gives', () => {
    const index = build([claim('2023-09-19', 'ministry-via-wire', [exact('killed', 2)])]);
    expect(historySummary(figure, figure.measures[1]!, index)).toBeNull();
  });
});
