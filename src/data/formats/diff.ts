import type { Citation, Claim, CrisisEvent, Dataset, DatasetAbout, Figure, Source, Topic } from '../schema/schema';
import {
  citationAttributions,
  claimAttributionText,
  figureAttributions,
  figureDate,
  figureStatus,
  figureValueText,
  indexDataset,
  splitFigures,
  type DatasetIndex,
  type TopicHeading,
} from '../words/figures';
import { DEFAULT_EXPECTED_UPDATE_DAYS, expectedUpdateText } from '../words/staleness';
import { attributionLine } from '../words/attribution';
import { similarSources, sourceKindLabel } from '../words/sources';
import { linkHost } from '../schema/links';

export interface FigureState {
  /** As the dashboard shows it, such as "about 120,000 ethnic Armenians". */
  value: string;
  date: string;
  /** The source line of its card, such as "Zartonk Media via Medya News". */
  source: string;
  status?: string;
}

/** One field of a record already in the dataset that an import would change, worded as a reader sees it. */
export interface FieldChange {
  record: 'source' | 'citation' | 'figure' | 'event';
  id: string;
  /** The record's name after the change, to find it by. */
  name: string;
  field: string;
  before: string;
  after: string;
}

export interface FigureChange {
  id: string;
  label: string;
  change: 'changed' | 'added' | 'removed';
  before?: FigureState;
  after?: FigureState;
  /** Claims about this figure that the import adds, oldest first in ledger order. */
  newClaims: Claim[];
}

export interface NewSource {
  source: Source;
  /** Existing sources whose names suggest the same party: a hint against duplicates. */
  similar: Source[];
}

export interface ListChanges {
  added: number;
  changed: number;
  removed: number;
}

export interface TextChange {
  before: string;
  after: string;
}

export interface FigureName {
  id: string;
  label: string;
}

/** The headline figures in order, as the dashboard shows them before and after; `removed` are no longer headlines. */
export interface HeadlinesChange {
  before: FigureName[];
  after: FigureName[];
  removed: FigureName[];
}

/** A figure that joins, leaves or changes topic; null is no topic ("Other figures"). */
export interface TopicMove {
  figure: FigureName;
  from: TopicHeading | null;
  to: TopicHeading | null;
}

export interface TopicsChange {
  added: TopicHeading[];
  removed: TopicHeading[];
  renamed: { id: string; before: string; after: string }[];
  moved: TopicMove[];
  /** The topics kept are listed in another order. */
  reordered: boolean;
}

/** A duration whose end is set or moved, with who dates it. */
export interface EndedDuration {
  id: string;
  label: string;
  end: string;
  /** The end it had before, when it was moved. */
  before?: string;
  /** Who the end's citation credits, such as "Human Rights Defender via Armenpress". */
  source: string;
}

/** What an import would change, for a preview before it is applied. Revision and updatedAt always change, so they are left out. */
export interface DatasetDiff {
  figures: FigureChange[];
  /** Every changed field of the sources, citations, figures and events that were already there. */
  fields: FieldChange[];
  newSources: NewSource[];
  sources: ListChanges;
  claims: ListChanges;
  citations: ListChanges;
  events: ListChanges;
  /** Events the import adds, in the order the dataset will hold them. */
  newEvents: CrisisEvent[];
  headlines?: HeadlinesChange;
  topics?: TopicsChange;
  ended: EndedDuration[];
  /** Every changed field of what the about page says. */
  about: { field: string; before: string; after: string }[];
  asOf?: TextChange;
  title?: TextChange;
  region?: TextChange;
}

