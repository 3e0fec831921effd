import type {
  BreakdownItem,
  Citation,
  Claim,
  ClaimValue,
  CountFigure,
  Dataset,
  DurationFigure,
  Figure,
  Measure,
  Source,
  Status,
  Topic,
} from '../schema/schema';
import { daysBetween, formatDate, compareDates } from '../schema/dates';
import { formatNumber, formatQualified, formatRange, pluralDays } from './format';
import { attributionLine, attributionOf, attributionText, type Attribution } from './attribution';
import {
  claimantLookup,
  compareClaims,
  currentValues,
  indexClaims,
  shownClaims,
  type ClaimantOf,
  type ClaimIndex,
  type Disagreement,
} from '../ledger/claims';

export interface DatasetIndex {
  sources: Map<string, Source>;
  citations: Map<string, Citation>;
  claims: ClaimIndex;
  /** The source id of whoever made a claim. */
  claimantOf: ClaimantOf;
}

/*
 * Built once per dataset object: every page and card of one dataset shares
 * it, and a dataset of a few hundred thousand claims takes a noticeable
 * moment to index. Datasets are never changed in place, so the object is its
 * own version.
 */
const indexes = new WeakMap<object, DatasetIndex>();

export function indexDataset(dataset: Pick<Dataset, 'sources' | 'citations' | 'claims'>): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

function buildIndex(dataset: Pick<Dataset, 'sources' | 'citations' | 'claims'>): DatasetIndex {
  const citations = new Map(dataset.citations.map((c) => [c.id, c]));
  return {
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    citations,
    claims: indexClaims(dataset.claims),
    claimantOf: claimantLookup(citations),
  };
}

export interface Duration {
  days: number;
  start: string;
  end: string;
  /** True when the figure has no end date and is counted up to the dataset's date. */
  ongoing: boolean;
}

export function durationOf(figure: Pick<DurationFigure, 'start' | 'end'>, asOf: string): Duration {
  const end = figure.end ?? asOf;
  return { days: daysBetween(figure.start, end), start: figure.start, end, ongoing: !figure.end };
}

/** A duration's citations: its own, then the one that dates its end when it has ended. */
export function durationCitations(figure: Pick<DurationFigure, 'citations' | 'end' | 'endCitation'>): string[] {
  const { citations, end, endCitation } = figure;
  return end && endCitation && !citations.includes(endCitation) ? [...citations, endCitation] : citations;
}

/** Who dates a duration's end ("Human Rights Defender via Armenpress"), when it has ended. */
export function durationEndAttribution(
  figure: Pick<DurationFigure, 'end' | 'endCitation'>,
  index: Pick<DatasetIndex, 'citations' | 'sources'>,
): Attribution | undefined {
  return figure.end && figure.endCitation ? citationAttributions([figure.endCitation], index)[0] : undefined;
}

/** The date a figure's value refers to: the latest of the claims it shows. */
export function figureDate(figure: Figure, asOf: string, index: DatasetIndex): string {
  if (figure.kind === 'duration') return figure.end ?? asOf;
  const dates = currentValues(figure, index.claims).map((v) => v.claim.date);
  return dates.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest), dates[0] ?? asOf);
}

/** The time of day of the latest claim the figure shows, the one behind its date, when that claim gives one. */
export function figureTime(figure: Figure, index: DatasetIndex): string | undefined {
  if (figure.kind === 'duration') return undefined;
  const claims = shownClaims(figure, index.claims);
  return claims.sort((a, b) => compareClaims(a, b, index.claims)).at(-1)?.time;
}

type Counted = Pick<BreakdownItem, 'value' | 'qualifier' | 'label' | 'singular'>;

/** "about 120,000 ethnic Armenians", "1 child". */
export function countedText(item: Counted): string {
  const label = item.value === 1 && item.singular ? item.singular : item.label;
  return `${formatQualified(item.value, item.qualifier)} ${label}`;
}

/** The number alone, with its qualifier or as a range: "about 120,000", "between 50 and 1,000". */
export function numberText(value: ClaimValue, measure: Pick<Measure, 'decimals'>): string {
  if (value.value === undefined) return formatRange(value.low ?? 0, value.high ?? 0, measure.decimals);
  return formatQualified(value.value, value.qualifier ?? 'exact', measure.decimals);
}

