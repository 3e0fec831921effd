import { describe, it, expect } from 'vitest';
import { datasetSchema } from '../ledger/dataset-schema';
import { validateDataset, type ValidationIssue } from '../checks/validate';
import { seedJson } from '../../../test/fixtures';

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
const population = 0; // claims[0] in the seed: about 120,000, cited to Medya News
const casualtiesClaim = 1; // claims[1] in the seed: 2 killed (1 child) and 23 injured on 19 September, claimed by Zartonk Media

/** A new claim about the casualties by Zartonk Media, the seed's own claimant, with the changes given. */
function casualtiesClaimWith(changes: Loose = {}): Loose {
  return {
    id: 'zartonk-later',
    figure: 'casualties-19-september',
    date: '2023-09-19',
    time: '22:30',
    values: [{ measure: 'killed', value: 3, qualifier: 'exact' }],
    status: 'reported',
    citation: 'zartonk-casualties',
    ...changes,
  };
}

/** Appends claims to the ledger and returns the index of the first one. */
function append(dataset: Loose, ...claims: Loose[]): number {
  dataset.claims.push(...claims);
  return dataset.claims.length - claims.length;
}

function retractionOf(target: string, changes: Loose = {}): Loose {
  return {
    id: `${target}-withdrawn`,
    figure: 'casualties-19-september',
    date: '2023-09-19',
    status: 'reported',
    citation: 'zartonk-casualties',
    retracts: target,
    note: 'Withdrawn by its author.',
    ...changes,
  };
}

