import { describe, expect, it } from 'vitest';
import { median, round, summarize } from './stats';

describe('median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('sorts numerically, not as text', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('is the value itself for one value', () => {
    expect(median([7])).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('round', () => {
  it('rounds to whole units by default', () => {
    expect(round(1234.56)).toBe(1235);
  });

  it('keeps the digits asked for', () => {
    expect(round(1.2345, 2)).toBe(1.23);
  });
});

describe('summarize', () => {
  it('gives the median and the range, rounded', () => {
    expect(summarize([812.4, 790.6, 1500.2])).toEqual({ median: 812, min: 791, max: 1500 });
  });

  it('keeps the digits asked for, for ratios', () => {
    expect(summarize([1.234, 0.987, 2.5], 2)).toEqual({ median: 1.23, min: 0.99, max: 2.5 });
  });

  it('is null when there is nothing to summarise', () => {
    expect(summarize([])).toBeNull();
  });
});
