import type { CrisisEvent } from '../schema/schema';
import { compareDates, dayNumber } from '../schema/dates';

export interface PlacedEvent {
  event: CrisisEvent;
  /** Where the event falls between start (0) and end (1). */
  position: number;
}

/** The events that fall within a span of dates, placed along it for a timeline. */
export function eventsWithin(events: CrisisEvent[], start: string, end: string): PlacedEvent[] {
  const from = dayNumber(start);
  const length = Math.max(1, dayNumber(end) - from);
  return events
    .filter((e) => compareDates(e.date, start) >= 0 && compareDates(e.date, end) <= 0)
    .sort((a, b) => compareDates(a.date, b.date))
    .map((event) => ({ event, position: (dayNumber(event.date) - from) / length }));
}
