import { describe, expect, it } from 'vitest';
import type { Claim, ClaimValue, CountFigure } from '../schema/schema';
import {
  claimantLookup,
  claimsOfFigure,
  compareClaims,
  currentDisagreements,
  currentValues,
  disagreementOn,
  indexClaims,
  shownClaims,
  standingOf,
  valueInterval,
} from './claims';
import { allDisagreements, claimantCounts, seriesByClaimant } from './claim-history';

/*
 * Each rule on a small ledger written for the case: one figure with two
 * measures, and three parties, each with its own citations.
 */

const figure: CountFigure = {
  id: 'casualties',
  kind: 'count',
  label: 'Casualties',
  unit: 'people',
  measures: [
    { key: 'killed', label: 'killed' },
    { key: 'injured', label: 'injured' },
  ],
};
const killedMeasure = figure.measures[0]!;

const claimantOf = claimantLookup(
  new Map([
    ['a-report', { claimedBy: 'party-a' }],
    ['a-later-report', { claimedBy: 'party-a' }],
    ['b-report', { claimedBy: 'party-b' }],
    ['c-report', { claimedBy: 'party-c' }],
  ]),
);

const killed = (value: number, qualifier: ClaimValue['qualifier'] = 'exact'): ClaimValue => ({
  measure: 'killed',
  value,
  qualifier,
});
const injured = (value: number): ClaimValue => ({ measure: 'injured', value, qualifier: 'exact' });
const killedBetween = (low: number, high: number): ClaimValue => ({ measure: 'killed', low, high });

function claim(id: string, citation: string, date: string, values: ClaimValue[], extra: Partial<Claim> = {}): Claim {
  return { id, figure: figure.id, date, values, status: 'reported', citation, ...extra };
}

function retraction(id: string, target: string, date = '2023-09-19'): Claim {
  return {
    id,
    figure: figure.id,
    date,
    status: 'reported',
    citation: 'a-report',
    retracts: target,
    note: 'Withdrawn.',
  };
}

const ids = (claims: Claim[]) => claims.map((c) => c.id);

function shown(claims: Claim[], of: CountFigure = figure) {
  return currentValues(of, indexClaims(claims)).map((v) => [v.measure.key, v.value.value, v.claim.id]);
}

describe('standingOf', () => {
  const first = claim('first', 'a-report', '2023-09-18', [killed(2)]);

  it('is active for a claim nothing replaces', () => {
    expect(standingOf(first, indexClaims([first]))).toBe('active');
  });

  it('is superseded for a claim a correction replaces', () => {
    const fix = claim('fix', 'a-report', '2023-09-18', [killed(3)], { supersedes: 'first' });
    expect(standingOf(first, indexClaims([first, fix]))).toBe('superseded');
  });

  it('is retracted for a claim a retraction withdraws', () => {
    expect(standingOf(first, indexClaims([first, retraction('gone', 'first')]))).toBe('retracted');
  });

  it('is retraction for the record that withdraws a claim', () => {
    const gone = retraction('gone', 'first');
    expect(standingOf(gone, indexClaims([first, gone]))).toBe('retraction');
  });

  it('keeps active the correction that replaced a claim', () => {
    const fix = claim('fix', 'a-report', '2023-09-18', [killed(3)], { supersedes: 'first' });
    expect(standingOf(fix, indexClaims([first, fix]))).toBe('active');
  });

  it('is retracted, not superseded, for a claim both corrected and withdrawn', () => {
    const fix = claim('fix', 'a-report', '2023-09-18', [killed(3)], { supersedes: 'first' });
    expect(standingOf(first, indexClaims([first, fix, retraction('gone', 'first')]))).toBe('retracted');
  });

  it('is retracted, not superseded, when the retraction was written first', () => {
    const fix = claim('fix', 'a-report', '2023-09-18', [killed(3)], { supersedes: 'first' });
    expect(standingOf(first, indexClaims([first, retraction('gone', 'first'), fix]))).toBe('retracted');
  });
});

