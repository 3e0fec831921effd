import { describe, expect, it } from 'vitest';
import type { Citation, Claim, Dataset, DurationFigure, Figure } from '../schema/schema';
import { applyUpdate, readUpdate, type PartialUpdate } from './update';
import { currentValues, standingOf } from '../ledger/claims';
import { seriesByClaimant } from '../ledger/claim-history';
import { figureCitations, figureDate, figureValueText, indexDataset } from '../words/figures';
import { countFigure, deepFreeze, SEED_ID, seedDataset } from '../../../test/fixtures';
import { UPDATE_EXAMPLES } from '../../../test/examples';

const NOW = '2023-09-21T12:00:00Z';
const SEED_CASUALTIES_CLAIM = 'casualties-19-september-2023-09-19';

const newCitation: Citation = {
  id: 'medya-population-update',
  claimedBy: 'medya-news',
  publishedBy: 'medya-news',
  title: 'A later count',
  url: 'https://medyanews.net/later/',
  publishedOn: '2023-09-21',
  note: 'A later count of the population under blockade.',
};

const populationClaim: Claim = {
  id: 'population-2023-09-21',
  figure: 'population-under-blockade',
  date: '2023-09-21',
  values: [{ measure: 'population', value: 100000, qualifier: 'about' }],
  status: 'reported',
  citation: newCitation.id,
};

/* Population under blockade falls to about 100,000 on 21 September, cited to a citation added in the same update. */
const populationUpdate: PartialUpdate = {
  dataset: SEED_ID,
  asOf: '2023-09-21',
  citations: [newCitation],
  claims: [populationClaim],
};

/* Zartonk Media's later word on the killed only, the same day at 22:30. */
function casualtiesClaim(killed: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: 'zartonk-later',
    figure: 'casualties-19-september',
    date: '2023-09-19',
    time: '22:30',
    values: [{ measure: 'killed', value: killed, qualifier: 'exact' }],
    status: 'reported',
    citation: 'zartonk-casualties',
    ...extra,
  };
}

