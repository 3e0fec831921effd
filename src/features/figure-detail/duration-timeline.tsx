import type { Citation, CrisisEvent, DurationFigure } from '../../data/schema/schema';
import { durationOf } from '../../data/words/figures';
import { eventsWithin } from '../../data/ledger/timeline';
import { pluralDays } from '../../data/words/format';
import { daysBetween } from '../../data/schema/dates';
import { DateText } from '../../components/date-text';
import { ArticleLinks } from '../../components/article-links';

/* A duration drawn from its start to its end (or the dataset's date), with the dataset's events placed on it. */
export function DurationTimeline({
  figure,
  events,
  asOf,
  citations,
}: {
  figure: DurationFigure;
  events: CrisisEvent[];
  asOf: string;
  citations: Map<string, Citation>;
}) {
  const duration = durationOf(figure, asOf);
  const placed = eventsWithin(events, duration.start, duration.end);
  return (
    <>
      <div className="duration-bar" aria-hidden="true">
        {placed.map(({ event, position }) => (
          <span key={event.id} className="duration-mark" style={{ left: `${(position * 100).toFixed(2)}%` }} />
        ))}
      </div>
      <ol className="duration-events">
        <li>
          <DateText date={duration.start} style="long" /> — start (day 0)
        </li>
        {placed.map(({ event }) => (
          <li key={event.id}>
            <DateText date={event.date} style="long" /> — {event.title} (day {daysBetween(duration.start, event.date)}){' '}
            <ArticleLinks citationIds={event.citations} citations={citations} />
          </li>
        ))}
        <li>
          <DateText date={duration.end} style="long" /> — {duration.ongoing ? 'dataset’s date, still ongoing' : 'end'} (
          {pluralDays(duration.days)})
        </li>
      </ol>
    </>
  );
}
