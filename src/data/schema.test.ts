import { describe, it, expect } from 'vitest';
import { datasetSchema } from './schema';
import { validateDataset, type ValidationIssue } from './validate';
import { seedJson } from '../../test/fixtures';

/*
 * Each rejection starts from a deep copy of the seed dataset, changes one
 * thing, and checks where the problem is reported and what it says.
 *
 * The copy is typed loosely on purpose: the point is to write things into it
 * that the schema must refuse.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = any;

function seed(): Loose {
  return seedJson();
}

/** The issues for a dataset that must be rejected. */
function issuesOf(dataset: unknown): ValidationIssue[] {
  const result = validateDataset(dataset);
  if (result.ok) throw new Error('Expected the dataset to be rejected, but it was accepted');
  return result.issues;
}

/** The one issue reported at `path`; fails when there is none. */
function issueAt(dataset: unknown, path: string): ValidationIssue {
  const issues = issuesOf(dataset);
  const found = issues.find((issue) => issue.path === path);
  if (!found) {
    throw new Error(`No issue at "${path}"; issues were: ${issues.map((i) => `${i.path}: ${i.message}`).join(' | ')}`);
  }
  return found;
}

/** Every message reported at `path`. */
function messagesAt(dataset: unknown, path: string): string[] {
  return issuesOf(dataset)
    .filter((issue) => issue.path === path)
    .map((issue) => issue.message);
}

function accepted(dataset: unknown): boolean {
  const result = validateDataset(dataset);
  if (!result.ok)
    throw new Error(
      `Expected acceptance; issues were: ${result.issues.map((i) => `${i.path}: ${i.message}`).join(' | ')}`,
    );
  return true;
}

const casualties = 1; // figures[1] in the seed: a cumulative count with measures "killed" and "injured"
const duration = 2; // figures[2] in the seed: the blockade duration

describe('the seed dataset', () => {
  it('is accepted by validateDataset', () => {
    expect(validateDataset(seed())).toMatchObject({ ok: true });
  });

  it('is accepted by datasetSchema', () => {
    expect(datasetSchema.safeParse(seed()).success).toBe(true);
  });

  it('describes the figures the other tests change', () => {
    const dataset = seed();
    expect([dataset.figures[casualties].id, dataset.figures[duration].kind]).toEqual([
      'casualties-19-september',
      'duration',
    ]);
  });
});

describe('references between parts of the dataset', () => {
  it('rejects a citation claimed by an unknown source', () => {
    const dataset = seed();
    dataset.citations[0].claimedBy = 'nobody';
    expect(issueAt(dataset, 'citations[0].claimedBy').message).toContain('Unknown source "nobody"');
  });

  it('rejects a citation published by an unknown source', () => {
    const dataset = seed();
    dataset.citations[2].publishedBy = 'nobody';
    expect(issueAt(dataset, 'citations[2].publishedBy').message).toContain('Unknown source "nobody"');
  });

  it('rejects a figure citing an unknown citation', () => {
    const dataset = seed();
    dataset.figures[0].citations = ['medya-blockade-population', 'no-such-citation'];
    expect(issueAt(dataset, 'figures[0].citations[1]').message).toContain('Unknown citation "no-such-citation"');
  });

  it('rejects an event citing an unknown citation', () => {
    const dataset = seed();
    dataset.events[1].citations = ['no-such-citation'];
    expect(issueAt(dataset, 'events[1].citations[0]').message).toContain('Unknown citation');
  });

  it('rejects a figure without citations', () => {
    const dataset = seed();
    dataset.figures[0].citations = [];
    expect(issueAt(dataset, 'figures[0].citations').message).toContain('at least one citation');
  });
});

describe('duplicate ids', () => {
  it('rejects a duplicate figure id, pointing at the second use', () => {
    const dataset = seed();
    dataset.figures[3].id = dataset.figures[0].id;
    expect(issueAt(dataset, 'figures[3].id').message).toContain('Duplicate id "population-under-blockade": figures[0]');
  });

  it('rejects a duplicate source id, pointing at the second use', () => {
    const dataset = seed();
    dataset.sources[1].id = 'medya-news';
    expect(issueAt(dataset, 'sources[1].id').message).toContain('Duplicate id "medya-news"');
  });

  it('rejects a duplicate citation id', () => {
    const dataset = seed();
    dataset.citations[4].id = 'medya-blockade-population';
    expect(issueAt(dataset, 'citations[4].id').message).toContain('Duplicate id');
  });

  it('rejects a duplicate event id', () => {
    const dataset = seed();
    dataset.events[4].id = 'france-calls-security-council';
    expect(issueAt(dataset, 'events[4].id').message).toContain('Duplicate id');
  });

  it('rejects duplicate measure keys in one figure', () => {
    const dataset = seed();
    dataset.figures[casualties].measures[1].key = 'killed';
    expect(issueAt(dataset, `figures[${casualties}].measures[1].key`).message).toContain(
      'Duplicate measure key "killed"',
    );
  });
});