function casualtiesUpdate(killed: number, extra: Partial<Claim> = {}): PartialUpdate & { claims: Claim[] } {
  return { dataset: SEED_ID, claims: [casualtiesClaim(killed, extra)] };
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

function shown(dataset: Dataset, id: string) {
  return currentValues(countFigure(dataset, id), indexDataset(dataset).claims).map((v) => v.value.value);
}

function valueText(dataset: Dataset, id: string): string {
  return figureValueText(countFigure(dataset, id), dataset.asOf, indexDataset(dataset));
}

function durationFigure(dataset: Dataset, id: string): DurationFigure {
  const found = dataset.figures.find((f) => f.id === id);
  if (found?.kind !== 'duration') throw new Error(`No duration figure "${id}"`);
  return found;
}

const endedDuration = (end: string): Figure => ({
  ...durationFigure(seedDataset(), 'blockade-duration'),
  end,
  endCitation: 'medya-blockade-population',
});

describe('applyUpdate: merging', () => {
  it('appends the new claims after the dataset’s own, which stay as they were', () => {
    const seed = seedDataset();
    expect(merged(populationUpdate).claims).toEqual([...seed.claims, populationClaim]);
  });

  it('shows the new value, with its date and citation', () => {
    const dataset = merged(populationUpdate);
    const population = countFigure(dataset, 'population-under-blockade');
    const index = indexDataset(dataset);
    expect([
      figureValueText(population, dataset.asOf, index),
      figureDate(population, dataset.asOf, index),
      figureCitations(population, index),
    ]).toEqual(['about 100,000 ethnic Armenians', '2023-09-21', ['medya-population-update']]);
  });

  it('keeps the value it replaces as an earlier claim in the claimant’s series', () => {
    const dataset = merged(populationUpdate);
    const index = indexDataset(dataset);
    const series = seriesByClaimant(
      countFigure(dataset, 'population-under-blockade'),
      'population',
      index.claims,
      index.claimantOf,
    );
    expect(series.map((s) => [s.claimant, s.points.map((p) => [p.claim.date, p.value.value])])).toEqual([
      [
        'medya-news',
        [
          ['2023-09-19', 120000],
          ['2023-09-21', 100000],
        ],
      ],
    ]);
  });

  it('adds a citation given in the same update', () => {
    expect(merged(populationUpdate).citations.at(-1)).toEqual(newCitation);
  });

  it('leaves the figure’s definition as it was when the update gives only claims', () => {
    expect(countFigure(merged(populationUpdate), 'population-under-blockade')).toEqual(
      countFigure(seedDataset(), 'population-under-blockade'),
    );
  });

  it('keeps the value of a measure the new claim does not give', () => {
    expect(shown(merged(casualtiesUpdate(3)), 'casualties-19-september')).toEqual([3, 23]);
  });

  it('keeps each claim’s note with its own claim', () => {
    const dataset = seedDataset();
    dataset.claims[1]!.note = 'Counted by Zartonk Media.';
    const after = merged(casualtiesUpdate(3), dataset);
    expect(after.claims.filter((c) => c.figure === 'casualties-19-september').map((c) => c.note)).toEqual([
      'Counted by Zartonk Media.',
      undefined,
    ]);
  });

  it('moves the dataset date up to the latest date in the update', () => {
    expect(merged({ ...populationUpdate, asOf: undefined }).asOf).toBe('2023-09-21');
  });

  it('moves the dataset date up to a citation’s date when the update has no claims', () => {
    expect(merged({ dataset: SEED_ID, citations: [newCitation] }).asOf).toBe('2023-09-21');
  });

  it('keeps the dataset date when the update speaks only of earlier days', () => {
    expect(merged(casualtiesUpdate(1, { date: '2023-09-18', time: undefined })).asOf).toBe('2023-09-19');
  });

  it('takes the dataset date the update gives', () => {
    expect(merged({ ...populationUpdate, asOf: '2023-09-21' }).asOf).toBe('2023-09-21');
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

  it('sets the end date of a duration by giving the whole figure again', () => {
    const update = { dataset: SEED_ID, figures: [endedDuration('2023-09-19')] };
    expect(durationFigure(merged(update), 'blockade-duration').end).toBe('2023-09-19');
  });

  it('keeps a redefined figure at its place in the list', () => {
    const update = { dataset: SEED_ID, figures: [endedDuration('2023-09-19')] };
    expect(merged(update).figures.map((f) => f.id)).toEqual(seedDataset().figures.map((f) => f.id));
  });

  it('replaces a redefined figure whole: a field it leaves out is gone', () => {
    const { note: _note, ...withoutNote } = durationFigure(seedDataset(), 'blockade-duration');
    const update = { dataset: SEED_ID, figures: [withoutNote] };
    expect(durationFigure(merged(update), 'blockade-duration')).not.toHaveProperty('note');
  });

  it('adds a new figure with its first claim, at the end of the list', () => {
    const displaced: Figure = {
      id: 'displaced',
      kind: 'count',
      label: 'People displaced',
      unit: 'people',
      measures: [{ key: 'displaced', label: 'people displaced' }],
    };
    const claim: Claim = {
      ...populationClaim,
      id: 'displaced-first',
      figure: 'displaced',
      values: [{ measure: 'displaced', low: 50, high: 1000 }],
    };
    const dataset = merged({ ...populationUpdate, figures: [displaced], claims: [claim] });
    expect([dataset.figures.at(-1)?.id, valueText(dataset, 'displaced')]).toEqual([
      'displaced',
      'between 50 and 1,000 people displaced',
    ]);
  });

  it('accepts a cumulative count that falls when the claim gives a note', () => {
    const update = casualtiesUpdate(1, { note: 'One death was re-attributed to the mine blasts.' });
    expect(shown(merged(update), 'casualties-19-september')).toEqual([1, 23]);
  });

  it('accepts a new total below the breakdown of the claim before it: a breakdown belongs to its claim', () => {
    const update = casualtiesUpdate(0, { note: 'Both deaths were re-attributed.' });
    expect(valueText(merged(update), 'casualties-19-september')).toBe('0 civilians killed; 23 injured');
  });

  it('accepts a claim dated before the current one as an earlier report, leaving the current value', () => {
    const dataset = merged(casualtiesUpdate(1, { date: '2023-09-18', time: undefined }));
    expect(shown(dataset, 'casualties-19-september')).toEqual([2, 23]);
  });

  it('shows a correction instead of the claim it supersedes, which stays in the ledger', () => {
    const dataset = merged(casualtiesUpdate(3, { supersedes: SEED_CASUALTIES_CLAIM, time: undefined }));
    const index = indexDataset(dataset).claims;
    expect([
      shown(dataset, 'casualties-19-september'),
      standingOf(index.byId.get(SEED_CASUALTIES_CLAIM)!, index),
    ]).toEqual([[3], 'superseded']);
  });

  it('withdraws a claim by a retraction, leaving the figure without a value', () => {
    const retraction: Claim = {
      id: 'casualties-withdrawn',
      figure: 'casualties-19-september',
      date: '2023-09-19',
      status: 'reported',
      citation: 'zartonk-casualties',
      retracts: SEED_CASUALTIES_CLAIM,
      note: 'Withdrawn by its author.',
    };
    expect(valueText(merged({ dataset: SEED_ID, claims: [retraction] }), 'casualties-19-september')).toBe(
      'No value reported yet',
    );
  });

  it.each(Object.entries(UPDATE_EXAMPLES))('applies the example %s to the seed', (_name, example) => {
    const read = readUpdate(example, seedDataset());
    const result = read.ok ? applyUpdate(seedDataset(), read.data, NOW) : read;
    expect(result.ok ? [] : result.issues).toEqual([]);
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
    expect(issuesOf({ dataset: SEED_ID, claims: [], figures: [] })).toEqual([
      { path: '', message: expect.stringContaining('changes nothing') },
    ]);
  });

  it('refuses a claim about an unknown figure, at its place in the update', () => {
    expect(issuesOf(casualtiesUpdate(3, { figure: 'no-such-figure' }))).toEqual([
      { path: 'claims[0].figure', message: 'Unknown figure "no-such-figure": no figure has this id' },
    ]);
  });

  it('refuses a claim id that is already recorded, pointing to a correction instead', () => {
    expect(issuesOf(casualtiesUpdate(3, { id: SEED_CASUALTIES_CLAIM }))).toEqual([
      {
        path: 'claims[0].id',
        message: expect.stringContaining(
          `claims are never edited: add a new claim with "supersedes": "${SEED_CASUALTIES_CLAIM}"`,
        ),
      },
    ]);
  });

  it('refuses the same claim twice', () => {
    const once = casualtiesClaim(3);
    expect(issuesOf({ dataset: SEED_ID, claims: [once, once] })).toEqual([
      { path: 'claims[1].id', message: expect.stringContaining('already in claims[0]') },
    ]);
  });

  it('refuses the same figure twice', () => {
    const ended = endedDuration('2023-09-19');
    expect(issuesOf({ dataset: SEED_ID, figures: [ended, ended] })).toEqual([
      { path: 'figures[1].id', message: expect.stringContaining('already in figures[0]') },
    ]);
  });

  it('refuses an unknown measure key', () => {
    const update = casualtiesUpdate(3);
    update.claims[0]!.values = [{ measure: 'wounded', value: 3, qualifier: 'exact' }];
    expect(issuesOf(update)).toEqual([
      {
        path: 'claims[0].values[0].measure',
        message: 'Unknown measure "wounded": "casualties-19-september" measures killed, injured',
      },
    ]);
  });

  it('refuses a measure given twice', () => {
    const update = casualtiesUpdate(3);
    update.claims[0]!.values = [
      { measure: 'killed', value: 3, qualifier: 'exact' },
      { measure: 'killed', value: 4, qualifier: 'exact' },
    ];
    expect(issuesOf(update)).toEqual([
      { path: 'claims[0].values[1].measure', message: expect.stringContaining('twice') },
    ]);
  });

  it('refuses a claim about a duration', () => {
    expect(issuesOf(casualtiesUpdate(3, { figure: 'blockade-duration' }))).toEqual([
      { path: 'claims[0].figure', message: expect.stringContaining('is a duration') },
    ]);
  });

  it('refuses a citation that does not exist, at its place in the update', () => {
    expect(issuesOf(casualtiesUpdate(3, { citation: 'no-such-citation' }))).toEqual([
      { path: 'claims[0].citation', message: 'Unknown citation "no-such-citation": no citation has this id' },
    ]);
  });

  it('refuses a claim dated after the dataset date the update gives', () => {
    expect(issuesOf({ ...casualtiesUpdate(3, { date: '2023-09-21' }), asOf: '2023-09-20' })).toEqual([
      { path: 'claims[0].date', message: expect.stringContaining('after the dataset') },
    ]);
  });

  it('refuses a new citation whose source does not exist, at its place in the update', () => {
    const update = { ...populationUpdate, citations: [{ ...newCitation, claimedBy: 'nobody' }] };
    expect(issuesOf(update)).toEqual([
      { path: 'citations[0].claimedBy', message: expect.stringContaining('Unknown source') },
    ]);
  });

  it('refuses a cumulative count that falls in its claimant’s own reports without a note', () => {
    expect(issuesOf(casualtiesUpdate(1))).toEqual([
      { path: 'claims[0].note', message: expect.stringContaining('falls from 2 to 1') },
    ]);
  });

  it('refuses a breakdown given in the update that exceeds its total', () => {
    const update = casualtiesUpdate(3);
    update.claims[0]!.values![0]!.breakdown = [{ label: 'children', value: 4, qualifier: 'exact' }];
    expect(issuesOf(update)).toEqual([
      { path: 'claims[0].values[0].breakdown[0].value', message: expect.stringContaining('larger than its total') },
    ]);
  });

  it('refuses a correction of an unknown claim', () => {
    expect(issuesOf(casualtiesUpdate(3, { supersedes: 'no-such-claim' }))).toEqual([
      { path: 'claims[0].supersedes', message: 'Unknown claim "no-such-claim": no claim has this id' },
    ]);
  });

  it('refuses a duration that would end before it starts', () => {
    expect(issuesOf({ dataset: SEED_ID, figures: [endedDuration('2022-12-01')] })).toEqual([
      { path: 'figures[0].end', message: expect.stringContaining('before it starts') },
    ]);
  });

  it('says "After merging" for a problem the update did not write', () => {
    expect(issuesOf(populationUpdate, 'yesterday')).toEqual([
      { path: 'updatedAt', message: expect.stringMatching(/^After merging: /) },
    ]);
  });

  it('says "After merging" when a redefined figure drops a measure that recorded claims give', () => {
    const casualties = countFigure(seedDataset(), 'casualties-19-september');
    const update = { dataset: SEED_ID, figures: [{ ...casualties, measures: casualties.measures.slice(0, 1) }] };
    expect(issuesOf(update)).toEqual([
      {
        path: 'claims[1].values[1].measure',
        message: expect.stringMatching(/^After merging: Unknown measure "injured"/),
      },
    ]);
  });

  it('says "After merging" when an earlier claim makes a recorded one fall', () => {
    expect(issuesOf(casualtiesUpdate(5, { date: '2023-09-18', time: undefined }))).toEqual([
      { path: 'claims[1].note', message: expect.stringMatching(/^After merging: "killed" .* falls from 5 to 2/) },
    ]);
  });

  it('never changes the dataset it is given', () => {
    const dataset = deepFreeze(seedDataset());
    const everything: PartialUpdate = {
      ...populationUpdate,
      sources: [{ id: 'france', name: 'French Republic', kind: 'government' }],
      figures: [endedDuration('2023-09-19')],
      events: [{ id: 'later', date: '2023-09-20', kind: 'other', title: 'Later', citations: [newCitation.id] }],
    };
    applyUpdate(dataset, everything, NOW);
    expect(dataset).toEqual(seedDataset());
  });
});

describe('readUpdate: figures marked "headline", as updates once marked them', () => {
  const marked = (id: string, headline: boolean) => ({
    ...countFigure(seedDataset(), 'population-under-blockade'),
    id,
    headline,
  });

  it('makes the marked figures the first headlines, the others following, and says so', () => {
    const result = readUpdate({ dataset: SEED_ID, figures: [marked('new-one', true)] }, seedDataset());
    expect(result.ok && result.data.headlines).toEqual(['new-one', ...seedDataset().headlines!]);
    expect(result.notices[0]).toMatch(/^This update marks headline figures on each figure/);
  });

  it('leaves no mark on the figures', () => {
    const result = readUpdate({ dataset: SEED_ID, figures: [marked('new-one', true)] }, seedDataset());
    expect(result.ok && result.data.figures?.[0]).not.toHaveProperty('headline');
  });

  it('takes a figure marked false out of the headlines', () => {
    const result = readUpdate(
      { dataset: SEED_ID, figures: [marked('population-under-blockade', false)] },
      seedDataset(),
    );
    expect(result.ok && result.data.headlines).toEqual(seedDataset().headlines!.slice(1));
  });

  it('names the headlines that no longer fit', () => {
    const figures = ['a', 'b', 'c'].map((id) => marked(id, true));
    const result = readUpdate({ dataset: SEED_ID, figures }, seedDataset());
    expect(result.ok && result.data.headlines).toHaveLength(6);
    expect(result.notices[0]).toContain('"mine-blast-deaths-alleged" is no longer a headline: there are at most 6.');
  });
});

describe('readUpdate', () => {
  it('reads an update in the current format as it is, without notices', () => {
    const update = { ...populationUpdate };
    expect(readUpdate(update, seedDataset())).toEqual({ ok: true, data: update, notices: [] });
  });

  it('refuses a claim without a date, at its place', () => {
    const { date: _date, ...undated } = casualtiesClaim(3);
    const result = readUpdate({ dataset: SEED_ID, claims: [undated] }, seedDataset());
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['claims[0].date']);
  });

  it('refuses a misspelt key in an update', () => {
    const result = readUpdate({ dataset: SEED_ID, claim: [casualtiesClaim(3)] }, seedDataset());
    expect(result.ok ? [] : result.issues).toEqual([{ path: '', message: expect.stringContaining('"claim"') }]);
  });

  it('refuses duration fields in a count figure', () => {
    const casualties = countFigure(seedDataset(), 'casualties-19-september');
    const result = readUpdate({ dataset: SEED_ID, figures: [{ ...casualties, end: '2023-09-19' }] }, seedDataset());
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'figures[0]', message: expect.stringContaining('"end"') }]);
  });
});