describe('the seed dataset', () => {
  it('is accepted by validateDataset', () => {
    expect(validateDataset(seed())).toMatchObject({ ok: true });
  });

  it('is accepted by datasetSchema', () => {
    expect(datasetSchema.safeParse(seed()).success).toBe(true);
  });

  it('describes the figures and claims the other tests change', () => {
    const dataset = seed();
    expect([
      dataset.figures[casualties].id,
      dataset.figures[duration].kind,
      dataset.claims[population].figure,
      dataset.claims[casualtiesClaim].figure,
    ]).toEqual(['casualties-19-september', 'duration', 'population-under-blockade', 'casualties-19-september']);
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

  it('rejects a duration citing an unknown citation', () => {
    const dataset = seed();
    dataset.figures[duration].citations = ['medya-blockade-population', 'no-such-citation'];
    expect(issueAt(dataset, `figures[${duration}].citations[1]`).message).toContain(
      'Unknown citation "no-such-citation"',
    );
  });

  it('rejects a claim citing an unknown citation', () => {
    const dataset = seed();
    dataset.claims[population].citation = 'no-such-citation';
    expect(issueAt(dataset, `claims[${population}].citation`).message).toBe(
      'Unknown citation "no-such-citation": no citation has this id',
    );
  });

  it('rejects an event citing an unknown citation', () => {
    const dataset = seed();
    dataset.events[1].citations = ['no-such-citation'];
    expect(issueAt(dataset, 'events[1].citations[0]').message).toContain('Unknown citation');
  });

  it('rejects a duration without citations', () => {
    const dataset = seed();
    dataset.figures[duration].citations = [];
    expect(issueAt(dataset, `figures[${duration}].citations`).message).toContain('at least one citation');
  });

  it('rejects a claim without a citation', () => {
    const dataset = seed();
    delete dataset.claims[population].citation;
    expect(issuesOf(dataset).map((i) => i.path)).toContain(`claims[${population}].citation`);
  });

  it('rejects a claim about an unknown figure', () => {
    const dataset = seed();
    dataset.claims[population].figure = 'no-such-figure';
    expect(issueAt(dataset, `claims[${population}].figure`).message).toBe(
      'Unknown figure "no-such-figure": no figure has this id',
    );
  });

  it('rejects a claim about a duration, whose days come from its dates', () => {
    const dataset = seed();
    dataset.claims[population].figure = 'blockade-duration';
    expect(issueAt(dataset, `claims[${population}].figure`).message).toContain('is a duration');
  });

  it('accepts a count figure that has no claims yet', () => {
    const dataset = seed();
    dataset.claims.splice(population, 1);
    expect(accepted(dataset)).toBe(true);
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

  it('rejects a duplicate claim id, pointing at the second use', () => {
    const dataset = seed();
    const i = append(dataset, casualtiesClaimWith({ id: dataset.claims[casualtiesClaim].id }));
    expect(issueAt(dataset, `claims[${i}].id`).message).toBe(
      `Duplicate id "casualties-19-september-2023-09-19": claims[${casualtiesClaim}] already uses it`,
    );
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
    dataset.claims[population].date = '2023-9-19';
    expect(issueAt(dataset, `claims[${population}].date`).message).toContain('YYYY-MM-DD');
  });

  it("rejects a claim dated after the dataset's date", () => {
    const dataset = seed();
    dataset.claims[population].date = '2023-09-20';
    expect(issueAt(dataset, `claims[${population}].date`).message).toBe(
      "Date 2023-09-20 is after the dataset's date (asOf 2023-09-19)",
    );
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

  it('accepts an earlier claim written after a later one: claims are ordered by their dates', () => {
    const dataset = seed();
    append(
      dataset,
      casualtiesClaimWith({
        date: '2023-09-18',
        time: undefined,
        values: [{ measure: 'killed', value: 1, qualifier: 'exact' }],
      }),
    );
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects an updatedAt without a time', () => {
    const dataset = seed();
    dataset.updatedAt = '2023-09-19';
    expect(issueAt(dataset, 'updatedAt').message).toContain('date and time');
  });
});

describe('time of day', () => {
  it('accepts a time on a 24-hour clock', () => {
    const dataset = seed();
    append(dataset, casualtiesClaimWith({ time: '23:59' }));
    expect(accepted(dataset)).toBe(true);
  });

  it.each(['24:00', '9:30', '12:60', '12:30:00', 'noon'])('rejects the time %j', (time) => {
    const dataset = seed();
    const i = append(dataset, casualtiesClaimWith({ time }));
    expect(issueAt(dataset, `claims[${i}].time`).message).toContain('HH:MM');
  });
});

describe('values', () => {
  it('rejects a breakdown larger than its total', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[0].breakdown[0].value = 3;
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[0].breakdown[0].value`).message).toBe(
      'Breakdown "children" (3) is larger than its total "civilians killed" (2)',
    );
  });

  it('accepts a breakdown equal to its total', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[0].breakdown[0].value = 2;
    expect(accepted(dataset)).toBe(true);
  });

  it("rejects a breakdown larger than a range's high end", () => {
    const dataset = seed();
    const killed = dataset.claims[casualtiesClaim].values[0];
    Object.assign(killed, { value: undefined, qualifier: undefined, low: 1, high: 5 });
    killed.breakdown[0].value = 6;
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[0].breakdown[0].value`).message).toContain(
      'larger than its total',
    );
  });

  it("accepts a breakdown above a range's low end but within its high end", () => {
    const dataset = seed();
    const killed = dataset.claims[casualtiesClaim].values[0];
    delete killed.value;
    delete killed.qualifier;
    Object.assign(killed, { low: 1, high: 5 });
    killed.breakdown[0].value = 3;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a negative value', () => {
    const dataset = seed();
    dataset.claims[population].values[0].value = -1;
    expect(issueAt(dataset, `claims[${population}].values[0].value`).message).toContain('cannot be negative');
  });

  it('rejects a negative count in a breakdown', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[0].breakdown[0].value = -1;
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[0].breakdown[0].value`).message).toContain(
      'cannot be negative',
    );
  });

  it('rejects a fractional value for a measure that counts whole things', () => {
    const dataset = seed();
    dataset.claims[population].values[0].value = 1.5;
    expect(issueAt(dataset, `claims[${population}].values[0].value`).message).toBe(
      'Must be a whole number: "population" counts whole people',
    );
  });

  it('rejects a fractional end of a range for a measure that counts whole things', () => {
    const dataset = seed();
    dataset.claims[population].values[0] = { measure: 'population', low: 100000, high: 120000.5 };
    expect(issueAt(dataset, `claims[${population}].values[0].high`).message).toContain('whole number');
  });

  it('accepts a fractional value for a measure with decimals', () => {
    const dataset = seed();
    dataset.figures[population].measures[0].decimals = true;
    dataset.claims[population].values[0].value = 1.5;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a fractional count in a breakdown, even for a measure with decimals', () => {
    const dataset = seed();
    dataset.figures[casualties].measures[0].decimals = true;
    dataset.claims[casualtiesClaim].values[0].breakdown[0].value = 0.5;
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[0].breakdown[0].value`).message).toContain(
      'whole number',
    );
  });

  it('rejects a string where a number belongs', () => {
    const dataset = seed();
    dataset.claims[population].values[0].value = '120000';
    expect(issueAt(dataset, `claims[${population}].values[0].value`).message).toContain('Must be a number');
  });

  it('rejects a value above the largest safe integer', () => {
    const dataset = seed();
    dataset.claims[population].values[0].value = Number.MAX_SAFE_INTEGER + 1;
    expect(messagesAt(dataset, `claims[${population}].values[0].value`)).toEqual(['Number is too large']);
  });

  it('accepts the largest safe integer as a value', () => {
    const dataset = seed();
    dataset.claims[population].values[0].value = Number.MAX_SAFE_INTEGER;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a count figure without measures', () => {
    const dataset = seed();
    dataset.figures[0].measures = [];
    expect(issueAt(dataset, 'figures[0].measures').message).toContain('at least one measure');
  });

  it('rejects a revision of 0', () => {
    const dataset = seed();
    dataset.revision = 0;
    expect(issueAt(dataset, 'revision').message).toContain('starts at 1');
  });
});