describe('compareClaims', () => {
  const order = (claims: Claim[]) => {
    const index = indexClaims(claims);
    return ids([...claims].sort((a, b) => compareClaims(a, b, index)));
  };

  it('puts the earlier date first, whatever the ledger order', () => {
    const later = claim('later', 'a-report', '2023-09-19', [killed(2)]);
    const earlier = claim('earlier', 'a-report', '2023-09-18', [killed(1)]);
    expect(order([later, earlier])).toEqual(['earlier', 'later']);
  });

  it('puts an untimed claim before a timed one of the same day, though written after it', () => {
    const timed = claim('timed', 'a-report', '2023-09-19', [killed(2)], { time: '08:00' });
    const untimed = claim('untimed', 'a-report', '2023-09-19', [killed(1)]);
    expect(order([timed, untimed])).toEqual(['untimed', 'timed']);
  });

  it('puts the earlier time of day first', () => {
    const evening = claim('evening', 'a-report', '2023-09-19', [killed(2)], { time: '22:30' });
    const morning = claim('morning', 'a-report', '2023-09-19', [killed(1)], { time: '09:15' });
    expect(order([evening, morning])).toEqual(['morning', 'evening']);
  });

  it('falls back to the ledger order for the same date and time', () => {
    const second = claim('second', 'a-report', '2023-09-19', [killed(2)], { time: '12:00' });
    const first = claim('first', 'b-report', '2023-09-19', [killed(1)], { time: '12:00' });
    expect(order([second, first])).toEqual(['second', 'first']);
  });

  it('falls back to the ledger order for two untimed claims of one day', () => {
    const x = claim('x', 'a-report', '2023-09-19', [killed(2)]);
    const y = claim('y', 'b-report', '2023-09-19', [killed(1)]);
    expect(order([y, x])).toEqual(['y', 'x']);
  });

  it('lists a figure’s claims oldest first, whatever their standing', () => {
    const first = claim('first', 'a-report', '2023-09-18', [killed(2)]);
    const later = claim('later', 'a-report', '2023-09-19', [killed(3)]);
    const gone = retraction('gone', 'first', '2023-09-17');
    expect(ids(claimsOfFigure(figure.id, indexClaims([later, first, gone])))).toEqual(['gone', 'first', 'later']);
  });
});

