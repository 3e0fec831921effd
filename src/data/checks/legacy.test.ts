import { describe, expect, it } from 'vitest';
import legacySeedFile from '../../../test/fixtures/seed-format-1.json';
import type { Claim, Dataset } from '../schema/schema';
import { headlineNotice, LEGACY_NOTICE, LEGACY_UPDATE_NOTICE, looksLegacy, looksLegacyUpdate } from './legacy';
import { exportDatasetText } from '../formats/export';
import { readDataset } from './validate';
import { applyUpdate, readUpdate } from '../formats/update';
import { currentValues } from '../ledger/claims';
import { seriesByClaimant } from '../ledger/claim-history';
import { figureCitations, figureDate, figureStatus, figureValueText, indexDataset } from '../words/figures';
import { countFigure, SEED_ID, seedDataset, seedJson } from '../../../test/fixtures';

/*
 * The seed as it was written in the first format (values inside figures),
 * kept as a fixture: reading it must give the facts the current seed holds.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- the legacy fixture is edited freely to write first-format cases */
type Loose = any;

function legacySeed(): Loose {
  return structuredClone(legacySeedFile);
}

function legacyFigure(doc: Loose, id: string): Loose {
  return doc.figures.find((f: { id: string }) => f.id === id);
}

function converted(doc: unknown = legacySeed()): Dataset {
  const result = readDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const claimsOf = (dataset: Dataset, figure: string) => dataset.claims.filter((c) => c.figure === figure);
const withoutId = ({ id: _id, ...rest }: Claim) => rest;

describe('looksLegacy', () => {
  it('is true for the seed in the first format', () => {
    expect(looksLegacy(legacySeed())).toBe(true);
  });

  it('is false for the current seed', () => {
    expect(looksLegacy(seedJson())).toBe(false);
  });

  it('is false for a document that has a claims list', () => {
    expect(looksLegacy({ ...legacySeed(), claims: [] })).toBe(false);
  });

  it.each([null, 'text', 42, []])('is false for %j', (value) => {
    expect(looksLegacy(value)).toBe(false);
  });
});

describe('readDataset on the seed in the first format', () => {
  it('converts it, with the notice', () => {
    const result = readDataset(legacySeed());
    expect([result.ok, result.notices]).toEqual([true, [LEGACY_NOTICE]]);
  });

  it('gives no notice for the current seed', () => {
    expect(readDataset(seedJson()).notices).toEqual([]);
  });

  it('keeps the sources', () => {
    expect(converted().sources).toEqual(seedDataset().sources);
  });

  it('keeps the citations', () => {
    expect(converted().citations).toEqual(seedDataset().citations);
  });

  it('keeps the events', () => {
    expect(converted().events).toEqual(seedDataset().events);
  });

  it('keeps the dataset’s id, title, region, date and revision', () => {
    const { id, title, region, asOf, revision } = converted();
    const seed = seedDataset();
    expect({ id, title, region, asOf, revision }).toEqual({
      id: seed.id,
      title: seed.title,
      region: seed.region,
      asOf: seed.asOf,
      revision: seed.revision,
    });
  });

  it('gives the figures the current seed defines', () => {
    expect(converted().figures).toEqual(seedDataset().figures);
  });

  it('lists the figures it marked headline as the headlines, in order', () => {
    expect(converted().headlines).toEqual(seedDataset().headlines);
  });

  it('gives the claims the current seed holds, ids aside', () => {
    expect(converted().claims.map(withoutId)).toEqual(seedDataset().claims.map(withoutId));
  });

  it.each(seedDataset().figures.map((f) => f.id))(
    'shows %s with the same value, status, date and citations as the current seed',
    (id) => {
      const show = (dataset: Dataset) => {
        const index = indexDataset(dataset);
        const figure = dataset.figures.find((f) => f.id === id)!;
        return {
          value: figureValueText(figure, dataset.asOf, index),
          status: figureStatus(figure, index),
          date: figureDate(figure, dataset.asOf, index),
          citations: figureCitations(figure, index),
        };
      };
      expect(show(converted())).toEqual(show(seedDataset()));
    },
  );

  it('gives the same qualifiers and breakdowns, measure by measure, as the current seed', () => {
    const values = (dataset: Dataset) => {
      const index = indexDataset(dataset);
      return dataset.figures
        .flatMap((f) => (f.kind === 'count' ? currentValues(f, index.claims) : []))
        .map((v) => v.value);
    };
    expect(values(converted())).toEqual(values(seedDataset()));
  });
});

describe('readDataset on a dataset whose figures mark the headlines', () => {
  /* The current seed as files were written before the dataset listed its headlines. */
  function marked(marks: (boolean | undefined)[]): Loose {
    const { headlines: _headlines, ...doc }: Loose = seedJson();
    doc.figures.forEach((figure: Loose, i: number) => {
      if (marks[i] !== undefined) figure.headline = marks[i];
    });
    return doc;
  }

  it('lists the marked figures as the headlines, in the figures’ order', () => {
    const result = readDataset(marked([false, true, undefined, true]));
    expect(result.ok && result.data.headlines).toEqual(['casualties-19-september', 'mine-blast-deaths-alleged']);
  });

  it('says so in a notice', () => {
    expect(readDataset(marked([true, true, true, true])).notices).toEqual([headlineNotice(4)]);
  });

  it('leaves no mark on any figure', () => {
    const result = readDataset(marked([true, false, true, true]));
    expect(result.ok && result.data.figures.filter((f) => 'headline' in f)).toEqual([]);
  });

  it('gives no headlines list when no figure is marked, so the first four are shown', () => {
    const result = readDataset(marked([false, false, false, false]));
    expect(result.ok && result.data).not.toHaveProperty('headlines');
  });

  it('keeps the first six when more are marked, and says so', () => {
    const doc = marked([true, true, true, true]);
    for (let i = 0; i < 4; i++) doc.figures.push({ ...doc.figures[2], id: `more-${i}`, headline: true });
    const result = readDataset(doc);
    expect(result.ok && result.data.headlines).toEqual([
      'population-under-blockade',
      'casualties-19-september',
      'blockade-duration',
      'mine-blast-deaths-alleged',
      'more-0',
      'more-1',
    ]);
    expect(result.notices[0]).toContain('Only the first 6 of the 8 marked are kept as headlines');
  });

  it('leaves the document it was given alone', () => {
    const doc = marked([true, true, true, true]);
    const before = JSON.stringify(doc);
    readDataset(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses marks beside a headlines list, which would say two things', () => {
    const doc = { ...marked([true, true, true, true]), headlines: ['blockade-duration'] };
    const result = readDataset(doc);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toContain('figures[0]');
    expect(result.notices).toEqual([]);
  });

  it('is exported with the headlines list only', () => {
    const result = readDataset(marked([true, true, true, true]));
    if (!result.ok) throw new Error('The marked seed should be read');
    const text = exportDatasetText(result.data);
    expect(text).not.toContain('"headline":');
    expect((JSON.parse(text) as Dataset).headlines).toEqual(seedDataset().headlines);
  });
});

describe('convertLegacyDataset, case by case', () => {
  const casualties = 'casualties-19-september';

  function withHistory(history: unknown[]): Dataset {
    const doc = legacySeed();
    legacyFigure(doc, casualties).history = history;
    return converted(doc);
  }

  it('turns a history point into an earlier claim, exact, with its note and the figure’s status', () => {
    const dataset = withHistory([
      {
        date: '2023-09-18',
        values: { killed: 1, injured: 10 },
        citations: ['zartonk-casualties'],
        note: 'First count.',
      },
    ]);
    expect(withoutId(claimsOf(dataset, casualties)[0]!)).toEqual({
      figure: casualties,
      date: '2023-09-18',
      values: [
        { measure: 'killed', value: 1, qualifier: 'exact' },
        { measure: 'injured', value: 10, qualifier: 'exact' },
      ],
      status: 'reported',
      citation: 'zartonk-casualties',
      note: 'First count.',
    });
  });

  it('keeps the figure’s own value current after its history', () => {
    const dataset = withHistory([{ date: '2023-09-18', values: { killed: 1 }, citations: ['zartonk-casualties'] }]);
    expect(figureValueText(countFigure(dataset, casualties), dataset.asOf, indexDataset(dataset))).toBe(
      '2 civilians killed, of whom 1 child; 23 injured',
    );
  });

  it('puts the history before the current value in the claimant’s series', () => {
    const dataset = withHistory([{ date: '2023-09-18', values: { killed: 1 }, citations: ['zartonk-casualties'] }]);
    const index = indexDataset(dataset);
    const series = seriesByClaimant(countFigure(dataset, casualties), 'killed', index.claims, index.claimantOf);
    expect(series.map((s) => [s.claimant, s.points.map((p) => p.value.value)])).toEqual([['zartonk-media', [1, 2]]]);
  });

  it('writes history points in date order, whatever order the file gave them in', () => {
    const dataset = withHistory([
      { date: '2023-09-18', values: { killed: 1 }, citations: ['zartonk-casualties'] },
      { date: '2023-09-17', values: { killed: 0 }, citations: ['zartonk-casualties'] },
    ]);
    expect(claimsOf(dataset, casualties).map((c) => c.date)).toEqual(['2023-09-17', '2023-09-18', '2023-09-19']);
  });

  it('turns another party’s claim into a claim with its own qualifier and status', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).otherClaims = [
      {
        date: '2023-09-19',
        values: { killed: 5 },
        qualifier: 'at-least',
        status: 'disputed',
        citations: ['azerbaijani-army-mine-blasts'],
        note: 'A different count.',
      },
    ];
    expect(withoutId(claimsOf(converted(doc), casualties)[0]!)).toEqual({
      figure: casualties,
      date: '2023-09-19',
      values: [{ measure: 'killed', value: 5, qualifier: 'at-least' }],
      status: 'disputed',
      citation: 'azerbaijani-army-mine-blasts',
      note: 'A different count.',
    });
  });

  it('writes one claim per citation, with ids of their own', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).citations = ['zartonk-casualties', 'france-statement'];
    const claims = claimsOf(converted(doc), casualties);
    expect(claims.map((c) => [c.id, c.citation, c.values?.[1]?.value])).toEqual([
      ['casualties-19-september-2023-09-19', 'zartonk-casualties', 23],
      ['casualties-19-september-2023-09-19-2', 'france-statement', 23],
    ]);
  });

  it('puts a figure’s note on its own claims', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).note = 'Counted by Zartonk Media.';
    expect(claimsOf(converted(doc), casualties).map((c) => c.note)).toEqual(['Counted by Zartonk Media.']);
  });

  it('keeps the figure’s own value shown when another party spoke later', () => {
    const doc = legacySeed();
    const figure = legacyFigure(doc, casualties);
    figure.date = '2023-09-18';
    figure.otherClaims = [
      {
        date: '2023-09-19',
        values: { killed: 30 },
        qualifier: 'exact',
        status: 'alleged',
        citations: ['azerbaijani-army-mine-blasts'],
      },
    ];
    const dataset = converted(doc);
    const converted19 = countFigure(dataset, casualties);
    expect([
      converted19.shown?.claim,
      currentValues(converted19, indexDataset(dataset).claims).map((v) => v.value.value),
    ]).toEqual(['casualties-19-september-2023-09-18', [2, 23]]);
  });

  it('chooses no claim to show when no other party spoke later', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).otherClaims = [
      {
        date: '2023-09-19',
        values: { killed: 30 },
        qualifier: 'exact',
        status: 'alleged',
        citations: ['azerbaijani-army-mine-blasts'],
      },
    ];
    expect(countFigure(converted(doc), casualties)).not.toHaveProperty('shown');
  });

  it('refuses a first-format file that breaks its own rules, with the notice', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).measures[0].value = -1;
    const result = readDataset(doc);
    expect([result.ok ? [] : result.issues.map((i) => i.path), result.notices]).toEqual([
      ['figures[1].measures[0].value'],
      [LEGACY_NOTICE],
    ]);
  });

  it('refuses a history value for an unknown measure, at the claim it became', () => {
    const doc = legacySeed();
    legacyFigure(doc, casualties).history = [
      { date: '2023-09-18', values: { wounded: 3 }, citations: ['zartonk-casualties'] },
    ];
    const result = readDataset(doc);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'claims[1].values[0].measure', message: expect.stringContaining('Unknown measure "wounded"') },
    ]);
  });
});