/*
 * A figure counts as changed when anything in it differs, history included:
 * an import that only corrects an old value is still a change to show, or
 * the preview would call it empty.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.figures.map((f) => [f.id, f]));
  const kept = new Set(after.figures.map((f) => f.id));
  const beforeIndex = indexDataset(before);
  const afterIndex = indexDataset(after);
  const state = (figure: Figure, asOf: string, index: DatasetIndex): FigureState => ({
    value: figureValueText(figure, asOf, index),
    date: figureDate(figure, asOf, index),
    source: attributionLine(figureAttributions(figure, index), 3),
    status: figureStatus(figure, index),
  });
  const oldClaims = new Set(before.claims.map((c) => c.id));
  const added = new Map<string, Claim[]>();
  for (const claim of after.claims) {
    if (oldClaims.has(claim.id)) continue;
    const list = added.get(claim.figure);
    if (list) list.push(claim);
    else added.set(claim.figure, [claim]);
  }

  const figures: FigureChange[] = [];
  for (const figure of after.figures) {
    const previous = old.get(figure.id);
    const newClaims = added.get(figure.id) ?? [];
    if (!previous) {
      figures.push({
        id: figure.id,
        label: figure.label,
        change: 'added',
        after: state(figure, after.asOf, afterIndex),
        newClaims,
      });
    } else {
      // A duration without an end changes when only the dataset's date moves, so the shown value is compared too.
      const was = state(previous, before.asOf, beforeIndex);
      const now = state(figure, after.asOf, afterIndex);
      if (!sameJson(previous, figure) || !sameJson(was, now) || newClaims.length > 0) {
        figures.push({ id: figure.id, label: figure.label, change: 'changed', before: was, after: now, newClaims });
      }
    }
  }
  for (const figure of before.figures) {
    if (!kept.has(figure.id)) {
      figures.push({
        id: figure.id,
        label: figure.label,
        change: 'removed',
        before: state(figure, before.asOf, beforeIndex),
        newClaims: [],
      });
    }
  }
  const knownSources = new Set(before.sources.map((s) => s.id));
  const newSources = after.sources
    .filter((s) => !knownSources.has(s.id))
    .map((source) => ({ source, similar: similarSources(source.name, before.sources) }));

  const oldEvents = new Set(before.events.map((e) => e.id));
  const headlines = headlinesChange(before, after);
  const topics = topicsChange(before, after);
  return {
    figures,
    fields: fieldChanges(before, after, beforeIndex, afterIndex),
    newSources,
    sources: listChanges(before.sources, after.sources),
    claims: listChanges(before.claims, after.claims),
    citations: listChanges(before.citations, after.citations),
    events: listChanges(before.events, after.events),
    newEvents: after.events.filter((e) => !oldEvents.has(e.id)),
    ...(headlines && { headlines }),
    ...(topics && { topics }),
    ended: endedDurations(old, after.figures, afterIndex),
    about: aboutChanges(before.about, after.about),
    ...textChange('asOf', before.asOf, after.asOf),
    ...textChange('title', before.title, after.title),
    ...textChange('region', before.region, after.region),
  };
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  const lists = [diff.sources, diff.citations, diff.claims, diff.events];
  return (
    diff.figures.length === 0 &&
    diff.fields.length === 0 &&
    lists.every((l) => l.added + l.changed + l.removed === 0) &&
    !diff.headlines &&
    !diff.topics &&
    diff.about.length === 0 &&
    !diff.asOf &&
    !diff.title &&
    !diff.region
  );
}

const nameOf = (figure: Figure): FigureName => ({ id: figure.id, label: figure.label });

/* The headline cards in order before and after, when either the cards or the list that chooses them differ. */
function headlinesChange(before: Dataset, after: Dataset): HeadlinesChange | undefined {
  const was = splitFigures(before).headline.map(nameOf);
  const now = splitFigures(after).headline.map(nameOf);
  const ids = (list: FigureName[]) => list.map((f) => f.id).join();
  if (ids(was) === ids(now) && sameJson(before.headlines, after.headlines)) return undefined;
  const kept = new Set(now.map((f) => f.id));
  return { before: was, after: now, removed: was.filter((f) => !kept.has(f.id)) };
}