describe('currentValues', () => {
  it('takes each measure from the latest standing claim, by date rather than ledger order', () => {
    const later = claim('later', 'a-report', '2023-09-19', [killed(5), injured(9)]);
    const earlier = claim('earlier', 'a-report', '2023-09-18', [killed(2), injured(3)]);
    expect(shown([later, earlier])).toEqual([
      ['killed', 5, 'later'],
      ['injured', 9, 'later'],
    ]);
  });

  it('leaves the other measures as they were when a claim gives only some', () => {
    const both = claim('both', 'a-report', '2023-09-18', [killed(2), injured(3)]);
    const killedOnly = claim('killed-only', 'a-report', '2023-09-19', [killed(5)]);
    expect(shown([both, killedOnly])).toEqual([
      ['killed', 5, 'killed-only'],
      ['injured', 3, 'both'],
    ]);
  });

  it('shows the maintainers’ chosen claim over a later one', () => {
    const chosen = claim('chosen', 'a-report', '2023-09-18', [killed(2)]);
    const later = claim('later', 'b-report', '2023-09-19', [killed(40)]);
    const withShown = { ...figure, shown: { claim: 'chosen', reason: 'The later count is unverified.' } };
    expect(shown([chosen, later], withShown)).toEqual([['killed', 2, 'chosen']]);
  });

  it('gives the maintainers’ reason with the chosen claim', () => {
    const chosen = claim('chosen', 'a-report', '2023-09-18', [killed(2)]);
    const later = claim('later', 'b-report', '2023-09-19', [killed(40)]);
    const withShown = { ...figure, shown: { claim: 'chosen', reason: 'The later count is unverified.' } };
    expect(currentValues(withShown, indexClaims([chosen, later]))[0]?.reason).toBe('The later count is unverified.');
  });

  it('gives no reason for a value that is simply the latest', () => {
    expect(
      currentValues(figure, indexClaims([claim('only', 'a-report', '2023-09-19', [killed(2)])]))[0],
    ).not.toHaveProperty('reason');
  });

  it('takes a measure the chosen claim does not give from the latest standing claim', () => {
    const chosen = claim('chosen', 'a-report', '2023-09-18', [killed(2)]);
    const later = claim('later', 'b-report', '2023-09-19', [killed(40), injured(7)]);
    const withShown = { ...figure, shown: { claim: 'chosen', reason: 'The later count is unverified.' } };
    expect(shown([chosen, later], withShown)).toEqual([
      ['killed', 2, 'chosen'],
      ['injured', 7, 'later'],
    ]);
  });

  it('never shows a superseded claim, even when it is the latest', () => {
    const wrong = claim('wrong', 'a-report', '2023-09-19', [killed(50)]);
    const fix = claim('fix', 'a-report', '2023-09-18', [killed(5)], { supersedes: 'wrong' });
    expect(shown([wrong, fix])).toEqual([['killed', 5, 'fix']]);
  });

  it('never shows a retracted claim: the one before it shows again', () => {
    const earlier = claim('earlier', 'a-report', '2023-09-18', [killed(2)]);
    const withdrawn = claim('withdrawn', 'b-report', '2023-09-19', [killed(50)]);
    expect(shown([earlier, withdrawn, retraction('gone', 'withdrawn')])).toEqual([['killed', 2, 'earlier']]);
  });

  it('shows nothing when the only claim was retracted', () => {
    const withdrawn = claim('withdrawn', 'a-report', '2023-09-19', [killed(50)]);
    expect(shown([withdrawn, retraction('gone', 'withdrawn')])).toEqual([]);
  });

  it('shows nothing for a figure without claims', () => {
    const other = claim('other', 'a-report', '2023-09-19', [killed(2)], { figure: 'another-figure' });
    expect(shown([other])).toEqual([]);
  });

  it('lists the claims behind the current values once each, in measure order', () => {
    const both = claim('both', 'a-report', '2023-09-19', [killed(2), injured(3)]);
    const injuredOnly = claim('injured-only', 'b-report', '2023-09-18', [injured(1)]);
    expect(ids(shownClaims(figure, indexClaims([injuredOnly, both])))).toEqual(['both']);
  });
});

describe('valueInterval', () => {
  it('is a single point for an exact value', () => {
    expect(valueInterval(killed(25))).toEqual([25, 25]);
  });

  it('is a single point for an approximate value', () => {
    expect(valueInterval(killed(25, 'about'))).toEqual([25, 25]);
  });

  it('reaches up without end for "at least"', () => {
    expect(valueInterval(killed(25, 'at-least'))).toEqual([25, Infinity]);
  });

  it('reaches down to zero for "at most"', () => {
    expect(valueInterval(killed(25, 'at-most'))).toEqual([0, 25]);
  });

  it('is the range itself for a range', () => {
    expect(valueInterval(killedBetween(50, 1000))).toEqual([50, 1000]);
  });
});