describe('dates', () => {
  it('rejects an impossible date', () => {
    const dataset = seed();
    dataset.events[0].date = '2023-02-30';
    expect(issueAt(dataset, 'events[0].date').message).toContain('does not exist');
  });

  it('rejects a date without zero padding', () => {
    const dataset = seed();
    dataset.figures[0].date = '2023-9-19';
    expect(issueAt(dataset, 'figures[0].date').message).toContain('YYYY-MM-DD');
  });

  it("rejects a figure dated after the dataset's date", () => {
    const dataset = seed();
    dataset.figures[0].date = '2023-09-20';
    expect(issueAt(dataset, 'figures[0].date').message).toContain('after the dataset');
  });

  it("rejects an event dated after the dataset's date", () => {
    const dataset = seed();
    dataset.events[2].date = '2023-10-01';
    expect(issueAt(dataset, 'events[2].date').message).toContain('after the dataset');
  });

  it("rejects a citation published after the dataset's date", () => {
    const dataset = seed();
    dataset.citations[0].publishedOn = '2023-09-20';
    expect(issueAt(dataset, 'citations[0].publishedOn').message).toContain('after the dataset');
  });

  it('accepts a date equal to the dataset date', () => {
    const dataset = seed();
    dataset.events[0].date = dataset.asOf;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a citation retrieved before it was published', () => {
    const dataset = seed();
    dataset.citations[0].retrievedOn = '2023-09-18';
    expect(issueAt(dataset, 'citations[0].retrievedOn').message).toContain('before it was published');
  });

  it('rejects a duration that ends before it starts', () => {
    const dataset = seed();
    dataset.figures[duration].end = '2022-12-01';
    expect(issueAt(dataset, `figures[${duration}].end`).message).toContain('before it starts');
  });

  it("rejects a duration that starts after the dataset's date", () => {
    const dataset = seed();
    dataset.figures[duration].start = '2023-09-20';
    expect(issueAt(dataset, `figures[${duration}].start`).message).toContain('after the dataset');
  });

  it("rejects a history point later than the figure's own date", () => {
    const dataset = seed();
    dataset.figures[casualties].date = '2023-09-18';
    dataset.figures[casualties].history = [
      { date: '2023-09-19', values: { killed: 1 }, citations: ['zartonk-casualties'] },
    ];
    expect(issueAt(dataset, `figures[${casualties}].history[0].date`).message).toContain(
      "later than the figure's own date",
    );
  });

  it('rejects an updatedAt without a time', () => {
    const dataset = seed();
    dataset.updatedAt = '2023-09-19';
    expect(issueAt(dataset, 'updatedAt').message).toContain('date and time');
  });
});

describe('counts', () => {
  it('rejects a breakdown larger than its total', () => {
    const dataset = seed();
    dataset.figures[casualties].measures[0].breakdown[0].value = 3;
    expect(issueAt(dataset, `figures[${casualties}].measures[0].breakdown[0].value`).message).toContain(
      'larger than its total',
    );
  });

  it('accepts a breakdown equal to its total', () => {
    const dataset = seed();
    dataset.figures[casualties].measures[0].breakdown[0].value = 2;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a negative count', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].value = -1;
    expect(issueAt(dataset, 'figures[0].measures[0].value').message).toContain('cannot be negative');
  });

  it('rejects a count that is not a whole number', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].value = 1.5;
    expect(issueAt(dataset, 'figures[0].measures[0].value').message).toContain('whole number');
  });

  it('rejects a string where a number belongs', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].value = '120000';
    expect(issueAt(dataset, 'figures[0].measures[0].value').message).toContain('Must be a number');
  });

  it('rejects a count above the largest safe integer', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].value = Number.MAX_SAFE_INTEGER + 1;
    expect(messagesAt(dataset, 'figures[0].measures[0].value')).toEqual(['Number is too large']);
  });

  it('rejects a count figure without measures', () => {
    const dataset = seed();
    dataset.figures[0].measures = [];
    expect(issueAt(dataset, 'figures[0].measures').message).toContain('at least one measure');
  });

  it('accepts the largest safe integer as a count', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].value = Number.MAX_SAFE_INTEGER;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a revision of 0', () => {
    const dataset = seed();
    dataset.revision = 0;
    expect(issueAt(dataset, 'revision').message).toContain('starts at 1');
  });
});

