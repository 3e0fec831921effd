import type { Qualifier, Status } from '../schema/schema';

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return countFormat.format(value);
}

const decimalFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/* Counts are whole; a measure that allows decimals (a share, a price) keeps up to three places. */
export function formatNumber(value: number, decimals = false): string {
  return (decimals ? decimalFormat : countFormat).format(value);
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  'at-least': 'at least',
  'at-most': 'at most',
};

export function qualifierWord(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** "about 120,000", "at least 5", "23". */
export function formatQualified(value: number, qualifier: Qualifier, decimals = false): string {
  const word = qualifierWord(qualifier);
  const number = formatNumber(value, decimals);
  return word ? `${word} ${number}` : number;
}

/** "between 50 and 1,000". */
export function formatRange(low: number, high: number, decimals = false): string {
  return `between ${formatNumber(low, decimals)} and ${formatNumber(high, decimals)}`;
}

/** A size in megabytes (MiB) to one decimal, without a trailing ".0": "10", "10.5". */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** The word for `count` things: the singular for exactly one, else the plural (by default the singular plus "s"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

export function pluralDays(days: number): string {
  return `${formatCount(days)} ${plural(Math.abs(days), 'day')}`;
}

const STATUS_LABELS: Record<Status, string> = {
  reported: 'Reported',
  alleged: 'Alleged',
  confirmed: 'Confirmed',
  estimated: 'Estimated',
  disputed: 'Disputed',
};

/* Every status, for lists that explain them all. */
export const ALL_STATUSES = Object.keys(STATUS_LABELS) as Status[];

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

const STATUS_MEANINGS: Record<Status, string> = {
  reported: 'Published by the outlet named, which attributes it to the claimant; not independently verified.',
  alleged: 'A claim by a party to the events, published without verification; treat it as that party’s account.',
  confirmed: 'Verified by an independent source or by more than one independent source.',
  estimated: 'An approximation made by the claimant from partial information.',
  disputed: 'Other parties contest this number; see the other claims.',
};

export function statusMeaning(status: Status): string {
  return STATUS_MEANINGS[status];
}