describe('disagreementOn', () => {
  const on = (claims: Claim[], date = '2023-09-19') =>
    disagreementOn(figure, killedMeasure, date, indexClaims(claims), claimantOf);

  it('finds two parties whose values cannot both be true, with the spread and the parties', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(2)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    expect(on([a, b])).toEqual({
      measure: killedMeasure,
      date: '2023-09-19',
      claimants: ['party-a', 'party-b'],
      claims: [a, b],
      low: 2,
      high: 27,
    });
  });

  it('finds none when the values can both be true: "at least 25" and "27"', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(25, 'at-least')]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    expect(on([a, b])).toBeNull();
  });

  it('finds one when "at most 10" meets "12"', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(10, 'at-most')]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(12)]);
    expect(on([a, b])).toMatchObject({ low: 10, high: 12 });
  });

  it('finds none for a value inside another party’s range', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killedBetween(20, 30)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    expect(on([a, b])).toBeNull();
  });

  it('quotes a range by its ends in the spread', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killedBetween(50, 100)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(2)]);
    expect(on([a, b])).toMatchObject({ low: 2, high: 100 });
  });

  it('finds none when one party revises itself the same day: 25, then 27 at 22:30', () => {
    const morning = claim('morning', 'a-report', '2023-09-19', [killed(25)]);
    const evening = claim('evening', 'a-later-report', '2023-09-19', [killed(27)], { time: '22:30' });
    expect(on([morning, evening])).toBeNull();
  });

  it('counts only a party’s latest word of the day against another’s', () => {
    const morning = claim('morning', 'a-report', '2023-09-19', [killed(25)]);
    const evening = claim('evening', 'a-later-report', '2023-09-19', [killed(27)], { time: '22:30' });
    const other = claim('other', 'b-report', '2023-09-19', [killed(26, 'at-least')]);
    expect(on([morning, evening, other])).toBeNull();
  });

  it('does not count a superseded value', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(2)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    const fix = claim('fix', 'b-report', '2023-09-19', [killed(2)], { supersedes: 'b' });
    expect(on([a, b, fix])).toBeNull();
  });

  it('does not count a retracted value', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(2)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    expect(on([a, b, retraction('gone', 'b')])).toBeNull();
  });

  it('finds none between values given on different days', () => {
    const a = claim('a', 'a-report', '2023-09-18', [killed(2)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    expect([on([a, b], '2023-09-18'), on([a, b], '2023-09-19')]).toEqual([null, null]);
  });

  it('finds none for another measure than the one the parties differ on', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(2), injured(5)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27), injured(5)]);
    expect(disagreementOn(figure, figure.measures[1]!, '2023-09-19', indexClaims([a, b]), claimantOf)).toBeNull();
  });

  it('names every party of the day when three disagree', () => {
    const a = claim('a', 'a-report', '2023-09-19', [killed(2)]);
    const b = claim('b', 'b-report', '2023-09-19', [killed(27)]);
    const c = claim('c', 'c-report', '2023-09-19', [killed(10)]);
    expect(on([a, b, c])).toMatchObject({ claimants: ['party-a', 'party-b', 'party-c'], low: 2, high: 27 });
  });
});

describe('currentDisagreements and allDisagreements', () => {
  const earlierDispute = [
    claim('a-18', 'a-report', '2023-09-18', [killed(2)]),
    claim('b-18', 'b-report', '2023-09-18', [killed(27)]),
  ];
  const laterDispute = [
    claim('a-19', 'a-report', '2023-09-19', [killed(30)]),
    claim('b-19', 'b-report', '2023-09-19', [killed(40)]),
  ];
  const dates = (list: { date: string }[]) => list.map((d) => d.date);

  it('finds a disagreement on the day of the current value', () => {
    const found = currentDisagreements(figure, indexClaims(laterDispute), claimantOf);
    expect(found.map((d) => [d.measure.key, d.date, d.low, d.high])).toEqual([['killed', '2023-09-19', 30, 40]]);
  });

  it('leaves out a disagreement of an earlier day from the current ones', () => {
    const settled = [...earlierDispute, claim('a-19', 'a-report', '2023-09-19', [killed(30)])];
    expect(currentDisagreements(figure, indexClaims(settled), claimantOf)).toEqual([]);
  });

  it('keeps a disagreement of an earlier day among all of them', () => {
    const settled = [...earlierDispute, claim('a-19', 'a-report', '2023-09-19', [killed(30)])];
    expect(dates(allDisagreements(figure, indexClaims(settled), claimantOf))).toEqual(['2023-09-18']);
  });

  it('lists every day with a disagreement, oldest first', () => {
    const claims = [...laterDispute, ...earlierDispute];
    expect(dates(allDisagreements(figure, indexClaims(claims), claimantOf))).toEqual(['2023-09-18', '2023-09-19']);
  });

  it('finds none for a figure whose parties agree', () => {
    const claims = [
      claim('a', 'a-report', '2023-09-19', [killed(2)]),
      claim('b', 'b-report', '2023-09-19', [killed(2)]),
    ];
    expect(allDisagreements(figure, indexClaims(claims), claimantOf)).toEqual([]);
  });
});