describe('measure keys in history and other claims', () => {
  it('rejects a history value for an unknown measure key', () => {
    const dataset = seed();
    dataset.figures[casualties].history = [
      { date: '2023-09-19', values: { wounded: 3 }, citations: ['zartonk-casualties'] },
    ];
    expect(issueAt(dataset, `figures[${casualties}].history[0].values.wounded`).message).toContain(
      'Unknown measure "wounded"',
    );
  });

  it('rejects an other claim for an unknown measure key, quoting a key with a hyphen', () => {
    const dataset = seed();
    dataset.figures[casualties].otherClaims = [
      {
        date: '2023-09-19',
        values: { 'police-officers': 3 },
        qualifier: 'exact',
        status: 'alleged',
        citations: ['azerbaijani-army-mine-blasts'],
      },
    ];
    expect(issueAt(dataset, `figures[${casualties}].otherClaims[0].values["police-officers"]`).message).toContain(
      'Unknown measure',
    );
  });

  it('rejects a history value for a key that is not an id', () => {
    const dataset = seed();
    dataset.figures[casualties].history = [
      { date: '2023-09-18', values: { Killed: 1 }, citations: ['zartonk-casualties'] },
    ];
    expect(issuesOf(dataset).map((i) => i.path)).toContain(`figures[${casualties}].history[0].values.Killed`);
  });
});

describe('cumulative counts', () => {
  const history = (killed: number, note?: string) => [
    {
      date: '2023-09-18',
      values: { killed, injured: 20 },
      citations: ['zartonk-casualties'],
      ...(note ? { note } : {}),
    },
  ];

  it('rejects a cumulative figure whose current value falls below its history without a note', () => {
    const dataset = seed();
    dataset.figures[casualties].history = history(5);
    expect(issueAt(dataset, `figures[${casualties}].measures`).message).toContain(
      '"killed" is a cumulative count but falls from 5 to 2',
    );
  });

  it('accepts a cumulative figure whose current value falls when the figure has a note', () => {
    const dataset = seed();
    dataset.figures[casualties].history = history(5);
    dataset.figures[casualties].note = 'Revised down after double-counted deaths were removed.';
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a history point of a cumulative figure that falls without a note', () => {
    const dataset = seed();
    dataset.figures[casualties].history = [
      { date: '2023-09-17', values: { killed: 2 }, citations: ['zartonk-casualties'] },
      { date: '2023-09-16', values: { killed: 3 }, citations: ['zartonk-casualties'] },
    ];
    // Sorted by date, 16 Sep (3) comes before 17 Sep (2), so the fall is at history[0].
    expect(issueAt(dataset, `figures[${casualties}].history[0].note`).message).toContain(
      'falls from 3 to 2 on 2023-09-17',
    );
  });

  it('accepts a history point of a cumulative figure that falls with a note', () => {
    const dataset = seed();
    dataset.figures[casualties].history = [
      { date: '2023-09-16', values: { killed: 3 }, citations: ['zartonk-casualties'] },
      {
        date: '2023-09-17',
        values: { killed: 2 },
        citations: ['zartonk-casualties'],
        note: 'One death was recounted.',
      },
    ];
    expect(accepted(dataset)).toBe(true);
  });

  it('accepts a figure that is not cumulative when its value falls', () => {
    const dataset = seed();
    dataset.figures[casualties].cumulative = false;
    dataset.figures[casualties].history = history(5);
    expect(accepted(dataset)).toBe(true);
  });
});

