import { describe, expect, it } from 'vitest';
import type { Figure } from '../schema/schema';
import { claimFreshness, DEFAULT_EXPECTED_UPDATE_DAYS, expectedUpdateDays, expectedUpdateText } from './staleness';
import { seedDataset } from '../../../test/fixtures';

const ASOF = '2024-02-15';

describe('claimFreshness', () => {
  it('is fresh and current on the data’s own date', () => {
    expect(claimFreshness(ASOF, ASOF, 7)).toEqual({ stale: false, days: 0, text: 'Current at the data’s date' });
  });

  it('says one day in the singular', () => {
    expect(claimFreshness('2024-02-14', ASOF, 7).text).toBe('1 day older than the data’s date');
  });

  it('counts days up to two months', () => {
    expect(claimFreshness('2024-02-03', ASOF, 7).text).toBe('12 days older than the data’s date');
  });

  it('still counts days at 60', () => {
    expect(claimFreshness('2023-12-17', ASOF, 7).text).toBe('60 days older than the data’s date');
  });

  it('counts months past 60 days', () => {
    expect(claimFreshness('2023-12-16', ASOF, 7).text).toBe('2 months older than the data’s date');
  });

  it('counts whole months, never rounding up', () => {
    expect(claimFreshness('2023-09-10', ASOF, 7).text).toBe('5 months older than the data’s date');
  });

  it('counts months up to two years', () => {
    expect(claimFreshness('2022-03-01', ASOF, 7).text).toBe('23 months older than the data’s date');
  });

  it('counts years from two years', () => {
    expect(claimFreshness('2021-02-14', ASOF, 7).text).toBe('3 years older than the data’s date');
  });

  it('gives the days whatever the words', () => {
    expect(claimFreshness('2023-09-10', ASOF, 7).days).toBe(158);
  });

  it('is not stale at exactly the days expected', () => {
    expect(claimFreshness('2024-02-08', ASOF, 7).stale).toBe(false);
  });

  it('is stale one day past the days expected', () => {
    expect(claimFreshness('2024-02-07', ASOF, 7).stale).toBe(true);
  });

  it('follows the expectation it is given', () => {
    expect(claimFreshness('2024-01-20', ASOF, 30).stale).toBe(false);
  });

  it('treats a date after the data’s date as current', () => {
    expect(claimFreshness('2024-02-20', ASOF, 7)).toEqual({
      stale: false,
      days: 0,
      text: 'Current at the data’s date',
    });
  });
});

describe('expectedUpdateDays', () => {
  const seed = seedDataset();
  const count = seed.figures.find((f) => f.kind === 'count')!;
  const duration = seed.figures.find((f) => f.kind === 'duration')!;
  const withOwn = { ...count, expectedUpdateDays: 2 } as Figure;

  it('is a week when neither the figure nor the dataset says', () => {
    expect(expectedUpdateDays(count, { about: undefined })).toBe(DEFAULT_EXPECTED_UPDATE_DAYS);
  });

  it('is the dataset’s when the figure does not say', () => {
    expect(expectedUpdateDays(count, { about: { expectedUpdateDays: 30 } })).toBe(30);
  });

  it('is the figure’s own before the dataset’s', () => {
    expect(expectedUpdateDays(withOwn, { about: { expectedUpdateDays: 30 } })).toBe(2);
  });

  it('is the dataset’s for a duration', () => {
    expect(expectedUpdateDays(duration, { about: { expectedUpdateDays: 14 } })).toBe(14);
  });
});

describe('expectedUpdateText', () => {
  it.each([
    [1, 'every day'],
    [3, 'every 3 days'],
    [7, 'every week'],
    [14, 'every 2 weeks'],
    [30, 'every 30 days'],
  ])('words %i days as "%s"', (days, text) => {
    expect(expectedUpdateText(days)).toBe(text);
  });
});
