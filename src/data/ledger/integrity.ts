import type { Claim, CountFigure, Dataset, Figure, Measure } from '../schema/schema';
import { activeClaims, claimantLookup, indexClaims, valueFor, type ClaimantOf, type ClaimIndex } from './claims';

export type PathSegment = string | number;
export interface DataIssue {
  path: PathSegment[];
  message: string;
}

type Add = (path: PathSegment[], message: string) => void;

const REPLACING = ['supersedes', 'retracts'] as const;
const NUMBERS = ['value', 'low', 'high'] as const;

/*
 * Rules that the shape alone cannot express: references between parts of the
 * dataset, dates against the dataset's date, and numbers that contradict each
 * other. Runs only on data that already has the right shape.
 *
 * A dataset may hold millions of claims, so the per-claim work builds no path
 * until there is a problem to report, and every lookup is made once.
 * Dates are YYYY-MM-DD, so comparing the strings compares the days.
 */
export function checkIntegrity(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const add: Add = (path, message) => issues.push({ path, message });
  const { asOf } = dataset;

  const index = indexClaims(dataset.claims);
  const sourceIds = uniqueIds(dataset.sources, 'sources', add);
  const citationIds = uniqueIds(dataset.citations, 'citations', add);
  uniqueIds(dataset.figures, 'figures', add);
  uniqueClaimIds(dataset.claims, index, add);
  uniqueIds(dataset.events, 'events', add);

  const afterAsOf = (date: string) => `Date ${date} is after the dataset's date (asOf ${asOf})`;
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
    if (citation.publishedOn > asOf) add(['citations', i, 'publishedOn'], afterAsOf(citation.publishedOn));
    if (citation.retrievedOn && citation.retrievedOn < citation.publishedOn) {
      add(['citations', i, 'retrievedOn'], 'Retrieved before it was published');
    }
  });

  dataset.events.forEach((event, i) => {
    if (event.date > asOf) add(['events', i, 'date'], afterAsOf(event.date));
    citesKnown(event.citations, ['events', i, 'citations']);
  });

  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  let claimantOf: ClaimantOf | undefined;

  dataset.figures.forEach((figure, f) => {
    if (figure.kind === 'duration') {
      citesKnown(figure.citations, ['figures', f, 'citations']);
      if (figure.start > asOf) add(['figures', f, 'start'], afterAsOf(figure.start));
      if (figure.end) {
        if (figure.end > asOf) add(['figures', f, 'end'], afterAsOf(figure.end));
        if (figure.end < figure.start)
          add(['figures', f, 'end'], `Ends (${figure.end}) before it starts (${figure.start})`);
      }
      if (figure.endCitation !== undefined && !citationIds.has(figure.endCitation)) {
        add(['figures', f, 'endCitation'], `Unknown citation "${figure.endCitation}": no citation has this id`);
      }
      return;
    }
    const keys = new Set<string>();
    figure.measures.forEach((measure, m) => {
      if (keys.has(measure.key)) add(['figures', f, 'measures', m, 'key'], `Duplicate measure key "${measure.key}"`);
      keys.add(measure.key);
    });
    if (figure.shown) checkShown(figure, ['figures', f, 'shown', 'claim'], index, add);
    if (figure.cumulative) {
      claimantOf ??= claimantLookup(new Map(dataset.citations.map((c) => [c.id, c])));
      checkCumulative(figure, dataset.claims, index, claimantOf, add);
    }
  });

  checkCuration(dataset, figures, add);

  const measuresOf = new Map<CountFigure, Map<string, Measure>>();
  const seenTargets = new Map<string, number>();
  dataset.claims.forEach((claim, i) => {
    if (claim.date > asOf) add(['claims', i, 'date'], afterAsOf(claim.date));
    if (!citationIds.has(claim.citation))
      add(['claims', i, 'citation'], `Unknown citation "${claim.citation}": no citation has this id`);

    const figure = figures.get(claim.figure);
    if (!figure) {
      add(['claims', i, 'figure'], `Unknown figure "${claim.figure}": no figure has this id`);
    } else if (figure.kind === 'duration') {
      add(
        ['claims', i, 'figure'],
        `"${figure.id}" is a duration: its days are counted from its dates, so it takes no claims`,
      );
    } else if (claim.values) {
      let measures = measuresOf.get(figure);
      if (!measures) {
        measures = new Map(figure.measures.map((m) => [m.key, m]));
        measuresOf.set(figure, measures);
      }
      checkValues(figure, measures, claim.values, i, add);
    }

    for (const field of REPLACING) {
      const target = claim[field];
      if (target === undefined) continue;
      const earlier = index.byId.get(target);
      const position = index.position.get(target) ?? Infinity;
      if (!earlier) add(['claims', i, field], `Unknown claim "${target}": no claim has this id`);
      else if (target === claim.id) add(['claims', i, field], 'A claim cannot replace itself');
      else if (position > i)
        add(['claims', i, field], `"${target}" comes later in the ledger: a correction follows what it corrects`);
      else if (earlier.figure !== claim.figure)
        add(['claims', i, field], `"${target}" is about "${earlier.figure}", not "${claim.figure}"`);
      else if (earlier.retracts !== undefined) add(['claims', i, field], `"${target}" is itself a retraction`);
      else {
        const first = seenTargets.get(target);
        if (first !== undefined)
          add(['claims', i, field], `"${target}" was already replaced or withdrawn by claims[${first}]`);
        else seenTargets.set(target, i);
      }
    }
  });

  return issues;
}

