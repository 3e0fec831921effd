import { describe, expect, it } from 'vitest';
import type { Citation, Claim, CountFigure, Dataset, Figure } from '../schema/schema';
import { diffDatasets, isEmptyDiff } from './diff';
import { seedDataset } from '../../../test/fixtures';

const before = seedDataset();

function withFigures(dataset: Dataset, change: (figures: Figure[]) => Figure[]): Dataset {
  return { ...dataset, figures: change(dataset.figures) };
}

function withClaims(dataset: Dataset, ...claims: Claim[]): Dataset {
  return { ...dataset, claims: [...dataset.claims, ...claims] };
}

const population = before.figures.find((f) => f.id === 'population-under-blockade') as CountFigure;

const laterCitation: Citation = {
  id: 'later-count',
  claimedBy: 'medya-news',
  publishedBy: 'medya-news',
  title: 'A later count',
  url: 'https://example.org/later',
  publishedOn: '2023-09-19',
  note: 'A later count.',
};

function populationClaim(id: string, value: number, date = '2023-09-19'): Claim {
  return {
    id,
    figure: population.id,
    date,
    time: '23:00',
    values: [{ measure: 'population', value, qualifier: 'about' }],
    status: 'reported',
    citation: laterCitation.id,
  };
}

const laterClaim = populationClaim('population-later', 100000);
const changedPopulation: Dataset = {
  ...withClaims(before, laterClaim),
  citations: [...before.citations, laterCitation],
};

const displacedClaim: Claim = { ...populationClaim('displaced-first', 100000), figure: 'displaced' };
const withDisplaced = withClaims(
  withFigures(before, (figures) => [...figures, { ...population, id: 'displaced', label: 'People displaced' }]),
  { ...displacedClaim, citation: 'medya-blockade-population' },
);