describe('the shape of a claim value', () => {
  const at = `claims[${population}].values[0]`;
  const withValue = (value: Loose) => {
    const dataset = seed();
    dataset.claims[population].values[0] = { measure: 'population', ...value };
    return dataset;
  };

  it('accepts a range without a qualifier', () => {
    expect(accepted(withValue({ low: 100000, high: 120000 }))).toBe(true);
  });

  it('accepts a range whose ends are equal', () => {
    expect(accepted(withValue({ low: 120000, high: 120000 }))).toBe(true);
  });

  it('rejects a value and a range together', () => {
    expect(issueAt(withValue({ value: 1, qualifier: 'exact', low: 1, high: 2 }), `${at}.value`).message).toBe(
      'Give either "value" or a range ("low" and "high"), not both',
    );
  });

  it('rejects neither a value nor a range', () => {
    expect(issueAt(withValue({ qualifier: 'exact' }), `${at}.value`).message).toBe(
      'Give "value", or a range with "low" and "high"',
    );
  });

  it('rejects a range without its high end', () => {
    expect(issueAt(withValue({ low: 1 }), `${at}.high`).message).toBe('A range needs both "low" and "high"');
  });

  it('rejects a range without its low end', () => {
    expect(issueAt(withValue({ high: 2 }), `${at}.low`).message).toBe('A range needs both "low" and "high"');
  });

  it('rejects a range whose low end is above its high end', () => {
    expect(issueAt(withValue({ low: 5, high: 2 }), `${at}.high`).message).toBe(
      'The range ends (2) below where it starts (5)',
    );
  });

  it('rejects a value without a qualifier', () => {
    expect(issueAt(withValue({ value: 1 }), `${at}.qualifier`).message).toContain('A value needs a qualifier');
  });

  it('rejects a range with a qualifier', () => {
    expect(issueAt(withValue({ low: 1, high: 2, qualifier: 'about' }), `${at}.qualifier`).message).toBe(
      'A range has no qualifier: its low and high say it',
    );
  });

  it('rejects a value for an unknown measure, naming the measures the figure has', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[1].measure = 'wounded';
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[1].measure`).message).toBe(
      'Unknown measure "wounded": "casualties-19-september" measures killed, injured',
    );
  });

  it("rejects another figure's measure in a claim", () => {
    const dataset = seed();
    const i = append(
      dataset,
      casualtiesClaimWith({
        citation: 'azerbaijani-army-mine-blasts',
        values: [{ measure: 'police-officers', value: 3, qualifier: 'exact' }],
      }),
    );
    expect(issueAt(dataset, `claims[${i}].values[0].measure`).message).toContain('Unknown measure "police-officers"');
  });

  it('rejects a measure key that is not an id', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[0].measure = 'Killed';
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[0].measure`).message).toContain('lower-case letters');
  });

  it('rejects a measure given twice in one claim', () => {
    const dataset = seed();
    dataset.claims[casualtiesClaim].values[1].measure = 'killed';
    expect(issueAt(dataset, `claims[${casualtiesClaim}].values[1].measure`).message).toBe(
      'Measure "killed" is given twice in this claim',
    );
  });
});