describe('readUpdate in the first format', () => {
  const NOW = '2023-09-21T12:00:00Z';
  const laterCount = {
    id: 'later-count',
    claimedBy: 'medya-news',
    publishedBy: 'medya-news',
    title: 'A later report',
    url: 'https://example.org/later',
    publishedOn: '2023-09-19',
    note: 'A later count.',
  };

  function read(figures: unknown[], extra: object = {}) {
    return readUpdate({ dataset: SEED_ID, citations: [laterCount], figures, ...extra }, seedDataset());
  }

  function readClaims(figures: unknown[]): Claim[] {
    const result = read(figures);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.data.claims ?? [];
  }

  it('recognises an update whose figures say no kind', () => {
    expect(looksLegacyUpdate({ dataset: SEED_ID, figures: [{ id: 'population-under-blockade' }] })).toBe(true);
  });

  it('does not take an update of whole figures for the first format', () => {
    expect(looksLegacyUpdate({ dataset: SEED_ID, figures: seedDataset().figures })).toBe(false);
  });

  it('turns a new value into a claim, with the notice', () => {
    const result = read([
      {
        id: 'population-under-blockade',
        date: '2023-09-19',
        measures: [{ key: 'population', value: 100000, qualifier: 'about' }],
        citations: ['later-count'],
      },
    ]);
    expect(result).toEqual({
      ok: true,
      data: {
        dataset: SEED_ID,
        citations: [laterCount],
        claims: [
          {
            id: 'population-under-blockade-2023-09-19-2',
            figure: 'population-under-blockade',
            date: '2023-09-19',
            values: [{ measure: 'population', value: 100000, qualifier: 'about' }],
            status: 'reported',
            citation: 'later-count',
          },
        ],
      },
      notices: [LEGACY_UPDATE_NOTICE],
    });
  });

  it('keeps the qualifier of the value shown when the update leaves it out', () => {
    const [claim] = readClaims([
      {
        id: 'population-under-blockade',
        date: '2023-09-19',
        measures: [{ key: 'population', value: 100000 }],
        citations: ['later-count'],
      },
    ]);
    expect(claim?.values?.[0]?.qualifier).toBe('about');
  });

  it('keeps the status of the value shown when the update leaves it out', () => {
    const [claim] = readClaims([
      {
        id: 'mine-blast-deaths-alleged',
        date: '2023-09-19',
        measures: [{ key: 'civilians', value: 3 }],
        citations: ['azerbaijani-army-mine-blasts'],
      },
    ]);
    expect(claim?.status).toBe('alleged');
  });

  it('takes the qualifier and status the update gives', () => {
    const [claim] = readClaims([
      {
        id: 'mine-blast-deaths-alleged',
        date: '2023-09-19',
        status: 'disputed',
        measures: [{ key: 'civilians', value: 3, qualifier: 'at-least' }],
        citations: ['azerbaijani-army-mine-blasts'],
      },
    ]);
    expect([claim?.status, claim?.values?.[0]?.qualifier]).toEqual(['disputed', 'at-least']);
  });

  it('writes one claim per citation', () => {
    const claims = readClaims([
      {
        id: 'casualties-19-september',
        date: '2023-09-19',
        measures: [{ key: 'killed', value: 3 }],
        citations: ['zartonk-casualties', 'later-count'],
      },
    ]);
    expect(claims.map((c) => [c.id, c.citation])).toEqual([
      ['casualties-19-september-2023-09-19-2', 'zartonk-casualties'],
      ['casualties-19-september-2023-09-19-3', 'later-count'],
    ]);
  });

  it('dates a claim to the dataset’s date when the update gives none', () => {
    const [claim] = readClaims([
      { id: 'casualties-19-september', measures: [{ key: 'killed', value: 3 }], citations: ['zartonk-casualties'] },
    ]);
    expect(claim?.date).toBe('2023-09-19');
  });

  it('gives a duration its new dates, keeping the rest of it', () => {
    const result = read([{ id: 'blockade-duration', end: '2023-09-19', citations: ['medya-blockade-population'] }]);
    const duration = seedDataset().figures.find((f) => f.id === 'blockade-duration');
    expect(result.ok && result.data.figures).toEqual([
      { ...duration, end: '2023-09-19', endCitation: 'medya-blockade-population' },
    ]);
  });

  it('refuses an unknown figure at its place in the update', () => {
    const result = read([
      { id: 'population-under-blockade', measures: [{ key: 'population', value: 1 }], citations: ['later-count'] },
      { id: 'no-such-figure', measures: [{ key: 'x', value: 1 }], citations: ['later-count'] },
    ]);
    expect([result.ok ? [] : result.issues, result.notices]).toEqual([
      [{ path: 'figures[1].id', message: expect.stringContaining('No such figure "no-such-figure"') }],
      [LEGACY_UPDATE_NOTICE],
    ]);
  });

  it('refuses a value the first format refused, at its place in the update', () => {
    const result = read([
      { id: 'casualties-19-september', measures: [{ key: 'killed', value: -1 }], citations: ['zartonk-casualties'] },
    ]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['figures[0].measures[0].value']);
  });

  it('gives a converted update that applies, showing its value', () => {
    const result = read([
      {
        id: 'population-under-blockade',
        date: '2023-09-19',
        measures: [{ key: 'population', value: 100000 }],
        citations: ['later-count'],
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const applied = applyUpdate(seedDataset(), result.data, NOW);
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    const dataset = applied.data;
    expect(
      figureValueText(countFigure(dataset, 'population-under-blockade'), dataset.asOf, indexDataset(dataset)),
    ).toBe('about 100,000 ethnic Armenians');
  });
});
