import type { Dataset, HistoryPoint } from './schema';
import { compareDates } from './dates';

export type PathSegment = string | number;
export interface DataIssue {
  path: PathSegment[];
  message: string;
}

/*
 * Rules that the shape alone cannot express: references between parts of the
 * dataset, dates against the dataset's date, and numbers that contradict each
 * other. Runs only on data that already has the right shape.
 */
export function checkIntegrity(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path, message });

  const uniqueIds = (items: { id: string }[], list: 'sources' | 'citations' | 'figures' | 'events') => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else add([list, index, 'id'], `Duplicate id "${item.id}": ${list}[${first}] already uses it`);
    });
    return new Set(seen.keys());
  };
  const sourceIds = uniqueIds(dataset.sources, 'sources');
  const citationIds = uniqueIds(dataset.citations, 'citations');
  uniqueIds(dataset.figures, 'figures');
  uniqueIds(dataset.events, 'events');

  const notAfterAsOf = (date: string, path: PathSegment[]) => {
    if (compareDates(date, dataset.asOf) > 0) {
      add(path, `Date ${date} is after the dataset's date (asOf ${dataset.asOf})`);
    }
  };
  const citesKnown = (ids: string[], path: PathSegment[]) => {
    ids.forEach((id, i) => {
      if (!citationIds.has(id)) add([...path, i], `Unknown citation "${id}": no citation has this id`);
    });
  };

  dataset.citations.forEach((citation, i) => {
    for (const field of ['claimedBy', 'publishedBy'] as const) {
      if (!sourceIds.has(citation[field])) {
        add(['citations', i, field], `Unknown source "${citation[field]}": no source has this id`);
      }
    }
    notAfterAsOf(citation.publishedOn, ['citations', i, 'publishedOn']);
    if (citation.retrievedOn && compareDates(citation.retrievedOn, citation.publishedOn) < 0) {
      add(['citations', i, 'retrievedOn'], 'Retrieved before it was published');
    }
  });

  dataset.events.forEach((event, i) => {
    notAfterAsOf(event.date, ['events', i, 'date']);
    citesKnown(event.citations, ['events', i, 'citations']);
  });

  dataset.figures.forEach((figure, f) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['figures', f, ...rest];
    citesKnown(figure.citations, at('citations'));

    if (figure.kind === 'duration') {
      notAfterAsOf(figure.start, at('start'));
      if (figure.end) {
        notAfterAsOf(figure.end, at('end'));
        if (compareDates(figure.end, figure.start) < 0)
          add(at('end'), `Ends (${figure.end}) before it starts (${figure.start})`);
      }
      return;
    }

    notAfterAsOf(figure.date, at('date'));
    const keys = new Set<string>();
    figure.measures.forEach((measure, m) => {
      if (keys.has(measure.key)) add(at('measures', m, 'key'), `Duplicate measure key "${measure.key}"`);
      keys.add(measure.key);
      measure.breakdown?.forEach((part, b) => {
        if (part.value > measure.value) {
          add(
            at('measures', m, 'breakdown', b, 'value'),
            `Breakdown "${part.label}" (${part.value}) is larger than its total "${measure.label}" (${measure.value})`,
          );
        }
      });
    });

    const checkValues = (values: Record<string, number>, path: PathSegment[]) => {
      for (const key of Object.keys(values)) {
        if (!keys.has(key))
          add([...path, key], `Unknown measure "${key}": this figure measures ${[...keys].join(', ')}`);
      }
    };

    figure.history?.forEach((point, h) => {
      notAfterAsOf(point.date, at('history', h, 'date'));
      if (compareDates(point.date, figure.date) > 0) {
        add(
          at('history', h, 'date'),
          `A history point (${point.date}) cannot be later than the figure's own date (${figure.date})`,
        );
      }
      checkValues(point.values, at('history', h, 'values'));
      citesKnown(point.citations, at('history', h, 'citations'));
    });

    figure.otherClaims?.forEach((claim, c) => {
      notAfterAsOf(claim.date, at('otherClaims', c, 'date'));
      checkValues(claim.values, at('otherClaims', c, 'values'));
      citesKnown(claim.citations, at('otherClaims', c, 'citations'));
    });

    if (figure.cumulative) {
      const current: HistoryPoint = {
        date: figure.date,
        values: Object.fromEntries(figure.measures.map((m) => [m.key, m.value])),
        citations: figure.citations,
        note: figure.note,
      };
      for (const drop of cumulativeDrops(figure.history ?? [], current)) {
        const path = drop.index === null ? at('measures') : at('history', drop.index, 'note');
        add(
          path,
          `"${drop.key}" is a cumulative count but falls from ${drop.from} to ${drop.to} on ${drop.date}; add a note saying why`,
        );
      }
    }
  });

  return issues;
}

interface Drop {
  index: number | null;
  key: string;
  from: number;
  to: number;
  date: string;
}

/* A cumulative count (people killed so far) may only fall when a note explains why, such as a revision. */
function cumulativeDrops(history: HistoryPoint[], current: HistoryPoint): Drop[] {
  const points = history
    .map((point, index) => ({ point, index: index as number | null }))
    .sort((a, b) => compareDates(a.point.date, b.point.date));
  points.push({ point: current, index: null });

  const drops: Drop[] = [];
  const last = new Map<string, number>();
  for (const { point, index } of points) {
    for (const [key, value] of Object.entries(point.values)) {
      const before = last.get(key);
      if (before !== undefined && value < before && !point.note) {
        drops.push({ index, key, from: before, to: value, date: point.date });
      }
      last.set(key, value);
    }
  }
  return drops;
}
