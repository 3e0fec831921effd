import type { CrisisEvent } from '../../data/schema/schema';
import { compareDates } from '../../data/schema/dates';
import { attributionOf } from '../../data/words/attribution';
import type { DatasetIndex } from '../../data/words/figures';
import { DateText } from '../../components/date-text';
import { SourceBadge } from '../../components/source-badge';
import { ArticleLinks } from '../../components/article-links';

export function EventList({ events, index }: { events: CrisisEvent[]; index: DatasetIndex }) {
  const ordered = [...events].sort((a, b) => compareDates(a.date, b.date));
  if (ordered.length === 0) return <p className="muted">No dated events are recorded in this dataset.</p>;
  return (
    <ol className="event-list">
      {ordered.map((event) => {
        const citation = index.citations.get(event.citations[0] ?? '');
        return (
          <li key={event.id} id={`event-${event.id}`} tabIndex={-1} className={`event event-${event.kind}`}>
            <p className="event-date">
              <DateText date={event.date} style="long" />
            </p>
            <h3 className="event-title">{event.title}</h3>
            {event.description && <p className="event-description">{event.description}</p>}
            <p className="event-source">
              <SourceBadge
                attribution={citation && attributionOf(citation, index.sources)}
                others={event.citations.length - 1}
              />{' '}
              · <ArticleLinks citationIds={event.citations} citations={index.citations} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
