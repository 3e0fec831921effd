import type { Dataset, Figure } from '../schema/schema';
import { daysBetween } from '../schema/dates';
import { formatCount, plural } from './format';

/** How a figure's date stands to the dataset's date, in words. */
export function ageAgainstDataset(figureDate: string, asOf: string): string {
  const days = daysBetween(figureDate, asOf);
  if (days <= 0) return 'Current at the dataset’s date';
  return `${formatCount(days)} ${plural(days, 'day')} older than the dataset’s date`;
}

/** A figure dated within a week of the dataset's date counts as recent. */
export function isRecent(figureDate: string, asOf: string): boolean {
  return daysBetween(figureDate, asOf) < 7;
}

/*
 * A dataset more than a month behind today says plainly that it describes its
 * own date; readers quote these numbers and must not take them for today's.
 */
export function datasetStaleness(asOf: string, today: string): { stale: boolean; days: number; text: string } {
  const days = daysBetween(asOf, today);
  const years = Math.floor(days / 365.25);
  const span = years >= 1 ? `${years} ${plural(years, 'year')} ago` : `${formatCount(days)} ${plural(days, 'day')} ago`;
  return { stale: days > 30, days, text: span };
}

/** How often a figure is expected to be reported again when neither it nor the dataset says. */
export const DEFAULT_EXPECTED_UPDATE_DAYS = 7;

/** The days a figure may go without a new report: its own expectation, else the dataset's, else a week. */
export function expectedUpdateDays(figure: Figure, dataset: Pick<Dataset, 'about'>): number {
  const own = figure.kind === 'count' ? figure.expectedUpdateDays : undefined;
  return own ?? dataset.about?.expectedUpdateDays ?? DEFAULT_EXPECTED_UPDATE_DAYS;
}

/** "every day", "every week", "every 2 weeks", "every 10 days". */
export function expectedUpdateText(days: number): string {
  if (days === 1) return 'every day';
  if (days % 7 === 0) return days === 7 ? 'every week' : `every ${formatCount(days / 7)} weeks`;
  return `every ${formatCount(days)} days`;
}

export interface Freshness {
  /** Older than the maintainers expect against the data's date. */
  stale: boolean;
  /** Whole days from the shown number's date to the data's date. */
  days: number;
  /** "12 days older than the data’s date", "5 months older than the data’s date". */
  text: string;
}

/* Days up to two months, then months up to two years, then years: a reader needs the order of size, not the count. */
function age(days: number): string {
  if (days <= 60) return `${formatCount(days)} ${plural(days, 'day')}`;
  if (days < 730) {
    const months = Math.floor(days / 30.4375);
    return `${months} ${plural(months, 'month')}`;
  }
  const years = Math.floor(days / 365.25);
  return `${formatCount(years)} ${plural(years, 'year')}`;
}

/**
 * How old a shown number is against the data's date, and whether it is
 * older than the maintainers expect (`expectedDays`, from expectedUpdateDays).
 * Measured against the data's date, never today's, so it does not change as
 * the page is read later.
 */
export function claimFreshness(shownDate: string, asOf: string, expectedDays: number): Freshness {
  const days = Math.max(0, daysBetween(shownDate, asOf));
  const text = days === 0 ? 'Current at the data’s date' : `${age(days)} older than the data’s date`;
  return { stale: days > expectedDays, days, text };
}