function topicsChange(before: Dataset, after: Dataset): TopicsChange | undefined {
  const was = before.topics ?? [];
  const now = after.topics ?? [];
  if (sameJson(was, now)) return undefined;
  const heading = (t: Topic): TopicHeading => ({ id: t.id, label: t.label });
  const oldById = new Map(was.map((t) => [t.id, t]));
  const newIds = new Set(now.map((t) => t.id));
  const topicOf = (topics: Topic[]) => {
    const map = new Map<string, TopicHeading>();
    for (const t of topics) for (const id of t.figures) map.set(id, heading(t));
    return map;
  };
  const from = topicOf(was);
  const to = topicOf(now);
  const moved: TopicMove[] = [];
  for (const figure of after.figures) {
    const a = from.get(figure.id) ?? null;
    const b = to.get(figure.id) ?? null;
    if (a?.id !== b?.id) moved.push({ figure: nameOf(figure), from: a, to: b });
  }
  const keptOrder = (topics: Topic[], other: Set<string>) =>
    topics
      .filter((t) => other.has(t.id))
      .map((t) => t.id)
      .join();
  return {
    added: now.filter((t) => !oldById.has(t.id)).map(heading),
    removed: was.filter((t) => !newIds.has(t.id)).map(heading),
    renamed: now.flatMap((t) => {
      const old = oldById.get(t.id);
      return old && old.label !== t.label ? [{ id: t.id, before: old.label, after: t.label }] : [];
    }),
    moved,
    reordered: keptOrder(was, newIds) !== keptOrder(now, new Set(oldById.keys())),
  };
}

function endedDurations(old: Map<string, Figure>, figures: Figure[], index: DatasetIndex): EndedDuration[] {
  return figures.flatMap((figure) => {
    const previous = old.get(figure.id);
    if (figure.kind !== 'duration' || figure.end === undefined) return [];
    const was = previous?.kind === 'duration' ? previous : undefined;
    if (was?.end === figure.end && was.endCitation === figure.endCitation) return [];
    const source = attributionLine(citationAttributions(figure.endCitation ? [figure.endCitation] : [], index));
    return [
      {
        id: figure.id,
        label: figure.label,
        end: figure.end,
        ...(was?.end !== undefined && { before: was.end }),
        source,
      },
    ];
  });
}

const ABOUT_FIELDS: [field: string, show: (about: DatasetAbout) => string][] = [
  ['license', (a) => (a.license ? `${a.license.name} (${linkHost(a.license.url)})` : 'CC BY 4.0 (the default)')],
  ['methodology', (a) => a.methodology ?? '(none)'],
  ['update frequency', (a) => a.updateFrequency ?? '(none)'],
  [
    'corrections',
    (a) =>
      a.corrections ? `${a.corrections.text}${a.corrections.url ? ` (${linkHost(a.corrections.url)})` : ''}` : '(none)',
  ],
  [
    'expected reports',
    (a) =>
      a.expectedUpdateDays === undefined
        ? `${expectedUpdateText(DEFAULT_EXPECTED_UPDATE_DAYS)} (the default)`
        : expectedUpdateText(a.expectedUpdateDays),
  ],
];

function aboutChanges(before: DatasetAbout = {}, after: DatasetAbout = {}) {
  if (sameJson(before, after)) return [];
  return ABOUT_FIELDS.flatMap(([field, show]) => {
    const [a, b] = [show(before), show(after)];
    return a === b ? [] : [{ field, before: a, after: b }];
  });
}

function listChanges<T extends { id: string }>(before: T[], after: T[]): ListChanges {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  let added = 0;
  let changed = 0;
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) added++;
    else if (previous !== item && !sameJson(previous, item)) changed++;
  }
  return { added, changed, removed: before.filter((item) => !ids.has(item.id)).length };
}

function textChange<K extends 'asOf' | 'title' | 'region'>(key: K, before: string, after: string) {
  return before === after ? {} : ({ [key]: { before, after } } as Record<K, TextChange>);
}

/*
 * Key order differs between a hand-edited file and a merged object without
 * meaning anything, so keys are sorted before two texts are called different.
 * Most records compared are the same in the same order, which plain text,
 * many times quicker, already shows.
 */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

type Field<T> = [label: string, show: (record: T, index: DatasetIndex) => string];

const optional = (value: string | undefined) => value ?? '(none)';
const sourceName = (id: string, index: DatasetIndex) => {
  const source = index.sources.get(id);
  return source ? `${source.name} (${id})` : id;
};