describe('applyUpdate: the maintainers’ choices', () => {
  const topic = (id: string, label: string, figures: string[]) => ({ id, label, figures });

  it('replaces the headlines with the list given', () => {
    const update = { dataset: SEED_ID, headlines: ['blockade-duration', 'population-under-blockade'] };
    expect(merged(update).headlines).toEqual(['blockade-duration', 'population-under-blockade']);
  });

  it('refuses a headline that is no figure, at its place in the update', () => {
    expect(issuesOf({ dataset: SEED_ID, headlines: ['blockade-duration', 'ghost'] })).toEqual([
      { path: 'headlines[1]', message: 'Unknown figure "ghost": no figure has this id' },
    ]);
  });

  it('adds topics, in the order given', () => {
    const update = {
      dataset: SEED_ID,
      topics: [topic('deaths', 'Deaths', ['casualties-19-september']), topic('access', 'Access', [])],
    };
    expect(merged(update).topics?.map((t) => t.id)).toEqual(['deaths', 'access']);
  });

  it('replaces a topic by id at its place, and appends a new one after the others', () => {
    const dataset = merged({
      dataset: SEED_ID,
      topics: [topic('deaths', 'Deaths', []), topic('access', 'Access', [])],
    });
    const next = applyUpdate(
      dataset,
      { dataset: SEED_ID, topics: [topic('time', 'Time', ['blockade-duration']), topic('deaths', 'Killed', [])] },
      NOW,
    );
    expect(next.ok && next.data.topics).toEqual([
      topic('deaths', 'Killed', []),
      topic('access', 'Access', []),
      topic('time', 'Time', ['blockade-duration']),
    ]);
  });

  it('refuses a figure put in a second topic, at its place in the update', () => {
    const dataset = merged({ dataset: SEED_ID, topics: [topic('deaths', 'Deaths', ['casualties-19-september'])] });
    const result = applyUpdate(
      dataset,
      { dataset: SEED_ID, topics: [topic('offensive', 'Offensive', ['casualties-19-september'])] },
      NOW,
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'topics[0].figures[0]', message: expect.stringContaining('a figure belongs to one topic at most') },
    ]);
  });

  it('sets what the about page says, replacing it whole', () => {
    const about = { updateFrequency: 'Every weekday.', expectedUpdateDays: 3 };
    expect(merged({ dataset: SEED_ID, about }).about).toEqual(about);
  });

  it('ends a duration given again whole with its end and the citation that dates it', () => {
    const figure = durationFigure(
      merged({ dataset: SEED_ID, figures: [endedDuration('2023-09-19')] }),
      'blockade-duration',
    );
    expect([figure.end, figure.endCitation]).toEqual(['2023-09-19', 'medya-blockade-population']);
  });

  it('refuses an end without its citation, at its place in the update', () => {
    const { endCitation: _endCitation, ...uncited } = endedDuration('2023-09-19') as DurationFigure;
    expect(issuesOf({ dataset: SEED_ID, figures: [uncited] })).toEqual([
      { path: 'figures[0].endCitation', message: expect.stringContaining('End a duration with its cited end date') },
    ]);
  });
});

