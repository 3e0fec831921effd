/*
 * Calendar dates are handled as plain YYYY-MM-DD strings and turned into day
 * numbers in UTC, so no result ever depends on the machine's time zone or on
 * daylight-saving changes.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(date: string): [number, number, number] | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/* setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999. */
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/* The number written by the ASCII digits text[from..to). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/* Worked out from the calendar's rules rather than with a Date: every date in a dataset passes here. */
export function isRealDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Days since 1970-01-01 for a calendar date. Throws on a date that is not YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const p = parts(date);
  if (!p || !isRealDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [year, month, day] = p;
  return utcDate(year, month, day).getTime() / MS_PER_DAY;
}

/** Whole calendar days from start to end: 2022-12-12 to 2023-09-19 is 281. */
export function daysBetween(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: 'short' | 'long'): Intl.DateTimeFormat {
  let f = formatters.get(style);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: style,
      year: 'numeric',
    });
    formatters.set(style, f);
  }
  return f;
}

/** "19 Sep 2023" (short) or "19 September 2023" (long), the same in every time zone. */
export function formatDate(date: string, style: 'short' | 'long' = 'short'): string {
  return formatter(style).format(new Date(dayNumber(date) * MS_PER_DAY));
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** The calendar date of an instant, in UTC: used for timestamps such as a dataset's last edit. */
export function formatDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return isoDateTime;
  // Made once, on first use: building a formatter costs more than formatting, and none is needed before.
  dateTimeFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return dateTimeFormat.format(instant);
}

/**
 * When the figures on screen were received, for notices about a failed
 * refresh. 0 is the copy a page was built with, which was never fetched.
 */
export function describeFetchTime(updatedAt: number): string {
  return updatedAt > 0
    ? `last fetched ${formatDateTime(new Date(updatedAt).toISOString())}`
    : 'as built into this page';
}