/*
 * Each field as a reader meets it: names rather than ids where a name is
 * shown, and a link's host spelled out (in punycode for a non-ASCII name), so
 * "medyanews.net@evil.example" or a look-alike domain cannot pass unseen.
 */
const SOURCE_FIELDS: Field<Source>[] = [
  ['name', (s) => s.name],
  ['kind', (s) => sourceKindLabel(s.kind)],
  ['home page', (s) => (s.url ? linkHost(s.url) : '(none)')],
];
const CITATION_FIELDS: Field<Citation>[] = [
  ['claimed by', (c, index) => sourceName(c.claimedBy, index)],
  ['published by', (c, index) => sourceName(c.publishedBy, index)],
  ['title', (c) => c.title],
  ['link', (c) => linkHost(c.url)],
  ['published on', (c) => c.publishedOn],
  ['retrieved on', (c) => optional(c.retrievedOn)],
  ['note', (c) => c.note],
];
const FIGURE_FIELDS: Field<Figure>[] = [
  ['label', (f) => f.label],
  ['kind', (f) => f.kind],
  ['unit', (f) => (f.kind === 'count' ? f.unit : '(none)')],
  [
    'measures',
    (f) =>
      f.kind === 'count'
        ? f.measures
            .map(
              (m) =>
                `${m.key}: ${m.label}${m.singular ? ` / ${m.singular}` : ''}${m.unit ? ` (${m.unit})` : ''}${m.decimals ? ', decimals' : ''}`,
            )
            .join('; ')
        : '(none)',
  ],
  ['status', (f) => (f.kind === 'duration' ? f.status : '(from its claims)')],
  ['start', (f) => (f.kind === 'duration' ? f.start : '(none)')],
  ['end', (f) => (f.kind === 'duration' ? optional(f.end) : '(none)')],
  [
    'end cited by',
    (f, index) =>
      f.kind === 'duration' && f.endCitation
        ? `${claimAttributionText({ citation: f.endCitation }, index)} (${f.endCitation})`
        : '(none)',
  ],
  ['citations', (f) => (f.kind === 'duration' ? f.citations.join(', ') : '(from its claims)')],
  ['claim shown', (f) => (f.kind === 'count' && f.shown ? `${f.shown.claim}: ${f.shown.reason}` : 'the latest')],
  ['cumulative', (f) => (f.kind === 'count' && f.cumulative ? 'yes' : 'no')],
  [
    'expected reports',
    (f) =>
      f.kind === 'count' && f.expectedUpdateDays ? expectedUpdateText(f.expectedUpdateDays) : 'as the dataset says',
  ],
  ['note', (f) => optional(f.note)],
];
const EVENT_FIELDS: Field<CrisisEvent>[] = [
  ['title', (e) => e.title],
  ['date', (e) => e.date],
  ['kind', (e) => e.kind],
  ['description', (e) => optional(e.description)],
  ['citations', (e) => e.citations.join(', ')],
];

function fieldChanges(before: Dataset, after: Dataset, was: DatasetIndex, now: DatasetIndex): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = <T extends { id: string }>(
    record: FieldChange['record'],
    old: T[],
    next: T[],
    fields: Field<T>[],
    name: (item: T) => string,
  ) => {
    const byId = new Map(old.map((item) => [item.id, item]));
    for (const item of next) {
      const previous = byId.get(item.id);
      if (!previous || sameJson(previous, item)) continue;
      for (const [field, show] of fields) {
        const a = show(previous, was);
        const b = show(item, now);
        if (a !== b) changes.push({ record, id: item.id, name: name(item), field, before: a, after: b });
      }
    }
  };
  compare('source', before.sources, after.sources, SOURCE_FIELDS, (s) => s.name);
  compare('citation', before.citations, after.citations, CITATION_FIELDS, (c) => c.title);
  compare('figure', before.figures, after.figures, FIGURE_FIELDS, (f) => f.label);
  compare('event', before.events, after.events, EVENT_FIELDS, (e) => e.title);
  return changes;
}