/*
 * A measure's label is not said before its number when it says no more than
 * the unit ("people: 270 people"), or, for a figure of one measure, no more
 * than the figure's own label above the number.
 */
export function measureLabelRepeats(
  measure: Pick<Measure, 'label' | 'unit'>,
  figure?: Pick<CountFigure, 'label' | 'measures'>,
): boolean {
  return (
    measure.label.toLowerCase() === measure.unit?.toLowerCase() ||
    // The figure's label word for word: "people displaced" under "People displaced" still reads well after a number.
    (figure?.measures.length === 1 && measure.label === figure.label)
  );
}

/** " people", "%": a unit as it follows a number. */
export function unitAfterNumber(unit: string): string {
  return unit === '%' ? '%' : ` ${unit}`;
}

/*
 * A measure with a unit of its own reads label first, so the unit can follow
 * the number: "price of fuel: about 1,500 AMD", "share displaced: 3.4%".
 * Without one the label is the unit: "2 civilians killed". A label that
 * only repeats the unit, or the figure's label, is left out: "270 people".
 */
export function measureValueText(
  measure: Measure,
  value: ClaimValue,
  figure?: Pick<CountFigure, 'label' | 'measures' | 'unit'>,
): string {
  const number = numberText(value, measure);
  const repeats = measureLabelRepeats(measure, figure);
  // A label that repeats the figure's stands for its unit, which then follows the number.
  const unit = measure.unit ?? (repeats ? figure?.unit : undefined);
  const main =
    unit === undefined
      ? `${number} ${value.value === 1 && measure.singular ? measure.singular : measure.label}`
      : `${repeats ? '' : `${measure.label}: `}${number}${unitAfterNumber(unit)}`;
  const parts = value.breakdown?.map(countedText) ?? [];
  return parts.length ? `${main}, of whom ${parts.join(' and ')}` : main;
}

/** One text per measure shown: ["2 civilians killed, of whom 1 child", "23 injured"]; ["281 days"]. */
export function figureValueParts(figure: Figure, asOf: string, index: DatasetIndex): string[] {
  if (figure.kind === 'duration') return [pluralDays(durationOf(figure, asOf).days)];
  const values = currentValues(figure, index.claims);
  if (values.length === 0) return ['No value reported yet'];
  return values.map((v) => measureValueText(v.measure, v.value, figure));
}

/** "about 120,000 ethnic Armenians"; "2 civilians killed, of whom 1 child; 23 injured"; "281 days". */
export function figureValueText(figure: Figure, asOf: string, index: DatasetIndex): string {
  return figureValueParts(figure, asOf, index).join('; ');
}

/** The citations behind what a figure shows now. */
export function figureCitations(figure: Figure, index: DatasetIndex): string[] {
  if (figure.kind === 'duration') return durationCitations(figure);
  return shownClaims(figure, index.claims).map((claim) => claim.citation);
}

/* A figure shown from several claims takes the status of the first one: the claim behind its first measure. */
export function figureStatus(figure: Figure, index: DatasetIndex): Status | undefined {
  if (figure.kind === 'duration') return figure.status;
  return shownClaims(figure, index.claims)[0]?.status;
}

export function citationAttributions(
  citationIds: string[],
  index: Pick<DatasetIndex, 'citations' | 'sources'>,
): Attribution[] {
  return citationIds.flatMap((id) => {
    const citation = index.citations.get(id);
    return citation ? [attributionOf(citation, index.sources)] : [];
  });
}

/** "Zartonk Media via Medya News" for one claim, or its citation id when the citation is missing. */
export function claimAttributionText(
  claim: Pick<Claim, 'citation'>,
  index: Pick<DatasetIndex, 'citations' | 'sources'>,
): string {
  const citation = index.citations.get(claim.citation);
  return citation ? attributionText(attributionOf(citation, index.sources)) : claim.citation;
}

export function figureAttributions(figure: Figure, index: DatasetIndex): Attribution[] {
  return citationAttributions(figureCitations(figure, index), index);
}