/*
 * The maintainers' choices of what the dashboard shows first and how it
 * groups the rest: every figure named exists, a headline is chosen once,
 * and a figure sits in one topic at most.
 */
function checkCuration(dataset: Dataset, figures: Map<string, Figure>, add: Add) {
  const unknownFigure = (id: string) => `Unknown figure "${id}": no figure has this id`;
  const headlines = new Map<string, number>();
  dataset.headlines?.forEach((id, i) => {
    const first = headlines.get(id);
    if (!figures.has(id)) add(['headlines', i], unknownFigure(id));
    else if (first !== undefined) add(['headlines', i], `"${id}" is already a headline, at headlines[${first}]`);
    else headlines.set(id, i);
  });

  const topicIds = new Map<string, number>();
  const topicOf = new Map<string, [topic: number, place: number]>();
  dataset.topics?.forEach((topic, t) => {
    const first = topicIds.get(topic.id);
    if (first !== undefined) add(['topics', t, 'id'], `Duplicate id "${topic.id}": topics[${first}] already uses it`);
    else topicIds.set(topic.id, t);
    topic.figures.forEach((id, i) => {
      const earlier = topicOf.get(id);
      if (!figures.has(id)) add(['topics', t, 'figures', i], unknownFigure(id));
      else if (earlier !== undefined) {
        const [other, place] = earlier;
        add(
          ['topics', t, 'figures', i],
          `"${id}" is already in topics[${other}].figures[${place}] ("${dataset.topics![other]!.label}"): a figure belongs to one topic at most`,
        );
      } else topicOf.set(id, [t, i]);
    });
  });
}

/* Each id once in its list; the first use of each id, by position. */
function uniqueIds(
  items: { id: string }[],
  list: 'sources' | 'citations' | 'figures' | 'claims' | 'events',
  add: Add,
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else add([list, index, 'id'], `Duplicate id "${item.id}": ${list}[${first}] already uses it`);
  });
  return seen;
}

/*
 * The same rule for the claims, which may number millions: the index already
 * has each id's last place, so only an id used more than once needs more.
 */
function uniqueClaimIds(claims: Claim[], index: ClaimIndex, add: Add) {
  const firstOfRepeated = new Map<string, number>();
  claims.forEach((claim, i) => {
    const first = firstOfRepeated.get(claim.id);
    if (first !== undefined) add(['claims', i, 'id'], `Duplicate id "${claim.id}": claims[${first}] already uses it`);
    else if (index.position.get(claim.id) !== i) firstOfRepeated.set(claim.id, i);
  });
}

function checkShown(figure: CountFigure, path: PathSegment[], index: ClaimIndex, add: Add) {
  const id = figure.shown!.claim;
  const claim = index.byId.get(id);
  if (!claim) add(path, `Unknown claim "${id}": no claim has this id`);
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

function checkValues(
  figure: CountFigure,
  measures: Map<string, Measure>,
  values: NonNullable<Claim['values']>,
  i: number,
  add: Add,
) {
  values.forEach((v, j) => {
    const measure = measures.get(v.measure);
    if (!measure) {
      add(
        ['claims', i, 'values', j, 'measure'],
        `Unknown measure "${v.measure}": "${figure.id}" measures ${[...measures.keys()].join(', ')}`,
      );
      return;
    }
    // An earlier value with the same key was a known measure too, so it counted as given.
    for (let k = 0; k < j; k++) {
      if (values[k]!.measure === v.measure) {
        add(['claims', i, 'values', j, 'measure'], `Measure "${v.measure}" is given twice in this claim`);
        break;
      }
    }
    if (!measure.decimals) {
      for (const field of NUMBERS) {
        const n = v[field];
        if (n !== undefined && !Number.isInteger(n)) {
          add(
            ['claims', i, 'values', j, field],
            `Must be a whole number: "${measure.key}" counts whole ${figure.unit}`,
          );
        }
      }
    }
    const total = v.value ?? v.high;
    v.breakdown?.forEach((part, b) => {
      if (total !== undefined && part.value > total) {
        add(
          ['claims', i, 'values', j, 'breakdown', b, 'value'],
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
function checkCumulative(figure: CountFigure, claims: Claim[], index: ClaimIndex, claimantOf: ClaimantOf, add: Add) {
  // Each party's last value of each measure key, at the key's first place in figure.measures.
  const slots = figure.measures.map((measure) => figure.measures.findIndex((m) => m.key === measure.key));
  const last = new Map<string, (number | undefined)[]>();
  for (const claim of activeClaims(figure.id, index)) {
    const party = claimantOf(claim);
    let before = last.get(party);
    if (!before) {
      before = [];
      last.set(party, before);
    }
    figure.measures.forEach((measure, m) => {
      const value = valueFor(claim, measure.key);
      if (!value) return;
      const low = value.value ?? value.low ?? 0;
      const previous = before[slots[m]!];
      if (previous !== undefined && low < previous && !claim.note) {
        add(
          ['claims', index.position.get(claim.id) ?? claims.indexOf(claim), 'note'],
          `"${measure.key}" is a cumulative count but falls from ${previous} to ${low} on ${claim.date} in ${party}'s own reports; add a note saying why`,
        );
      }
      before[slots[m]!] = low;
    });
  }
}
