import type { Claim, CountFigure, Dataset } from './schema';
import { compareDates } from './dates';
import { activeClaims, claimantLookup, indexClaims, valueFor, type ClaimIndex } from './claims';

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

  const uniqueIds = (items: { id: string }[], list: 'sources' | 'citations' | 'figures' | 'claims' | 'events') => {
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
  uniqueIds(dataset.claims, 'claims');
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

  const index = indexClaims(dataset.claims);
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));

  dataset.figures.forEach((figure, f) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['figures', f, ...rest];
    if (figure.kind === 'duration') {
      citesKnown(figure.citations, at('citations'));
      notAfterAsOf(figure.start, at('start'));
      if (figure.end) {
        notAfterAsOf(figure.end, at('end'));
        if (compareDates(figure.end, figure.start) < 0)
          add(at('end'), `Ends (${figure.end}) before it starts (${figure.start})`);
      }
      return;
    }
    const keys = new Set<string>();
    figure.measures.forEach((measure, m) => {
      if (keys.has(measure.key)) add(at('measures', m, 'key'), `Duplicate measure key "${measure.key}"`);
      keys.add(measure.key);
    });
    if (figure.shown) {
      const claim = index.byId.get(figure.shown.claim);
      const path = at('shown', 'claim');
      if (!claim) add(path, `Unknown claim "${figure.shown.claim}": no claim has this id`);
      else if (claim.figure !== figure.id) add(path, `Claim "${claim.id}" is about "${claim.figure}", not this figure`);
      else if (claim.retracts !== undefined) add(path, `"${claim.id}" is a retraction: it has no value to show`);
      else if (index.retractedBy.has(claim.id) || index.supersededBy.has(claim.id)) {
        const by = index.retractedBy.get(claim.id) ?? index.supersededBy.get(claim.id)!;
        add(
          path,
          `Claim "${claim.id}" was ${index.retractedBy.has(claim.id) ? 'retracted' : 'superseded'} by "${by.id}": show a claim that still stands`,
        );
      }
    }
    if (figure.cumulative) checkCumulative(figure, dataset.claims, index, dataset, add);
  });

  const seenTargets = new Map<string, number>();
  dataset.claims.forEach((claim, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['claims', i, ...rest];
    notAfterAsOf(claim.date, at('date'));
    if (!citationIds.has(claim.citation))
      add(at('citation'), `Unknown citation "${claim.citation}": no citation has this id`);

    const figure = figures.get(claim.figure);
    if (!figure) {
      add(at('figure'), `Unknown figure "${claim.figure}": no figure has this id`);
    } else if (figure.kind === 'duration') {
      add(at('figure'), `"${figure.id}" is a duration: its days are counted from its dates, so it takes no claims`);
    } else {
      checkValues(figure, claim, at, add);
    }

    for (const field of ['supersedes', 'retracts'] as const) {
      const target = claim[field];
      if (target === undefined) continue;
      const earlier = index.byId.get(target);
      const position = index.position.get(target) ?? Infinity;
      if (!earlier) add(at(field), `Unknown claim "${target}": no claim has this id`);
      else if (target === claim.id) add(at(field), 'A claim cannot replace itself');
      else if (position > i)
        add(at(field), `"${target}" comes later in the ledger: a correction follows what it corrects`);
      else if (earlier.figure !== claim.figure)
        add(at(field), `"${target}" is about "${earlier.figure}", not "${claim.figure}"`);
      else if (earlier.retracts !== undefined) add(at(field), `"${target}" is itself a retraction`);
      else {
        const first = seenTargets.get(target);
        if (first !== undefined) add(at(field), `"${target}" was already replaced or withdrawn by claims[${first}]`);
        else seenTargets.set(target, i);
      }
    }
  });

  return issues;
}

function checkValues(
  figure: CountFigure,
  claim: Claim,
  at: (...rest: PathSegment[]) => PathSegment[],
  add: (path: PathSegment[], message: string) => void,
) {
  const measures = new Map(figure.measures.map((m) => [m.key, m]));
  const given = new Set<string>();
  claim.values?.forEach((v, j) => {
    const measure = measures.get(v.measure);
    if (!measure) {
      add(
        at('values', j, 'measure'),
        `Unknown measure "${v.measure}": "${figure.id}" measures ${[...measures.keys()].join(', ')}`,
      );
      return;
    }
    if (given.has(v.measure)) add(at('values', j, 'measure'), `Measure "${v.measure}" is given twice in this claim`);
    given.add(v.measure);
    if (!measure.decimals) {
      for (const field of ['value', 'low', 'high'] as const) {
        const n = v[field];
        if (n !== undefined && !Number.isInteger(n)) {
          add(at('values', j, field), `Must be a whole number: "${measure.key}" counts whole ${figure.unit}`);
        }
      }
    }
    const total = v.value ?? v.high;
    v.breakdown?.forEach((part, b) => {
      if (total !== undefined && part.value > total) {
        add(
          at('values', j, 'breakdown', b, 'value'),
          `Breakdown "${part.label}" (${part.value}) is larger than its total "${measure.label}" (${total})`,
        );
      }
    });
  });
}

/*
 * A cumulative count (people killed so far) may only fall when a note says
 * why. Each party's own reports are compared: a lower figure from another
 * party is a disagreement, not a fall.
 */
function checkCumulative(
  figure: CountFigure,
  claims: Claim[],
  index: ClaimIndex,
  dataset: Dataset,
  add: (path: PathSegment[], message: string) => void,
) {
  const claimantOf = claimantLookup(new Map(dataset.citations.map((c) => [c.id, c])));
  const last = new Map<string, number>();
  for (const claim of activeClaims(figure.id, index)) {
    const party = claimantOf(claim);
    for (const measure of figure.measures) {
      const value = valueFor(claim, measure.key);
      if (!value) continue;
      const low = value.value ?? value.low ?? 0;
      const key = `${party}\u0000${measure.key}`;
      const before = last.get(key);
      if (before !== undefined && low < before && !claim.note) {
        add(
          ['claims', index.position.get(claim.id) ?? claims.indexOf(claim), 'note'],
          `"${measure.key}" is a cumulative count but falls from ${before} to ${low} on ${claim.date} in ${party}'s own reports; add a note saying why`,
        );
      }
      last.set(key, low);
    }
  }
}
