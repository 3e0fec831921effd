import { describe, it, expect } from 'vitest';
import {
  compareDates,
  dayNumber,
  daysBetween,
  describeFetchTime,
  formatDate,
  formatDateTime,
  isRealDate,
} from './dates';

describe('isRealDate', () => {
  it('accepts a date in the first century, which Date.UTC would misread', () => {
    expect(isRealDate('0099-12-31')).toBe(true);
  });

  it('accepts an ordinary date', () => {
    expect(isRealDate('2023-09-19')).toBe(true);
  });

  it('rejects 29 February in a common year', () => {
    expect(isRealDate('2023-02-29')).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('rejects 29 February in a century year that is not a leap year', () => {
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('accepts 29 February in a year divisible by 400', () => {
    expect(isRealDate('2000-02-29')).toBe(true);
  });

  it('rejects a thirteenth month', () => {
    expect(isRealDate('2023-13-01')).toBe(false);
  });

  it('rejects month 00', () => {
    expect(isRealDate('2023-00-10')).toBe(false);
  });

  it('rejects day 00', () => {
    expect(isRealDate('2023-09-00')).toBe(false);
  });

  it('rejects 31 in a 30-day month', () => {
    expect(isRealDate('2023-09-31')).toBe(false);
  });

  it('rejects a date without zero padding', () => {
    expect(isRealDate('2023-9-1')).toBe(false);
  });

  it('rejects a date with a time part', () => {
    expect(isRealDate('2023-09-19T00:00:00Z')).toBe(false);
  });

  it('rejects other separators', () => {
    expect(isRealDate('2023/09/19')).toBe(false);
  });

  it('rejects the empty string', () => {
    expect(isRealDate('')).toBe(false);
  });
});

describe('dayNumber', () => {
  it('is 0 for the Unix epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('counts whole days since 1970-01-01', () => {
    // 2000-01-01 is 10,957 days after the epoch (30 years, 7 of them leap years).
    expect(dayNumber('2000-01-01')).toBe(30 * 365 + 7);
  });

  it('is negative before the epoch', () => {
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('throws a RangeError on an impossible date', () => {
    expect(() => dayNumber('2023-02-30')).toThrow(RangeError);
  });

  it('throws a RangeError on a badly written date', () => {
    expect(() => dayNumber('19/09/2023')).toThrow(RangeError);
  });

  it('names the bad input in the error message', () => {
    expect(() => dayNumber('2023-9-1')).toThrow('2023-9-1');
  });
});

describe('daysBetween', () => {
  it('counts 281 days from the start of the blockade to 19 September 2023', () => {
    expect(daysBetween('2022-12-12', '2023-09-19')).toBe(281);
  });

  it('is 0 for the same date', () => {
    expect(daysBetween('2023-09-19', '2023-09-19')).toBe(0);
  });

  it('is negative when the end comes first', () => {
    expect(daysBetween('2023-09-19', '2022-12-12')).toBe(-281);
  });

  it('counts the leap day in a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('counts no leap day in a common year', () => {
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('crosses a year boundary', () => {
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
  });

  it('is 2 across the spring daylight-saving change in Europe (26 March 2023)', () => {
    expect(daysBetween('2023-03-25', '2023-03-27')).toBe(2);
  });

  it('is 2 across the autumn daylight-saving change in Europe (29 October 2023)', () => {
    expect(daysBetween('2023-10-28', '2023-10-30')).toBe(2);
  });

  it('is 2 across the spring daylight-saving change in the United States (12 March 2023)', () => {
    expect(daysBetween('2023-03-11', '2023-03-13')).toBe(2);
  });

  it('is a whole number across a daylight-saving change', () => {
    expect(Number.isInteger(daysBetween('2023-01-01', '2023-07-01'))).toBe(true);
  });

  it('throws a RangeError when a date is impossible', () => {
    expect(() => daysBetween('2023-02-29', '2023-03-01')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('is negative when the first date is earlier', () => {
    expect(compareDates('2022-12-12', '2023-09-19')).toBeLessThan(0);
  });

  it('is positive when the first date is later', () => {
    expect(compareDates('2023-09-20', '2023-09-19')).toBeGreaterThan(0);
  });

  it('is 0 for equal dates', () => {
    expect(compareDates('2023-09-19', '2023-09-19')).toBe(0);
  });
});

describe('formatDate', () => {
  it('writes the short form as day, abbreviated month and year', () => {
    // en-GB abbreviates September as "Sep" or "Sept" depending on the ICU version.
    expect(formatDate('2023-09-19', 'short')).toMatch(/^19 Sept? 2023$/);
  });

  it('uses the short form by default', () => {
    expect(formatDate('2023-09-19')).toMatch(/^19 Sept? 2023$/);
  });

  it('writes the long form with the full month name', () => {
    expect(formatDate('2023-09-19', 'long')).toBe('19 September 2023');
  });

  it('keeps the calendar day of the first of the month (no shift to the previous day)', () => {
    expect(formatDate('2023-01-01', 'long')).toBe('1 January 2023');
  });

  it('keeps the calendar day of the last day of the year', () => {
    expect(formatDate('2022-12-31', 'long')).toBe('31 December 2022');
  });

  it('formats a leap day', () => {
    expect(formatDate('2024-02-29', 'long')).toBe('29 February 2024');
  });

  it('throws a RangeError on an impossible date', () => {
    expect(() => formatDate('2023-02-30')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('gives the date, time and zone of a UTC instant', () => {
    expect(formatDateTime('2023-09-19T18:05:00Z')).toMatch(/^19 Sept? 2023,? 18:05 UTC$/);
  });

  it('converts an instant with an offset to UTC, including the date', () => {
    // 23:30 at UTC-5 on the 19th is 04:30 UTC on the 20th.
    expect(formatDateTime('2023-09-19T23:30:00-05:00')).toMatch(/^20 Sept? 2023,? 04:30 UTC$/);
  });

  it('returns the text unchanged when it is not a date and time', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('describeFetchTime', () => {
  it('gives the time figures were fetched, in UTC', () => {
    expect(describeFetchTime(Date.UTC(2026, 10, 24, 13, 5))).toBe('last fetched 24 Nov 2026, 13:05 UTC');
  });
  it('says the figures came with the page when they were never fetched', () => {
    expect(describeFetchTime(0)).toBe('as built into this page');
  });
});
