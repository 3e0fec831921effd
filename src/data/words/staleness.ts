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