describe('the shape of a claim', () => {
  it('rejects a claim without values', () => {
    const dataset = seed();
    dataset.claims[population].values = [];
    expect(issueAt(dataset, `claims[${population}].values`).message).toBe('A claim needs at least one value');
  });

  it('rejects a claim that leaves out its values', () => {
    const dataset = seed();
    delete dataset.claims[population].values;
    expect(issueAt(dataset, `claims[${population}].values`).message).toBe('A claim needs at least one value');
  });

  it('accepts a retraction with a note and no values', () => {
    const dataset = seed();
    append(dataset, retractionOf('casualties-19-september-2023-09-19'));
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects a retraction that carries values', () => {
    const dataset = seed();
    const i = append(
      dataset,
      retractionOf('casualties-19-september-2023-09-19', {
        values: [{ measure: 'killed', value: 1, qualifier: 'exact' }],
      }),
    );
    expect(issueAt(dataset, `claims[${i}].values`).message).toContain('A retraction carries no values');
  });

  it('rejects a retraction without a note', () => {
    const dataset = seed();
    const i = append(dataset, retractionOf('casualties-19-september-2023-09-19', { note: undefined }));
    expect(issueAt(dataset, `claims[${i}].note`).message).toContain('needs a note');
  });

  it('rejects a record that both supersedes and retracts', () => {
    const dataset = seed();
    const i = append(
      dataset,
      retractionOf('casualties-19-september-2023-09-19', { supersedes: 'population-under-blockade-2023-09-19' }),
    );
    expect(issueAt(dataset, `claims[${i}].supersedes`).message).toBe('Give "supersedes" or "retracts", not both');
  });
});

describe.each(['supersedes', 'retracts'] as const)('a claim that %s another', (field) => {
  const target = 'casualties-19-september-2023-09-19';
  /** A correction or a retraction of `id`, as `field` says. */
  const replacing = (id: string, changes: Loose = {}): Loose =>
    field === 'supersedes'
      ? casualtiesClaimWith({ id: `fix-${id}`, supersedes: id, ...changes })
      : retractionOf(id, { id: `fix-${id}`, ...changes });

  it('is accepted for an earlier claim of the same figure', () => {
    const dataset = seed();
    append(dataset, replacing(target));
    expect(accepted(dataset)).toBe(true);
  });

  it('is rejected for an unknown claim', () => {
    const dataset = seed();
    const i = append(dataset, replacing('no-such-claim'));
    expect(issueAt(dataset, `claims[${i}].${field}`).message).toBe(
      'Unknown claim "no-such-claim": no claim has this id',
    );
  });

  it('is rejected for itself', () => {
    const dataset = seed();
    const i = append(dataset, replacing('self', { id: 'self' }));
    expect(issueAt(dataset, `claims[${i}].${field}`).message).toBe('A claim cannot replace itself');
  });

  it('is rejected for a claim later in the ledger', () => {
    const dataset = seed();
    const i = append(dataset, replacing('zartonk-later'), casualtiesClaimWith());
    expect(issueAt(dataset, `claims[${i}].${field}`).message).toContain('comes later in the ledger');
  });

  it("is rejected for another figure's claim", () => {
    const dataset = seed();
    const i = append(dataset, replacing('population-under-blockade-2023-09-19'));
    expect(issueAt(dataset, `claims[${i}].${field}`).message).toBe(
      '"population-under-blockade-2023-09-19" is about "population-under-blockade", not "casualties-19-september"',
    );
  });

  it('is rejected for a claim already replaced', () => {
    const dataset = seed();
    const i = append(
      dataset,
      casualtiesClaimWith({ id: 'first-fix', supersedes: target }),
      replacing(target, { id: 'second-fix' }),
    );
    expect(issueAt(dataset, `claims[${i + 1}].${field}`).message).toBe(
      `"${target}" was already replaced or withdrawn by claims[${i}]`,
    );
  });

  it('is rejected for a claim already withdrawn', () => {
    const dataset = seed();
    const i = append(dataset, retractionOf(target, { id: 'first-withdrawal' }), replacing(target, { id: 'second' }));
    expect(issueAt(dataset, `claims[${i + 1}].${field}`).message).toContain('already replaced or withdrawn');
  });

  it('is rejected for a retraction', () => {
    const dataset = seed();
    const i = append(dataset, retractionOf(target, { id: 'withdrawal' }), replacing('withdrawal'));
    expect(issueAt(dataset, `claims[${i + 1}].${field}`).message).toBe('"withdrawal" is itself a retraction');
  });
});