describe('applyUpdate: what is already in the record', () => {
  const seed = seedDataset();

  function apply(update: PartialUpdate, dataset = seed) {
    const result = applyUpdate(dataset, update, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result;
  }

  it('gives the dataset back unchanged, revision and all, for an update it already holds', () => {
    const once = apply(populationUpdate).data;
    const twice = apply(populationUpdate, once);
    expect([twice.data, twice.unchanged]).toEqual([once, true]);
    expect(twice.data).toBe(once);
  });

  it('counts the claims and events already there', () => {
    const update: PartialUpdate = { ...populationUpdate, events: [seed.events[0]!] };
    const once = apply(update).data;
    expect(apply(update, once).alreadyInRecord).toEqual({ claims: 1, events: 1 });
  });

  it('counts nothing already there for a new update', () => {
    expect(apply(populationUpdate)).toMatchObject({ alreadyInRecord: { claims: 0, events: 0 }, unchanged: false });
  });

  it('does not append a claim identical to one recorded under another id', () => {
    const once = apply(populationUpdate).data;
    const again = apply({ ...populationUpdate, claims: [{ ...populationClaim, id: 'population-again' }] }, once);
    expect([again.unchanged, again.alreadyInRecord.claims, again.data.claims.length]).toEqual([
      true,
      1,
      once.claims.length,
    ]);
  });

  it('takes a claim of another status or note as the same report', () => {
    const once = apply(populationUpdate).data;
    const claim = { ...populationClaim, id: 'population-again', status: 'confirmed' as const, note: 'Seen again.' };
    expect(apply({ ...populationUpdate, claims: [claim] }, once).unchanged).toBe(true);
  });

  it.each([
    ['another value', { values: [{ measure: 'population', value: 99000, qualifier: 'about' as const }] }],
    ['another qualifier', { values: [{ measure: 'population', value: 100000, qualifier: 'at-least' as const }] }],
    ['another day', { date: '2023-09-20' }],
    ['another time', { time: '08:00' }],
    ['another citation', { citation: 'medya-blockade-population' }],
  ])('appends a claim that differs by %s', (_what, change) => {
    const once = apply(populationUpdate).data;
    const again = apply(
      { dataset: SEED_ID, claims: [{ ...populationClaim, id: 'population-again', ...change }] },
      once,
    );
    expect([again.unchanged, again.data.claims.at(-1)?.id]).toEqual([false, 'population-again']);
  });

  it('takes a claim cited to another citation of the same link and parties as the same report', () => {
    const once = apply(populationUpdate).data;
    const twin = { ...newCitation, id: 'twin-citation', title: 'The same report, entered again' };
    const again = apply(
      {
        dataset: SEED_ID,
        citations: [twin],
        claims: [{ ...populationClaim, id: 'population-again', citation: twin.id }],
      },
      once,
    );
    expect([again.alreadyInRecord.claims, again.data.claims.length]).toEqual([1, once.claims.length]);
  });

  it('points a correction of a claim already there at the recorded one', () => {
    const once = apply(populationUpdate).data;
    const copy = { ...populationClaim, id: 'population-copy' };
    const correction = {
      ...populationClaim,
      id: 'population-corrected',
      values: [{ measure: 'population', value: 101000, qualifier: 'about' as const }],
      supersedes: 'population-copy',
    };
    const again = apply({ dataset: SEED_ID, claims: [copy, correction] }, once);
    expect(again.data.claims.at(-1)).toEqual({ ...correction, supersedes: populationClaim.id });
  });

  it('still refuses another claim under a recorded claim’s id', () => {
    const once = apply(populationUpdate).data;
    const result = applyUpdate(once, { dataset: SEED_ID, claims: [{ ...populationClaim, note: 'Edited.' }] }, NOW);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['claims[0].id']);
  });

  it('takes an event under a new id with the same date, title and kind as the one there', () => {
    const event = { ...seed.events[0]!, id: 'blockade-begins-again' };
    const result = apply({ dataset: SEED_ID, events: [event] });
    expect([result.unchanged, result.alreadyInRecord.events]).toEqual([true, 1]);
  });

  it('adds the citations such an event brings to the one there', () => {
    const event = { ...seed.events[0]!, id: 'blockade-begins-again', citations: ['eu-statement'] };
    const result = apply({ dataset: SEED_ID, events: [event] });
    expect(result.data.events.find((e) => e.id === seed.events[0]!.id)?.citations).toEqual([
      ...seed.events[0]!.citations,
      'eu-statement',
    ]);
    expect(result.data.events).toHaveLength(seed.events.length);
  });

  it('changes nothing with sources, citations, figures, topics, headlines and about the same as stored', () => {
    const dataset = apply({ dataset: SEED_ID, topics: [{ id: 'all', label: 'All', figures: [] }] }).data;
    const update: PartialUpdate = {
      dataset: SEED_ID,
      about: dataset.about,
      headlines: dataset.headlines,
      topics: dataset.topics,
      sources: [dataset.sources[0]!],
      citations: [dataset.citations[0]!],
      figures: [dataset.figures[0]!],
    };
    expect(apply(update, dataset).data).toBe(dataset);
  });

  it('takes a record with its keys in another order as the same', () => {
    const source = seed.sources[0]!;
    const reordered = Object.fromEntries(Object.entries(source).reverse()) as typeof source;
    expect(apply({ dataset: SEED_ID, sources: [reordered] }).unchanged).toBe(true);
  });

  it('moves the date and gives a new revision when only asOf moves', () => {
    const result = apply({ dataset: SEED_ID, asOf: '2023-09-20' });
    expect([result.unchanged, result.data.revision]).toEqual([false, seed.revision + 1]);
  });
});