describe('seriesByClaimant', () => {
  const series = (claims: Claim[], measure = 'killed') =>
    seriesByClaimant(figure, measure, indexClaims(claims), claimantOf).map((s) => [
      s.claimant,
      s.points.map((p) => p.value.value ?? p.value.low),
    ]);

  it('gives one series per claimant, in the order they first reported', () => {
    const claims = [
      claim('b-1', 'b-report', '2023-09-18', [killed(10)]),
      claim('a-1', 'a-report', '2023-09-17', [killed(1)]),
      claim('a-2', 'a-later-report', '2023-09-19', [killed(3)]),
    ];
    expect(series(claims)).toEqual([
      ['party-a', [1, 3]],
      ['party-b', [10]],
    ]);
  });

  it('puts each series in chronological order, whatever the ledger order', () => {
    const claims = [
      claim('a-3', 'a-report', '2023-09-19', [killed(3)], { time: '18:00' }),
      claim('a-2', 'a-report', '2023-09-19', [killed(2)]),
      claim('a-1', 'a-report', '2023-09-18', [killed(1)]),
    ];
    expect(series(claims)).toEqual([['party-a', [1, 2, 3]]]);
  });

  it('keeps standing claims only: superseded and retracted values are left out', () => {
    const claims = [
      claim('a-1', 'a-report', '2023-09-17', [killed(1)]),
      claim('a-wrong', 'a-report', '2023-09-18', [killed(90)]),
      claim('a-fix', 'a-report', '2023-09-18', [killed(9)], { supersedes: 'a-wrong' }),
      claim('a-withdrawn', 'a-report', '2023-09-19', [killed(50)]),
      retraction('gone', 'a-withdrawn'),
    ];
    expect(series(claims)).toEqual([['party-a', [1, 9]]]);
  });

  it('leaves out claims that do not give the measure', () => {
    const claims = [
      claim('a-1', 'a-report', '2023-09-18', [injured(4)]),
      claim('b-1', 'b-report', '2023-09-18', [killed(2), injured(5)]),
    ];
    expect(series(claims)).toEqual([['party-b', [2]]]);
  });

  it('is empty for a figure without claims', () => {
    expect(series([])).toEqual([]);
  });
});

describe('claimantCounts', () => {
  it('counts each claimant’s claims, under any citation of theirs, in the order each first appears', () => {
    const claims = [
      claim('b-1', 'b-report', '2023-09-17', [killed(10)]),
      claim('a-1', 'a-report', '2023-09-18', [killed(1)]),
      claim('a-2', 'a-later-report', '2023-09-19', [killed(3)]),
    ];
    expect(claimantCounts(claims, claimantOf)).toEqual([
      { claimant: 'party-b', claims: 1 },
      { claimant: 'party-a', claims: 2 },
    ]);
  });

  it('counts withdrawn and corrected claims and the records that withdraw them', () => {
    const claims = [
      claim('a-1', 'a-report', '2023-09-17', [killed(1)]),
      claim('a-fix', 'a-report', '2023-09-18', [killed(2)], { supersedes: 'a-1' }),
      retraction('a-gone', 'a-fix'),
    ];
    expect(claimantCounts(claims, claimantOf)).toEqual([{ claimant: 'party-a', claims: 3 }]);
  });
});