describe('the claim a figure shows', () => {
  const shownAt = `figures[${casualties}].shown.claim`;
  const show = (dataset: Loose, claim: string) => {
    dataset.figures[casualties].shown = { claim, reason: 'The maintainers trust this count more.' };
  };

  it('accepts a standing claim of the figure', () => {
    const dataset = seed();
    append(dataset, casualtiesClaimWith());
    show(dataset, 'casualties-19-september-2023-09-19');
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects an unknown claim', () => {
    const dataset = seed();
    show(dataset, 'no-such-claim');
    expect(issueAt(dataset, shownAt).message).toBe('Unknown claim "no-such-claim": no claim has this id');
  });

  it("rejects another figure's claim", () => {
    const dataset = seed();
    show(dataset, 'population-under-blockade-2023-09-19');
    expect(issueAt(dataset, shownAt).message).toContain('is about "population-under-blockade", not this figure');
  });

  it('rejects a superseded claim', () => {
    const dataset = seed();
    append(dataset, casualtiesClaimWith({ supersedes: 'casualties-19-september-2023-09-19' }));
    show(dataset, 'casualties-19-september-2023-09-19');
    expect(issueAt(dataset, shownAt).message).toBe(
      'Claim "casualties-19-september-2023-09-19" was superseded by "zartonk-later": show a claim that still stands',
    );
  });

  it('rejects a retracted claim', () => {
    const dataset = seed();
    append(dataset, retractionOf('casualties-19-september-2023-09-19'));
    show(dataset, 'casualties-19-september-2023-09-19');
    expect(issueAt(dataset, shownAt).message).toContain('was retracted by');
  });

  it('rejects a retraction, which has no value to show', () => {
    const dataset = seed();
    append(dataset, retractionOf('casualties-19-september-2023-09-19', { id: 'withdrawal' }));
    show(dataset, 'withdrawal');
    expect(issueAt(dataset, shownAt).message).toContain('is a retraction');
  });

  it('rejects a choice without a reason', () => {
    const dataset = seed();
    dataset.figures[casualties].shown = { claim: 'casualties-19-september-2023-09-19' };
    expect(issuesOf(dataset).map((i) => i.path)).toContain(`figures[${casualties}].shown.reason`);
  });
});

describe('cumulative counts', () => {
  /** Zartonk Media's own earlier report of more deaths than the seed's 2. */
  const earlierHigher = (changes: Loose = {}) =>
    casualtiesClaimWith({
      id: 'zartonk-earlier',
      date: '2023-09-18',
      time: undefined,
      values: [{ measure: 'killed', value: 5, qualifier: 'exact' }],
      ...changes,
    });

  it("rejects a fall in a party's own reports without a note, at the claim that falls", () => {
    const dataset = seed();
    append(dataset, earlierHigher());
    expect(issueAt(dataset, `claims[${casualtiesClaim}].note`).message).toBe(
      '"killed" is a cumulative count but falls from 5 to 2 on 2023-09-19 in zartonk-media\'s own reports; add a note saying why',
    );
  });

  it("accepts a fall in a party's own reports when the claim that falls has a note", () => {
    const dataset = seed();
    append(dataset, earlierHigher());
    dataset.claims[casualtiesClaim].note = 'Revised down after double-counted deaths were removed.';
    expect(accepted(dataset)).toBe(true);
  });

  it("accepts another party's lower value: a disagreement, not a fall", () => {
    const dataset = seed();
    append(
      dataset,
      casualtiesClaimWith({
        citation: 'azerbaijani-army-mine-blasts',
        values: [{ measure: 'killed', value: 1, qualifier: 'exact' }],
      }),
    );
    expect(accepted(dataset)).toBe(true);
  });

  it('accepts a fall from a value that was corrected since', () => {
    const dataset = seed();
    append(
      dataset,
      earlierHigher(),
      earlierHigher({
        id: 'zartonk-earlier-fixed',
        supersedes: 'zartonk-earlier',
        values: [{ measure: 'killed', value: 1, qualifier: 'exact' }],
      }),
    );
    expect(accepted(dataset)).toBe(true);
  });

  it('compares a range by its low end', () => {
    const dataset = seed();
    append(dataset, casualtiesClaimWith({ values: [{ measure: 'killed', low: 1, high: 10 }] }));
    expect(issueAt(dataset, 'claims[3].note').message).toContain('falls from 2 to 1');
  });

  it('accepts a fall in a figure that is not cumulative', () => {
    const dataset = seed();
    dataset.figures[casualties].cumulative = false;
    append(dataset, earlierHigher());
    expect(accepted(dataset)).toBe(true);
  });
});

