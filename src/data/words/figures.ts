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
 * A measure with a unit of its own reads label first, so the unit can follow
 * the number: "price of fuel: about 1,500 AMD", "share displaced: 3.4%".
 * Without one the label is the unit: "2 civilians killed".
 */
export function measureValueText(measure: Measure, value: ClaimValue): string {
  const number = numberText(value, measure);
  let main: string;
  if (measure.unit) {
    main = `${measure.label}: ${number}${measure.unit === '%' ? '%' : ` ${measure.unit}`}`;
  } else {
    const label = value.value === 1 && measure.singular ? measure.singular : measure.label;
    main = `${number} ${label}`;
  }
  const parts = value.breakdown?.map(countedText) ?? [];
  return parts.length ? `${main}, of whom ${parts.join(' and ')}` : main;
}

/** One text per measure shown: ["2 civilians killed, of whom 1 child", "23 injured"]; ["281 days"]. */
export function figureValueParts(figure: Figure, asOf: string, index: DatasetIndex): string[] {
  if (figure.kind === 'duration') return [pluralDays(durationOf(figure, asOf).days)];
  const values = currentValues(figure, index.claims);
  if (values.length === 0) return ['No value reported yet'];
  return values.map((v) => measureValueText(v.measure, v.value));
}

/** "about 120,000 ethnic Armenians"; "2 civilians killed, of whom 1 child; 23 injured"; "281 days". */
export function figureValueText(figure: Figure, asOf: string, index: DatasetIndex): string {
  return figureValueParts(figure, asOf, index).join('; ');
}

/** The citations behind what a figure shows now. */
export function figureCitations(figure: Figure, index: DatasetIndex): string[] {
  if (figure.kind === 'duration') return figure.citations;
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

/** How many figures the first screen shows at most; a dataset may hold thousands. */
export const MAX_HEADLINE_FIGURES = 8;

/*
 * How many of the other figures (those not on the first screen) come in one
 * page. Here, not beside the slicing: the dashboard needs only the number,
 * and importing the slicing would put it in the first screen's script.
 */
export const OTHER_FIGURES_PAGE_SIZE = 50;

/**
 * The figures for the first screen (those marked headline, or the first ones
 * when none is, at most `max`) and the rest, in the dataset's order.
 */
export function splitFigures(figures: Figure[], max = MAX_HEADLINE_FIGURES): { headline: Figure[]; rest: Figure[] } {
  const marked = figures.some((f) => f.headline);
  const headline = (marked ? figures.filter((f) => f.headline) : figures).slice(0, max);
  const chosen = new Set(headline);
  return { headline, rest: figures.filter((f) => !chosen.has(f)) };
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
    const unit = measure.unit === '%' ? '%' : ` ${measure.unit}`;
    return `${claimants.length} parties disagree on ${measure.label}: ${span}${unit}`;
  }
  return `${claimants.length} parties disagree: ${span} ${measure.label}`;
}