describe('diffDatasets', () => {
  it('shows a changed figure’s value and date before and after, with the claims that changed it', () => {
    expect(diffDatasets(before, changedPopulation).figures).toEqual([
      {
        id: 'population-under-blockade',
        label: 'Population under blockade',
        change: 'changed',
        before: {
          value: 'about 120,000 ethnic Armenians',
          date: '2023-09-19',
          source: 'Medya News',
          status: 'reported',
        },
        after: {
          value: 'about 100,000 ethnic Armenians',
          date: '2023-09-19',
          source: 'Medya News',
          status: 'reported',
        },
        newClaims: [laterClaim],
      },
    ]);
  });

  it('shows an added figure with its value and first claim', () => {
    expect(diffDatasets(before, withDisplaced).figures).toEqual([
      {
        id: 'displaced',
        label: 'People displaced',
        change: 'added',
        after: {
          value: 'about 100,000 ethnic Armenians',
          date: '2023-09-19',
          source: 'Medya News',
          status: 'reported',
        },
        newClaims: [{ ...displacedClaim, citation: 'medya-blockade-population' }],
      },
    ]);
  });

  it('shows an added figure without claims as having no value yet', () => {
    const after = withFigures(before, (figures) => [...figures, { ...population, id: 'displaced' }]);
    expect(diffDatasets(before, after).figures[0]?.after?.value).toBe('No value reported yet');
  });

  it('shows a removed figure with its last value', () => {
    const after = withFigures(before, (figures) => figures.filter((f) => f.id !== 'blockade-duration'));
    expect(diffDatasets(before, after).figures).toEqual([
      {
        id: 'blockade-duration',
        label: 'Blockade duration',
        change: 'removed',
        before: { value: '281 days', date: '2023-09-19', source: 'Medya News', status: 'reported' },
        newClaims: [],
      },
    ]);
  });

  it('counts a figure whose only change is an earlier claim as changed, with that claim', () => {
    const earlier = {
      ...populationClaim('population-earlier', 110000, '2023-09-01'),
      citation: 'medya-blockade-population',
    };
    const [change] = diffDatasets(before, withClaims(before, earlier)).figures;
    expect([change?.change, change?.before, change?.after, change?.newClaims]).toEqual([
      'changed',
      { value: 'about 120,000 ethnic Armenians', date: '2023-09-19', source: 'Medya News', status: 'reported' },
      { value: 'about 120,000 ethnic Armenians', date: '2023-09-19', source: 'Medya News', status: 'reported' },
      [earlier],
    ]);
  });

  it('counts a figure whose only change is its definition as changed, without new claims', () => {
    const after = withFigures(before, (figures) =>
      figures.map((f) => (f.id === population.id ? { ...population, label: 'People under blockade' } : f)),
    );
    expect(diffDatasets(before, after).figures.map((f) => [f.id, f.change, f.label, f.newClaims])).toEqual([
      [population.id, 'changed', 'People under blockade', []],
    ]);
  });

  it('lists a retraction among the new claims of the figure it withdraws from', () => {
    const retraction: Claim = {
      id: 'population-withdrawn',
      figure: population.id,
      date: '2023-09-19',
      status: 'reported',
      citation: 'medya-blockade-population',
      retracts: 'population-under-blockade-2023-09-19',
      note: 'Withdrawn.',
    };
    const [change] = diffDatasets(before, withClaims(before, retraction)).figures;
    expect([change?.after?.value, change?.newClaims]).toEqual(['No value reported yet', [retraction]]);
  });

  it('gives a figure’s new claims in ledger order', () => {
    const first = populationClaim('population-first', 90000);
    const second = populationClaim('population-second', 80000, '2023-09-18');
    const after = { ...withClaims(before, first, second), citations: [...before.citations, laterCitation] };
    expect(diffDatasets(before, after).figures[0]?.newClaims.map((c) => c.id)).toEqual([
      'population-first',
      'population-second',
    ]);
  });

  it('counts added claims', () => {
    expect(diffDatasets(before, changedPopulation).claims).toEqual({ added: 1, changed: 0, removed: 0 });
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

  it('suggests an existing source whose name means the same party as a new one', () => {
    const after = {
      ...before,
      sources: [...before.sources, { id: 'medya', name: 'MEDYA news', kind: 'media' as const }],
    };
    expect(diffDatasets(before, after).newSources.map((s) => [s.source.id, s.similar.map((x) => x.id)])).toEqual([
      ['medya', ['medya-news']],
    ]);
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

  it('is false when only a claim was added', () => {
    const earlier = {
      ...populationClaim('population-earlier', 110000, '2023-09-01'),
      citation: 'medya-blockade-population',
    };
    expect(isEmptyDiff(diffDatasets(before, withClaims(before, earlier)))).toBe(false);
  });
});

describe('diffDatasets: the maintainers’ choices', () => {
  const names = (...ids: string[]) => ids.map((id) => ({ id, label: before.figures.find((f) => f.id === id)!.label }));
  const topic = (id: string, label: string, figures: string[]) => ({ id, label, figures });

  it('gives the headlines in order before and after, and those no longer headlines', () => {
    const after = { ...before, headlines: ['blockade-duration', 'population-under-blockade'] };
    expect(diffDatasets(before, after).headlines).toEqual({
      before: names(...before.headlines!),
      after: names('blockade-duration', 'population-under-blockade'),
      removed: names('casualties-19-september', 'mine-blast-deaths-alleged'),
    });
  });

  it('gives no headline change when the headlines stay', () => {
    expect(diffDatasets(before, { ...before }).headlines).toBeUndefined();
  });

  it('shows a list that only writes down the first four as a change of the list, not of the cards', () => {
    const { headlines: _headlines, ...unlisted } = before;
    const change = diffDatasets(unlisted, before).headlines;
    expect(change && [change.before, change.after, change.removed]).toEqual([
      names(...before.headlines!),
      names(...before.headlines!),
      [],
    ]);
  });

  it('gives topics added, renamed and removed, and the figures that move', () => {
    const was = {
      ...before,
      topics: [topic('deaths', 'Deaths', ['casualties-19-september']), topic('old', 'Old', [])],
    };
    const now = {
      ...before,
      topics: [
        topic('deaths', 'Deaths and injuries', []),
        topic('offensive', 'Offensive', ['casualties-19-september']),
      ],
    };
    expect(diffDatasets(was, now).topics).toEqual({
      added: [{ id: 'offensive', label: 'Offensive' }],
      removed: [{ id: 'old', label: 'Old' }],
      renamed: [{ id: 'deaths', before: 'Deaths', after: 'Deaths and injuries' }],
      moved: [
        {
          figure: names('casualties-19-september')[0],
          from: { id: 'deaths', label: 'Deaths' },
          to: { id: 'offensive', label: 'Offensive' },
        },
      ],
      reordered: false,
    });
  });

  it('says when the topics kept change order', () => {
    const was = { ...before, topics: [topic('a', 'A', []), topic('b', 'B', [])] };
    const now = { ...before, topics: [topic('b', 'B', []), topic('a', 'A', [])] };
    expect(diffDatasets(was, now).topics?.reordered).toBe(true);
  });

  it('gives a figure that joins a topic as coming from none', () => {
    const now = { ...before, topics: [topic('time', 'Time', ['blockade-duration'])] };
    expect(diffDatasets(before, now).topics?.moved).toEqual([
      { figure: names('blockade-duration')[0], from: null, to: { id: 'time', label: 'Time' } },
    ]);
  });

  it('gives a duration that ends, with who dates the end', () => {
    const after = withFigures(before, (figures) =>
      figures.map((f) => (f.kind === 'duration' ? { ...f, end: '2023-09-19', endCitation: 'zartonk-casualties' } : f)),
    );
    expect(diffDatasets(before, after).ended).toEqual([
      {
        id: 'blockade-duration',
        label: 'Blockade duration',
        end: '2023-09-19',
        source: 'Zartonk Media via Medya News',
      },
    ]);
  });

  it('gives the end a moved end had before', () => {
    const ended = (end: string) =>
      withFigures(before, (figures) =>
        figures.map((f) => (f.kind === 'duration' ? { ...f, end, endCitation: 'zartonk-casualties' } : f)),
      );
    expect(diffDatasets(ended('2023-09-18'), ended('2023-09-19')).ended[0]?.before).toBe('2023-09-18');
  });

  it('gives the new events', () => {
    const event = {
      id: 'convoy',
      date: '2023-09-19',
      kind: 'access' as const,
      title: 'Convoy',
      citations: ['eu-statement'],
    };
    expect(diffDatasets(before, { ...before, events: [...before.events, event] }).newEvents).toEqual([event]);
  });

  it('gives every changed field of the about page', () => {
    const after = { ...before, about: { ...before.about, expectedUpdateDays: 14, updateFrequency: 'Daily.' } };
    expect(diffDatasets(before, after).about).toEqual([
      { field: 'update frequency', before: before.about!.updateFrequency, after: 'Daily.' },
      { field: 'expected reports', before: 'every week (the default)', after: 'every 2 weeks' },
    ]);
  });

  it.each([
    ['headlines', { headlines: ['blockade-duration'] }],
    ['topics', { topics: [topic('a', 'A', [])] }],
    ['about', { about: { expectedUpdateDays: 3 } }],
  ])('is not empty when only the %s change', (_what, change) => {
    expect(isEmptyDiff(diffDatasets(before, { ...before, ...change }))).toBe(false);
  });
});