/* " (alleged)" after a value whose status is more than reported; nothing for a reported one. */
export function figureStatusNote(figure: Figure, index: DatasetIndex): string {
  const status = figureStatus(figure, index);
  return status === undefined || status === 'reported' ? '' : ` (${status})`;
}

/*
 * The whole figure as one phrase, the way a screen reader should hear it:
 * "Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News".
 */
export function figureSentence(figure: Figure, dataset: Pick<Dataset, 'asOf'>, index: DatasetIndex): string {
  const statusText = figureStatusNote(figure, index);
  const source = attributionLine(figureAttributions(figure, index), 1);
  const date = formatDate(figureDate(figure, dataset.asOf, index), 'long');
  return `${figure.label}: ${figureValueText(figure, dataset.asOf, index)}${statusText}, as of ${date}, source ${source}`;
}

/** How many figures are headlines when the dataset does not choose them: the first ones, in its order. */
export const DEFAULT_HEADLINE_COUNT = 4;

/*
 * How many of the other figures (those not on the first screen) come in one
 * page. Here, not beside the slicing: the dashboard needs only the number,
 * and importing the slicing would put it in the first screen's script.
 */
export const OTHER_FIGURES_PAGE_SIZE = 50;

/** A heading the dashboard lists figures under; null for the figures in no topic ("Other figures"). */
export type TopicHeading = Pick<Topic, 'id' | 'label'>;

export interface FigureGroup {
  topic: TopicHeading | null;
  figures: Figure[];
}

/**
 * The figures for the first screen and the rest, in the dataset's order. The
 * headlines are those the dataset lists in `headlines`, in that order;
 * without the list, the first four figures. The dashboard lists the rest by
 * topic: see figureGroups.
 */
export function splitFigures(dataset: Pick<Dataset, 'figures' | 'headlines'>): { headline: Figure[]; rest: Figure[] } {
  const { figures, headlines } = dataset;
  const headline = headlines
    ? headlines.flatMap((id) => figures.find((f) => f.id === id) ?? [])
    : figures.slice(0, DEFAULT_HEADLINE_COUNT);
  return { headline, rest: figures.filter((f) => !headline.includes(f)) };
}

/**
 * The dashboard's groups of the figures that are not headlines: each topic
 * in order with its figures in the topic's order, then those in no topic
 * under `null`. A topic left with no figure is left out.
 */
export function figureGroups(dataset: Pick<Dataset, 'figures' | 'headlines' | 'topics'>): FigureGroup[] {
  return groupByTopic(splitFigures(dataset).rest, dataset.topics);
}

/**
 * Groups the given figures by the topics, as figureGroups does: for a page of
 * the other figures, which holds only some of them.
 */
export function groupByTopic(figures: Figure[], topics: Topic[] = []): FigureGroup[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const placed = new Set<string>();
  const groups: FigureGroup[] = [];
  for (const topic of topics) {
    const members = topic.figures.flatMap((id) => {
      const figure = byId.get(id);
      if (!figure || placed.has(id)) return [];
      placed.add(id);
      return [figure];
    });
    if (members.length > 0) groups.push({ topic: { id: topic.id, label: topic.label }, figures: members });
  }
  const rest = figures.filter((f) => !placed.has(f.id));
  if (rest.length > 0) groups.push({ topic: null, figures: rest });
  return groups;
}

export function isCount(figure: Figure): figure is CountFigure {
  return figure.kind === 'count';
}

/** "2 parties disagree: 2 to 27 civilians killed". */
export function disagreementText(disagreement: Disagreement): string {
  const { measure, low, high, claimants } = disagreement;
  const span = `${formatNumber(low, measure.decimals)} to ${formatNumber(high, measure.decimals)}`;
  // As values read: a measure with a unit of its own names itself first, so the unit can follow the numbers.
  if (measure.unit) {
    const on = measureLabelRepeats(measure) ? '' : ` on ${measure.label}`;
    return `${claimants.length} parties disagree${on}: ${span}${unitAfterNumber(measure.unit)}`;
  }
  return `${claimants.length} parties disagree: ${span} ${measure.label}`;
}
