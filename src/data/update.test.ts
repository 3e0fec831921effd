import { describe, expect, it } from 'vitest';
import type { Citation, Dataset, DurationFigure } from './schema';
import { applyUpdate, type FigureUpdate, type PartialUpdate } from './update';
import { countFigure, deepFreeze, SEED_ID, seedDataset } from '../../test/fixtures';

const NOW = '2023-09-21T12:00:00Z';

const newCitation: Citation = {
  id: 'medya-population-update',
  claimedBy: 'medya-news',
  publishedBy: 'medya-news',
  title: 'A later count',
  url: 'https://medyanews.net/later/',
  publishedOn: '2023-09-21',
  note: 'A later count of the population under blockade.',
};

/* Population under blockade falls to about 100,000 on 21 September, cited to a citation added in the same update. */
const populationUpdate: PartialUpdate = {
  dataset: SEED_ID,
  asOf: '2023-09-21',
  citations: [newCitation],
  figures: [
    {
      id: 'population-under-blockade',
      date: '2023-09-21',
      measures: [{ key: 'population', value: 100000 }],
      citations: [newCitation.id],
    },
  ],
};

function casualtiesUpdate(
  killed: number,
  extra: Partial<FigureUpdate> = {},
): PartialUpdate & { figures: FigureUpdate[] } {
  return {
    dataset: SEED_ID,
    figures: [
      {
        id: 'casualties-19-september',
        date: '2023-09-19',
        measures: [{ key: 'killed', value: killed }],
        citations: ['zartonk-casualties'],
        ...extra,
      },
    ],
  };
}

