import type { CountFigure, CrisisEvent, Qualifier, Status } from './schema';
import { compareDates, dayNumber } from './dates';

export interface SeriesPoint {
  date: string;
  values: Record<string, number>;
  citations: string[];
  note?: string;
  /** The figure's value as it stands now, as opposed to an earlier one. */
  current: boolean;
}

/** Every value the figure has had, oldest first, ending with the current one. */
export function historySeries(figure: CountFigure): SeriesPoint[] {
  const earlier = (figure.history ?? [])
    .map((point) => ({ ...point, current: false }))
    .sort((a, b) => compareDates(a.date, b.date));
  const current: SeriesPoint = {
    date: figure.date,
    values: Object.fromEntries(figure.measures.map((m) => [m.key, m.value])),
    citations: figure.citations,
    note: figure.note,
    current: true,
  };
  return [...earlier, current];
}

export interface Claim {
  date: string;
  values: Record<string, number>;
  qualifiers: Record<string, Qualifier>;
  status: Status;
  citations: string[];
  note?: string;
  /** The claim the figure shows; the others are what other parties said. */
  shown: boolean;
}

/* The figure's own claim first, then the others by date, none dropped or ranked. */
export function claimsAbout(figure: CountFigure): Claim[] {
  const own: Claim = {
    date: figure.date,
    values: Object.fromEntries(figure.measures.map((m) => [m.key, m.value])),
    qualifiers: Object.fromEntries(figure.measures.map((m) => [m.key, m.qualifier])),
    status: figure.status,
    citations: figure.citations,
    note: figure.note,
    shown: true,
  };
  const others = (figure.otherClaims ?? [])
    .map((claim) => ({
      date: claim.date,
      values: claim.values,
      qualifiers: Object.fromEntries(Object.keys(claim.values).map((key) => [key, claim.qualifier])),
      status: claim.status,
      citations: claim.citations,
      note: claim.note,
      shown: false,
    }))
    .sort((a, b) => compareDates(a.date, b.date));
  return [own, ...others];
}

export function isContested(figure: CountFigure): boolean {
  return (figure.otherClaims?.length ?? 0) > 0;
}

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
