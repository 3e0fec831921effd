import { describe, it, expect } from 'vitest';
import {
  formatCount,
  formatNumber,
  formatQualified,
  formatRange,
  megabytes,
  plural,
  pluralDays,
  qualifierWord,
  statusLabel,
  statusMeaning,
} from './format';
import { QUALIFIERS, STATUSES } from '../schema/schema';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(120000)).toBe('120,000');
  });

  it('groups millions', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes small numbers without separators', () => {
    expect(formatCount(23)).toBe('23');
  });

  it('writes zero as 0', () => {
    expect(formatCount(0)).toBe('0');
  });

  it('shows no decimals', () => {
    expect(formatCount(2.4)).toBe('2');
  });
});

describe('formatNumber', () => {
  it('writes a whole number by default, as a count', () => {
    expect(formatNumber(3.4)).toBe('3');
  });

  it('keeps decimals for a measure that allows them', () => {
    expect(formatNumber(3.4, true)).toBe('3.4');
  });

  it('keeps at most three decimal places', () => {
    expect(formatNumber(0.12345, true)).toBe('0.123');
  });

  it('adds no trailing zeros to a whole number that allows decimals', () => {
    expect(formatNumber(1500, true)).toBe('1,500');
  });
});

describe('formatRange', () => {
  it('writes both ends after "between"', () => {
    expect(formatRange(50, 1000)).toBe('between 50 and 1,000');
  });

  it('keeps the decimals of both ends when allowed', () => {
    expect(formatRange(2.5, 4.25, true)).toBe('between 2.5 and 4.25');
  });
});

describe('qualifierWord', () => {
  it('is empty for an exact value', () => {
    expect(qualifierWord('exact')).toBe('');
  });

  it('writes at-least as two words', () => {
    expect(qualifierWord('at-least')).toBe('at least');
  });
});

describe('formatQualified', () => {
  it('writes an exact value alone', () => {
    expect(formatQualified(23, 'exact')).toBe('23');
  });

  it('writes "about" before an approximate value', () => {
    expect(formatQualified(120000, 'about')).toBe('about 120,000');
  });

  it('writes "at least" before a lower bound', () => {
    expect(formatQualified(5, 'at-least')).toBe('at least 5');
  });

  it('writes "at most" before an upper bound', () => {
    expect(formatQualified(1000, 'at-most')).toBe('at most 1,000');
  });

  it('keeps the decimals of a value when allowed', () => {
    expect(formatQualified(3.4, 'about', true)).toBe('about 3.4');
  });

  it('gives a distinct text for every qualifier', () => {
    const texts = QUALIFIERS.map((q) => formatQualified(7, q));
    expect(new Set(texts).size).toBe(QUALIFIERS.length);
  });
});

describe('plural', () => {
  it('uses the singular for one', () => {
    expect(plural(1, 'source')).toBe('source');
  });

  it('adds an s for more than one', () => {
    expect(plural(2, 'source')).toBe('sources');
  });

  it('uses the plural for zero', () => {
    expect(plural(0, 'problem')).toBe('problems');
  });

  it('uses the plural for a fraction of one', () => {
    expect(plural(0.5, 'day')).toBe('days');
  });

  it('uses the plural form given, when it is not the singular plus s', () => {
    expect(plural(3, 'child', 'children')).toBe('children');
  });

  it('keeps the singular for one when a plural form is given', () => {
    expect(plural(1, 'child', 'children')).toBe('child');
  });
});

describe('pluralDays', () => {
  it('uses the singular for one day', () => {
    expect(pluralDays(1)).toBe('1 day');
  });

  it('uses the plural for 281 days', () => {
    expect(pluralDays(281)).toBe('281 days');
  });

  it('uses the plural for zero days', () => {
    expect(pluralDays(0)).toBe('0 days');
  });

  it('groups thousands', () => {
    expect(pluralDays(1500)).toBe('1,500 days');
  });

  it('uses the singular for one day back', () => {
    expect(pluralDays(-1)).toBe('-1 day');
  });
});

describe('megabytes', () => {
  const MB = 1024 * 1024;

  it('writes a whole number of megabytes without a decimal', () => {
    expect(megabytes(10 * MB)).toBe('10');
  });

  it('keeps one decimal when it is not zero', () => {
    expect(megabytes(10.5 * MB)).toBe('10.5');
  });

  it('rounds to one decimal', () => {
    expect(megabytes(12.34 * MB)).toBe('12.3');
  });

  it('drops the decimal when it rounds to zero', () => {
    expect(megabytes(20.01 * MB)).toBe('20');
  });

  it('writes less than a megabyte as a fraction', () => {
    expect(megabytes(512 * 1024)).toBe('0.5');
  });

  it('counts in binary megabytes', () => {
    expect(megabytes(10_000_000)).toBe('9.5');
  });
});

describe('statusLabel', () => {
  it.each(STATUSES)('has a non-empty label for %s', (status) => {
    expect(statusLabel(status).trim()).not.toBe('');
  });

  it('capitalises the label', () => {
    expect(statusLabel('alleged')).toBe('Alleged');
  });

  it('gives a distinct label for every status', () => {
    expect(new Set(STATUSES.map(statusLabel)).size).toBe(STATUSES.length);
  });
});

describe('statusMeaning', () => {
  it.each(STATUSES)('has a non-empty meaning for %s', (status) => {
    expect(statusMeaning(status).trim()).not.toBe('');
  });

  it('gives a distinct meaning for every status', () => {
    expect(new Set(STATUSES.map(statusMeaning)).size).toBe(STATUSES.length);
  });

  it('says that a disputed figure is contested', () => {
    expect(statusMeaning('disputed')).toMatch(/contest/i);
  });
});