describe('strict shape', () => {
  it('rejects a misspelt key', () => {
    const dataset = seed();
    const measure = dataset.figures[0].measures[0];
    measure.vaule = measure.value;
    delete measure.value;
    expect(issueAt(dataset, 'figures[0].measures[0]').message).toContain('vaule');
  });

  it('reports the correctly spelt key as missing when it is misspelt', () => {
    const dataset = seed();
    const measure = dataset.figures[0].measures[0];
    measure.vaule = measure.value;
    delete measure.value;
    expect(issuesOf(dataset).map((i) => i.path)).toContain('figures[0].measures[0].value');
  });

  it('rejects an unknown top-level key', () => {
    const dataset = seed();
    dataset.asof = dataset.asOf;
    expect(issueAt(dataset, '').message).toContain('asof');
  });

  it('rejects a figure kind that is neither count nor duration', () => {
    const dataset = seed();
    dataset.figures[0].kind = 'gauge';
    expect(issueAt(dataset, 'figures[0].kind').message).toContain('"count" or "duration"');
  });

  it('rejects a duration with a count field', () => {
    const dataset = seed();
    dataset.figures[duration].value = 281;
    expect(issueAt(dataset, `figures[${duration}]`).message).toContain('value');
  });

  it('rejects an unknown status', () => {
    const dataset = seed();
    dataset.figures[0].status = 'rumoured';
    expect(issuesOf(dataset).map((i) => i.path)).toContain('figures[0].status');
  });

  it('rejects an unknown qualifier', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].qualifier = 'roughly';
    expect(issuesOf(dataset).map((i) => i.path)).toContain('figures[0].measures[0].qualifier');
  });
});

describe('URLs', () => {
  it('rejects a javascript: URL in a citation', () => {
    const dataset = seed();
    dataset.citations[0].url = 'javascript:alert(1)';
    expect(issueAt(dataset, 'citations[0].url').message).toContain('http:// or https://');
  });

  it('rejects a scheme-relative URL that a browser would resolve against the page', () => {
    const dataset = seed();
    dataset.citations[0].url = 'https:example.com/report';
    expect(issueAt(dataset, 'citations[0].url').message).toContain('http:// or https://');
  });

  it('rejects a relative URL in a citation', () => {
    const dataset = seed();
    dataset.citations[0].url = '/azerbaijan-initiates-attack';
    expect(issueAt(dataset, 'citations[0].url').message).toContain('http:// or https://');
  });

  it('rejects a data: URL in a source', () => {
    const dataset = seed();
    dataset.sources[0].url = 'data:text/html,<script>alert(1)</script>';
    expect(issueAt(dataset, 'sources[0].url').message).toContain('http:// or https://');
  });

  it.each([
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/report',
    'https://',
    'ftp://example.org/report',
    'file:///etc/passwd',
  ])('rejects %j at its path, with what a link must be', (url) => {
    const dataset = seed();
    dataset.citations[1].url = url;
    expect(issueAt(dataset, 'citations[1].url').message).toBe('Must be a full http:// or https:// URL');
  });

  it('accepts a plain http URL', () => {
    const dataset = seed();
    dataset.citations[0].url = 'http://example.org/report';
    expect(accepted(dataset)).toBe(true);
  });
});

describe('text and ids', () => {
  it('rejects an empty label', () => {
    const dataset = seed();
    dataset.figures[0].label = '';
    expect(issueAt(dataset, 'figures[0].label').message).toContain('Must not be empty');
  });

  it('rejects a label made only of spaces', () => {
    const dataset = seed();
    dataset.figures[0].label = '   ';
    expect(issueAt(dataset, 'figures[0].label').message).toContain('Must not be empty');
  });

  it('rejects an empty measure label', () => {
    const dataset = seed();
    dataset.figures[0].measures[0].label = '';
    expect(issueAt(dataset, 'figures[0].measures[0].label').message).toContain('Must not be empty');
  });

  it('rejects an id with spaces', () => {
    const dataset = seed();
    dataset.figures[0].id = 'population under blockade';
    expect(issueAt(dataset, 'figures[0].id').message).toContain('lower-case letters');
  });

  it('rejects an id with upper-case letters', () => {
    const dataset = seed();
    dataset.sources[0].id = 'Medya-News';
    expect(issueAt(dataset, 'sources[0].id').message).toContain('lower-case letters');
  });

  it('rejects an id with a double hyphen', () => {
    const dataset = seed();
    dataset.events[0].id = 'blockade--begins';
    expect(issueAt(dataset, 'events[0].id').message).toContain('single hyphens');
  });

  it('rejects an id longer than 80 characters', () => {
    const dataset = seed();
    dataset.id = 'a'.repeat(81);
    expect(issueAt(dataset, 'id').message).toContain('80 characters');
  });

  it('trims the labels it accepts', () => {
    const dataset = seed();
    dataset.figures[0].label = '  Population under blockade  ';
    expect(datasetSchema.parse(dataset).figures[0]?.label).toBe('Population under blockade');
  });
});