describe('strict shape', () => {
  it('rejects a misspelt key', () => {
    const dataset = seed();
    const value = dataset.claims[population].values[0];
    value.vaule = value.value;
    delete value.value;
    expect(issueAt(dataset, `claims[${population}].values[0]`).message).toContain('vaule');
  });

  it('reports the correctly spelt key as missing when it is misspelt', () => {
    const dataset = seed();
    const measure = dataset.figures[0].measures[0];
    measure.lable = measure.label;
    delete measure.label;
    expect(issuesOf(dataset).map((i) => i.path)).toContain('figures[0].measures[0].label');
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
    dataset.figures[duration].measures = [];
    expect(issueAt(dataset, `figures[${duration}]`).message).toContain('measures');
  });

  it('rejects a count figure that carries a value of its own, from the earlier format', () => {
    const dataset = seed();
    dataset.figures[0].date = '2023-09-19';
    expect(issueAt(dataset, 'figures[0]').message).toContain('date');
  });

  it('rejects an unknown status', () => {
    const dataset = seed();
    dataset.claims[population].status = 'rumoured';
    expect(issuesOf(dataset).map((i) => i.path)).toContain(`claims[${population}].status`);
  });

  it('rejects an unknown qualifier', () => {
    const dataset = seed();
    dataset.claims[population].values[0].qualifier = 'roughly';
    expect(issuesOf(dataset).map((i) => i.path)).toContain(`claims[${population}].values[0].qualifier`);
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

describe('headlines', () => {
  it('accepts the seed’s four headline figures in its order', () => {
    expect(accepted(seed())).toBe(true);
  });

  it('accepts a dataset without headlines', () => {
    const dataset = seed();
    delete dataset.headlines;
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects an empty list', () => {
    const dataset = seed();
    dataset.headlines = [];
    expect(issueAt(dataset, 'headlines').message).toBe(
      'Choose at least one headline figure, or leave "headlines" out to show the first four figures',
    );
  });

  it('rejects more than six', () => {
    const dataset = seed();
    for (let i = 0; i < 3; i++) dataset.figures.push({ ...dataset.figures[duration], id: `extra-${i}` });
    dataset.headlines = [...dataset.headlines, 'extra-0', 'extra-1', 'extra-2'];
    expect(issueAt(dataset, 'headlines').message).toBe('At most 6 figures are headlines');
  });

  it('rejects an id that is no figure', () => {
    const dataset = seed();
    dataset.headlines[1] = 'no-such-figure';
    expect(issueAt(dataset, 'headlines[1]').message).toBe('Unknown figure "no-such-figure": no figure has this id');
  });

  it('rejects a figure given twice', () => {
    const dataset = seed();
    dataset.headlines[3] = dataset.headlines[0];
    expect(issueAt(dataset, 'headlines[3]').message).toBe(
      '"population-under-blockade" is already a headline, at headlines[0]',
    );
  });

  it('rejects "headline" on a figure: the dataset lists them', () => {
    const dataset = seed();
    delete dataset.headlines;
    dataset.figures[0].headline = true;
    expect(issueAt(dataset, 'figures[0]').message).toContain('"headline"');
  });
});

describe('topics', () => {
  const withTopics = (topics: Loose[]) => ({ ...seed(), topics });

  it('accepts topics that list figures in order, and an empty topic', () => {
    expect(
      accepted(
        withTopics([
          {
            id: 'deaths',
            label: 'Deaths and injuries',
            figures: ['mine-blast-deaths-alleged', 'casualties-19-september'],
          },
          { id: 'later', label: 'Later', figures: [] },
        ]),
      ),
    ).toBe(true);
  });

  it('rejects a figure that does not exist', () => {
    const dataset = withTopics([{ id: 'deaths', label: 'Deaths', figures: ['casualties-19-september', 'ghost'] }]);
    expect(issueAt(dataset, 'topics[0].figures[1]').message).toBe('Unknown figure "ghost": no figure has this id');
  });

  it('rejects a topic id used twice', () => {
    const dataset = withTopics([
      { id: 'deaths', label: 'Deaths', figures: [] },
      { id: 'deaths', label: 'Deaths again', figures: [] },
    ]);
    expect(issueAt(dataset, 'topics[1].id').message).toBe('Duplicate id "deaths": topics[0] already uses it');
  });

  it('rejects a figure in two topics', () => {
    const dataset = withTopics([
      { id: 'deaths', label: 'Deaths', figures: ['casualties-19-september'] },
      { id: 'offensive', label: 'The offensive', figures: ['blockade-duration', 'casualties-19-september'] },
    ]);
    expect(issueAt(dataset, 'topics[1].figures[1]').message).toBe(
      '"casualties-19-september" is already in topics[0].figures[0] ("Deaths"): a figure belongs to one topic at most',
    );
  });

  it('rejects a figure listed twice in one topic', () => {
    const dataset = withTopics([
      { id: 'deaths', label: 'Deaths', figures: ['casualties-19-september', 'casualties-19-september'] },
    ]);
    expect(messagesAt(dataset, 'topics[0].figures[1]')).toEqual([
      '"casualties-19-september" is already in topics[0].figures[0] ("Deaths"): a figure belongs to one topic at most',
    ]);
  });

  it('rejects a topic without a label', () => {
    const dataset = withTopics([{ id: 'deaths', label: ' ', figures: [] }]);
    expect(issueAt(dataset, 'topics[0].label').message).toBe('Must not be empty');
  });

  it('rejects a topic with an unknown key', () => {
    const dataset = withTopics([{ id: 'deaths', label: 'Deaths', figures: [], order: 1 }]);
    expect(issueAt(dataset, 'topics[0]').message).toContain('"order"');
  });
});

describe('how often a figure is expected to be reported', () => {
  it('accepts a number of days for the dataset and for a count figure', () => {
    const dataset = seed();
    dataset.about.expectedUpdateDays = 14;
    dataset.figures[casualties].expectedUpdateDays = 1;
    expect(accepted(dataset)).toBe(true);
  });

  it.each([
    [0, 'Must be at least 1 day'],
    [1.5, 'Must be a whole number of days'],
    ['7', 'Must be a number of days'],
  ])('rejects %j days for the dataset', (days, message) => {
    const dataset = seed();
    dataset.about.expectedUpdateDays = days;
    expect(issueAt(dataset, 'about.expectedUpdateDays').message).toBe(message);
  });

  it('rejects a figure’s own expectation that is not a whole number of days', () => {
    const dataset = seed();
    dataset.figures[casualties].expectedUpdateDays = -3;
    expect(issueAt(dataset, `figures[${casualties}].expectedUpdateDays`).message).toBe('Must be at least 1 day');
  });

  it('rejects an expectation on a duration, which takes no reports', () => {
    const dataset = seed();
    dataset.figures[duration].expectedUpdateDays = 7;
    expect(issueAt(dataset, `figures[${duration}]`).message).toContain('"expectedUpdateDays"');
  });
});

describe('the end of a duration', () => {
  it('accepts an end with the citation that dates it', () => {
    const dataset = seed();
    dataset.figures[duration].end = '2023-09-19';
    dataset.figures[duration].endCitation = 'medya-blockade-population';
    expect(accepted(dataset)).toBe(true);
  });

  it('rejects an end without its citation', () => {
    const dataset = seed();
    dataset.figures[duration].end = '2023-09-19';
    expect(issueAt(dataset, `figures[${duration}].endCitation`).message).toBe(
      'End a duration with its cited end date: give "endCitation", the citation that dates its end',
    );
  });

  it('rejects an end citation without an end', () => {
    const dataset = seed();
    dataset.figures[duration].endCitation = 'medya-blockade-population';
    expect(issueAt(dataset, `figures[${duration}].end`).message).toBe('An "endCitation" needs the "end" date it cites');
  });

  it('rejects an end citation that is no citation', () => {
    const dataset = seed();
    dataset.figures[duration].end = '2023-09-19';
    dataset.figures[duration].endCitation = 'nowhere';
    expect(issueAt(dataset, `figures[${duration}].endCitation`).message).toBe(
      'Unknown citation "nowhere": no citation has this id',
    );
  });
});
