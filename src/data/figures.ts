import type { Citation, CountFigure, Dataset, DurationFigure, Figure, Measure, Source } from './schema';
import { daysBetween, formatDate } from './dates';
import { formatQualified, pluralDays } from './format';
import { attributionLine, attributionOf, type Attribution } from './attribution';

export interface DatasetIndex {
  sources: Map<string, Source>;
  citations: Map<string, Citation>;
}

export function indexDataset(dataset: Pick<Dataset, 'sources' | 'citations'>): DatasetIndex {
  return {
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    citations: new Map(dataset.citations.map((c) => [c.id, c])),
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

/** The date a figure's value refers to. */
export function figureDate(figure: Figure, asOf: string): string {
  return figure.kind === 'duration' ? (figure.end ?? asOf) : figure.date;
}

type Counted = Pick<Measure, 'value' | 'qualifier' | 'label' | 'singular'>;

/** "about 120,000 ethnic Armenians", "1 child". */
export function countedText(item: Counted): string {
  const label = item.value === 1 && item.singular ? item.singular : item.label;
  return `${formatQualified(item.value, item.qualifier)} ${label}`;
}

export function measureText(measure: Measure): string {
  const parts = measure.breakdown?.map(countedText) ?? [];
  return parts.length ? `${countedText(measure)}, of whom ${parts.join(' and ')}` : countedText(measure);
}

/** "about 120,000 ethnic Armenians"; "2 civilians killed, of whom 1 child; 23 injured"; "281 days". */
export function figureValueText(figure: Figure, asOf: string): string {
  if (figure.kind === 'duration') return pluralDays(durationOf(figure, asOf).days);
  return figure.measures.map(measureText).join('; ');
}

export function figureAttributions(figure: Pick<Figure, 'citations'>, index: DatasetIndex): Attribution[] {
  return figure.citations.flatMap((id) => {
    const citation = index.citations.get(id);
    return citation ? [attributionOf(citation, index.sources)] : [];
  });
}

/*
 * The whole figure as one phrase, the way a screen reader should hear it:
 * "Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News".
 */
export function figureSentence(figure: Figure, dataset: Pick<Dataset, 'asOf'>, index: DatasetIndex): string {
  const status = figure.status === 'reported' ? '' : ` (${figure.status})`;
  const source = attributionLine(figureAttributions(figure, index), 1);
  const date = formatDate(figureDate(figure, dataset.asOf), 'long');
  return `${figure.label}: ${figureValueText(figure, dataset.asOf)}${status}, as of ${date}, source ${source}`;
}

/** How many figures the first screen shows at most; a dataset may hold thousands. */
export const MAX_HEADLINE_FIGURES = 8;

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