function merged(update: PartialUpdate, dataset = seedDataset()): Dataset {
  const result = applyUpdate(dataset, update, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function issuesOf(update: PartialUpdate, now = NOW) {
  const result = applyUpdate(seedDataset(), update, now);
  return result.ok ? [] : result.issues;
}

function durationFigure(dataset: Dataset, id: string): DurationFigure {
  const found = dataset.figures.find((f) => f.id === id);
  if (found?.kind !== 'duration') throw new Error(`No duration figure "${id}"`);
  return found;
}

function withCasualtiesNote(): Dataset {
  const dataset = seedDataset();
  return {
    ...dataset,
    figures: dataset.figures.map((f) =>
      f.id === 'casualties-19-september' ? { ...f, note: 'Counted by Zartonk Media.' } : f,
    ),
  };
}

describe('applyUpdate: merging', () => {
  it('moves the old value into history with its date and citation', () => {
    const population = countFigure(merged(populationUpdate), 'population-under-blockade');
    expect(population.history).toEqual([
      { date: '2023-09-19', values: { population: 120000 }, citations: ['medya-blockade-population'] },
    ]);
  });

  it('applies the new value, date and citation', () => {
    const population = countFigure(merged(populationUpdate), 'population-under-blockade');
    expect([population.measures[0]?.value, population.date, population.citations]).toEqual([
      100000,
      '2023-09-21',
      ['medya-population-update'],
    ]);
  });

  it('adds a citation given in the same update', () => {
    expect(merged(populationUpdate).citations.at(-1)).toEqual(newCitation);
  });

  it('keeps the label and qualifier of a measure when the update leaves them out', () => {
    const measure = countFigure(merged(populationUpdate), 'population-under-blockade').measures[0];
    expect([measure?.label, measure?.qualifier]).toEqual(['ethnic Armenians', 'about']);
  });

  it('keeps the value of a measure the update does not name', () => {
    const update = casualtiesUpdate(3);
    const killedAndInjured = countFigure(merged(update), 'casualties-19-september').measures.map((m) => m.value);
    expect(killedAndInjured).toEqual([3, 23]);
  });

  it('records every measure of the old state in the history point', () => {
    const casualties = countFigure(merged(casualtiesUpdate(3)), 'casualties-19-september');
    expect(casualties.history?.[0]?.values).toEqual({ killed: 2, injured: 23 });
  });

  it('moves the old note into history with the value it explained', () => {
    const casualties = countFigure(merged(casualtiesUpdate(3), withCasualtiesNote()), 'casualties-19-september');
    expect(casualties.history?.[0]?.note).toBe('Counted by Zartonk Media.');
  });

  it('does not carry the old note over to the new value', () => {
    const casualties = countFigure(merged(casualtiesUpdate(3), withCasualtiesNote()), 'casualties-19-september');
    expect(casualties.note).toBeUndefined();
  });

  it('moves the dataset date forward', () => {
    expect(merged(populationUpdate).asOf).toBe('2023-09-21');
  });

  it('raises the revision by one and sets updatedAt', () => {
    const result = merged(populationUpdate);
    expect([result.revision, result.updatedAt]).toEqual([2, NOW]);
  });

  it('replaces a source that has the same id', () => {
    const update = {
      dataset: SEED_ID,
      sources: [{ id: 'france', name: 'French Republic', kind: 'government' as const }],
    };
    expect(merged(update).sources.find((s) => s.id === 'france')?.name).toBe('French Republic');
  });

  it('sets the end date of a duration', () => {
    const update = {
      dataset: SEED_ID,
      figures: [{ id: 'blockade-duration', end: '2023-09-19', citations: ['medya-blockade-population'] }],
    };
    expect(durationFigure(merged(update), 'blockade-duration').end).toBe('2023-09-19');
  });

  it('keeps the note of a duration when the update gives none', () => {
    const update = {
      dataset: SEED_ID,
      figures: [{ id: 'blockade-duration', end: '2023-09-19', citations: ['medya-blockade-population'] }],
    };
    expect(durationFigure(merged(update), 'blockade-duration').note).toContain('Counted from the start');
  });

  it('accepts a cumulative count that falls when the update gives a note', () => {
    const update = casualtiesUpdate(1, { note: 'One death was re-attributed to the mine blasts.' });
    expect(countFigure(merged(update), 'casualties-19-september').measures[0]?.value).toBe(1);
  });
});

describe('applyUpdate: refusals', () => {
  it('refuses an update for another dataset', () => {
    expect(issuesOf({ ...populationUpdate, dataset: 'another-crisis' })).toEqual([
      { path: 'dataset', message: expect.stringContaining('"another-crisis"') },
    ]);
  });

  it('refuses to move the dataset date backwards', () => {
    expect(issuesOf({ dataset: SEED_ID, asOf: '2023-09-18' })).toEqual([
      { path: 'asOf', message: expect.stringContaining('cannot move backwards') },
    ]);
  });

  it('refuses an update that changes nothing', () => {
    expect(issuesOf({ dataset: SEED_ID, figures: [] })).toEqual([
      { path: '', message: expect.stringContaining('changes nothing') },
    ]);
  });

  it('refuses an unknown figure id', () => {
    const update = {
      dataset: SEED_ID,
      figures: [
        {
          id: 'no-such-figure',
          date: '2023-09-19',
          measures: [{ key: 'x', value: 1 }],
          citations: ['zartonk-casualties'],
        },
      ],
    };
    expect(issuesOf(update)).toEqual([{ path: 'figures[0].id', message: expect.stringContaining('No such figure') }]);
  });

  it('refuses the same figure twice', () => {
    const once = casualtiesUpdate(3).figures[0]!;
    expect(issuesOf({ dataset: SEED_ID, figures: [once, once] })).toEqual([
      { path: 'figures[1].id', message: expect.stringContaining('already in figures[0]') },
    ]);
  });

  it('refuses an unknown measure key', () => {
    const update = casualtiesUpdate(3);
    update.figures[0]!.measures = [{ key: 'wounded', value: 3 }];
    expect(issuesOf(update)).toEqual([
      {
        path: 'figures[0].measures[0].key',
        message: 'Unknown measure "wounded": this figure measures killed, injured',
      },
    ]);
  });

  it('refuses a measure given twice', () => {
    const update = casualtiesUpdate(3);
    update.figures[0]!.measures = [
      { key: 'killed', value: 3 },
      { key: 'killed', value: 4 },
    ];
    expect(issuesOf(update)).toEqual([
      { path: 'figures[0].measures[1].key', message: expect.stringContaining('twice') },
    ]);
  });

  it('refuses a date earlier than the figure’s current date', () => {
    expect(issuesOf(casualtiesUpdate(3, { date: '2023-09-18' }))).toEqual([
      { path: 'figures[0].date', message: expect.stringContaining('cannot go back in time') },
    ]);
  });

  it('refuses a count update without a date', () => {
    expect(issuesOf(casualtiesUpdate(3, { date: undefined }))).toEqual([
      { path: 'figures[0].date', message: expect.stringContaining('needs "date"') },
    ]);
  });

  it('refuses count fields in a duration update', () => {
    const update = {
      dataset: SEED_ID,
      figures: [{ id: 'blockade-duration', date: '2023-09-19', citations: ['medya-blockade-population'] }],
    };
    expect(issuesOf(update)).toEqual([{ path: 'figures[0].date', message: expect.stringContaining('is a duration') }]);
  });

  it('refuses duration fields in a count update', () => {
    expect(issuesOf(casualtiesUpdate(3, { end: '2023-09-19' }))).toEqual([
      { path: 'figures[0].end', message: expect.stringContaining('is a count') },
    ]);
  });

  it('refuses a citation that does not exist, at its place in the update', () => {
    expect(issuesOf(casualtiesUpdate(3, { citations: ['no-such-citation'] }))).toEqual([
      { path: 'figures[0].citations[0]', message: 'Unknown citation "no-such-citation": no citation has this id' },
    ]);
  });

  it('refuses a figure date after the dataset date', () => {
    expect(issuesOf(casualtiesUpdate(3, { date: '2023-09-20' }))).toEqual([
      { path: 'figures[0].date', message: expect.stringContaining('after the dataset') },
    ]);
  });

  it('refuses a new citation whose source does not exist, at its place in the update', () => {
    const update = { ...populationUpdate, citations: [{ ...newCitation, claimedBy: 'nobody' }] };
    expect(issuesOf(update)).toEqual([
      { path: 'citations[0].claimedBy', message: expect.stringContaining('Unknown source') },
    ]);
  });

  it('refuses a cumulative count that falls without a note', () => {
    expect(issuesOf(casualtiesUpdate(1))).toEqual([
      { path: 'figures[0].measures', message: expect.stringContaining('falls from 2 to 1') },
    ]);
  });

  it('refuses a new total smaller than the breakdown kept from before', () => {
    expect(issuesOf(casualtiesUpdate(0, { note: 'Both deaths were re-attributed.' }))).toEqual([
      { path: 'figures[0].measures[0].value', message: expect.stringContaining('larger than its total') },
    ]);
  });

  it('refuses a breakdown given in the update that exceeds its total', () => {
    const update = casualtiesUpdate(3);
    update.figures[0]!.measures = [
      { key: 'killed', value: 3, breakdown: [{ label: 'children', value: 4, qualifier: 'exact' }] },
    ];
    expect(issuesOf(update)).toEqual([
      { path: 'figures[0].measures[0].breakdown[0].value', message: expect.stringContaining('larger than its total') },
    ]);
  });

  it('refuses a duration that would end before it starts', () => {
    const update = {
      dataset: SEED_ID,
      figures: [{ id: 'blockade-duration', end: '2022-12-01', citations: ['medya-blockade-population'] }],
    };
    expect(issuesOf(update)).toEqual([
      { path: 'figures[0].end', message: expect.stringContaining('before it starts') },
    ]);
  });

  it('says "After merging" for a problem the update did not write', () => {
    expect(issuesOf(populationUpdate, 'yesterday')).toEqual([
      { path: 'updatedAt', message: expect.stringMatching(/^After merging: /) },
    ]);
  });

  it('never changes the dataset it is given', () => {
    const dataset = deepFreeze(seedDataset());
    const everything: PartialUpdate = {
      ...populationUpdate,
      sources: [{ id: 'france', name: 'French Republic', kind: 'government' }],
      events: [{ id: 'later', date: '2023-09-20', kind: 'other', title: 'Later', citations: [newCitation.id] }],
    };
    applyUpdate(dataset, everything, NOW);
    expect(dataset).toEqual(seedDataset());
  });
});
