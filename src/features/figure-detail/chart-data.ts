import type { Claim, ClaimValue, CountFigure, Measure } from '../../data/schema/schema';
import { activeClaims } from '../../data/ledger/claims';
import { seriesByClaimant } from '../../data/ledger/claim-history';
import { dayNumber, formatDate } from '../../data/schema/dates';
import { claimAttributionText, measureValueText } from '../../data/words/figures';
import type { DatasetIndex } from '../../data/words/figures';
import { statusLabel } from '../../data/words/format';

/*
 * What the history chart draws, built apart from React and recharts so each
 * rule can be tested on its own. Points carry named fields only: a measure's
 * key ("date", "constructor") never becomes a property name.
 */

export type MarkerKind = 'exact' | 'about' | 'at-least' | 'at-most' | 'range';

export interface ChartPoint {
  /** The claim's moment in UTC milliseconds, so the axis spaces claims by time, not by count. */
  time: number;
  /** Where the marker sits: the value, or the middle of a range. */
  value: number;
  /** A range's whisker: where it starts and ends. */
  whisker?: { low: number; high: number };
  marker: MarkerKind;
  claimId: string;
  /** "19 September 2023 14:30". */
  when: string;
  /** "about 1,500 AMD", as the list of claims writes it. */
  valueText: string;
  /** "Zartonk Media via Medya News". */
  attribution: string;
  status: string;
}

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'cross' | 'star';

export interface ChartSeries {
  /** The claimant's source id. */
  claimant: string;
  /** The claimant's name, for the legend. */
  name: string;
  colour: string;
  shape: MarkerShape;
  /** A dash pattern for the joining line, one more cue besides colour. */
  dash: string;
  points: ChartPoint[];
}

/*
 * Mid-tones, each at least 3:1 (graphical objects, WCAG 1.4.11) against the
 * light scheme's page and white and the dark scheme's page and panels, so
 * one set serves both schemes and the downloaded file; apart in hue. Six
 * colours and five shapes give thirty distinct pairs before one repeats.
 */
export const SERIES_COLOURS = ['#3a78c9', '#c25a12', '#2a8a44', '#9a5bcc', '#927600', '#008893'] as const;
export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'cross', 'star'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** A claim's date and time of day as one instant; an untimed claim sits at the start of its day. */
export function claimTime(claim: Pick<Claim, 'date' | 'time'>): number {
  const [hours = 0, minutes = 0] = claim.time ? claim.time.split(':').map(Number) : [];
  return dayNumber(claim.date) * MS_PER_DAY + (hours * 60 + minutes) * MS_PER_MINUTE;
}

export function markerKind(value: ClaimValue): MarkerKind {
  return value.value === undefined ? 'range' : (value.qualifier ?? 'exact');
}

/** Where a value sits on the chart, and the whisker of a range. */
export function plotValue(value: ClaimValue): Pick<ChartPoint, 'value' | 'whisker'> {
  if (value.value !== undefined) return { value: value.value };
  const low = value.low ?? 0;
  const high = value.high ?? low;
  const middle = (low + high) / 2;
  return { value: middle, whisker: { low, high } };
}

/*
 * The two corners the axes must reach: the first and last moments, from zero
 * up to the highest value or top of a range. The axes are sized from these
 * rows alone, so their cost does not grow with the number of claims.
 */
export function chartBounds(series: ChartSeries[]): { time: number; value: number }[] {
  let first = Infinity;
  let last = -Infinity;
  let top = 0;
  for (const s of series) {
    for (const p of s.points) {
      first = Math.min(first, p.time);
      last = Math.max(last, p.time);
      top = Math.max(top, p.whisker?.high ?? p.value);
    }
  }
  return first > last
    ? []
    : [
        { time: first, value: 0 },
        { time: last, value: top },
      ];
}

export function whenText(claim: Pick<Claim, 'date' | 'time'>): string {
  const date = formatDate(claim.date, 'long');
  return claim.time ? `${date} ${claim.time}` : date;
}

export function sourceName(claimant: string, index: Pick<DatasetIndex, 'sources'>): string {
  return index.sources.get(claimant)?.name ?? claimant;
}

/* Claimants in order of their first standing claim on any measure, so each keeps its colour and shape when the measure changes. */
export function claimantOrder(figure: CountFigure, index: DatasetIndex): Map<string, number> {
  const order = new Map<string, number>();
  for (const claim of activeClaims(figure.id, index.claims)) {
    const claimant = index.claimantOf(claim);
    if (!order.has(claimant)) order.set(claimant, order.size);
  }
  return order;
}

/** The colour, shape and dash of the `i`th claimant, the same in the chart and beside the claimant filter. */
export function seriesLook(i: number): Pick<ChartSeries, 'colour' | 'shape' | 'dash'> {
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    shape: MARKER_SHAPES[i % MARKER_SHAPES.length]!,
    dash: DASHES[Math.floor(i / SERIES_COLOURS.length) % DASHES.length]!,
  };
}

/* The value axis's title, what is counted and in what unit: "civilians killed (people)", "price of fuel (AMD)". */
export function axisTitle(figure: Pick<CountFigure, 'unit'>, measure: Pick<Measure, 'label' | 'unit'>): string {
  return `${measure.label} (${measure.unit ?? figure.unit})`;
}

/** One series per claimant for one measure, standing claims only, oldest first. */
export function chartSeries(figure: CountFigure, measure: Measure, index: DatasetIndex): ChartSeries[] {
  const order = claimantOrder(figure, index);
  // A long ledger repeats its days and citations: each is written out once.
  const when = new Map<string, string>();
  const attribution = new Map<string, string>();
  const once = (cache: Map<string, string>, key: string, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = make()));
    return text;
  };
  return seriesByClaimant(figure, measure.key, index.claims, index.claimantOf).map((series) => {
    return {
      claimant: series.claimant,
      name: sourceName(series.claimant, index),
      ...seriesLook(order.get(series.claimant) ?? 0),
      points: series.points.map(({ claim, value }) => ({
        time: claimTime(claim),
        ...plotValue(value),
        marker: markerKind(value),
        claimId: claim.id,
        when: once(when, `${claim.date} ${claim.time ?? ''}`, () => whenText(claim)),
        valueText: measureValueText(measure, value),
        attribution: once(attribution, claim.citation, () => claimAttributionText(claim, index)),
        status: statusLabel(claim.status),
      })),
    };
  });
}

/*
 * The value axis's ticks, from zero to a round number at or above `top`:
 * about `count` steps of 1, 2, 2.5 or 5 times a power of ten, whole numbers
 * unless the measure has decimals.
 */
export function valueTicks(top: number, decimals = false, count = 4): number[] {
  if (!(top > 0)) return [0, 1];
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    decimals ? 0 : 1,
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= rough && (decimals || Number.isInteger(m))) ?? 10 * power,
  );
  const ticks: number[] = [];
  for (let i = 0; ticks.at(-1) === undefined || ticks.at(-1)! < top; i++)
    ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

export type TickUnit = 'hour' | 'day' | 'month';

const HOUR = 3_600_000;
const HOUR_STEPS = [1, 2, 3, 6, 12];
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/*
 * Ticks on round instants (whole hours, midnights, the first of a month),
 * at most `max` of them, so the labels read as dates rather than as
 * arbitrary points in between.
 */
export function timeTicks(min: number, max: number, maxTicks = 6): { ticks: number[]; unit: TickUnit } {
  const span = max - min;
  const fits = (step: number) => Math.floor(span / step) + 1 <= maxTicks;
  if (span <= 2 * MS_PER_DAY) {
    const hours = HOUR_STEPS.find((h) => fits(h * HOUR));
    if (hours !== undefined) return { ticks: evenTicks(min, max, hours * HOUR), unit: 'hour' };
  }
  const days = DAY_STEPS.find((d) => fits(d * MS_PER_DAY));
  if (days !== undefined) return { ticks: evenTicks(min, max, days * MS_PER_DAY), unit: 'day' };
  const start = new Date(min);
  const months = MONTH_STEPS.find((m) => fits(m * 31 * MS_PER_DAY)) ?? MONTH_STEPS.at(-1)!;
  const ticks: number[] = [];
  for (let i = 0; ; i += months) {
    const tick = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1);
    if (tick > max) break;
    if (tick >= min) ticks.push(tick);
  }
  return { ticks, unit: 'month' };
}

function evenTicks(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

const tickFormats: Record<TickUnit, Intl.DateTimeFormat> = {
  hour: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }),
  month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }),
};

export function tickText(time: number, unit: TickUnit): string {
  return tickFormats[unit].format(new Date(time));
}

const withYear: Record<TickUnit, Intl.DateTimeFormat> = {
  hour: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
  day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
  month: tickFormats.month,
};

/*
 * Each tick's label, the year written on the first tick and wherever it
 * changes, so the axis always says which year it shows without repeating
 * it on every day: "18 Sept 2023", "25 Sept", …, "1 Jan 2024".
 */
export function tickLabels(ticks: number[], unit: TickUnit): Map<number, string> {
  const year = (t: number) => new Date(t).getUTCFullYear();
  return new Map(
    ticks.map((t, i) => [
      t,
      (i === 0 || year(t) !== year(ticks[i - 1]!) ? withYear : tickFormats)[unit].format(new Date(t)),
    ]),
  );
}

/*
 * Where markers of one instant sit, as offsets in pixels from that instant:
 * side by side, centred on it, `step` apart, or closer when that would
 * spread them wider than `widest`, so none hides another.
 */
export function sideBySide(count: number, step = 11, widest = 44): number[] {
  if (count < 2) return [0];
  const gap = Math.min(step, widest / (count - 1));
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * gap);
}

/** A period chosen on the time axis: ISO dates, either open ('') for "from the first" or "to the last". */
export interface TimeRange {
  from: string;
  to: string;
}

/** The series cut to the points within `range`, from the start of its first day to the end of its last; a series left empty is dropped. */
export function withinRange(series: ChartSeries[], range: TimeRange): ChartSeries[] {
  if (!range.from && !range.to) return series;
  // Dates given the wrong way round still mean the period between them.
  const [from, to] = range.from && range.to && range.from > range.to ? [range.to, range.from] : [range.from, range.to];
  const low = from ? dayNumber(from) * MS_PER_DAY : -Infinity;
  const high = to ? (dayNumber(to) + 1) * MS_PER_DAY - 1 : Infinity;
  return series.flatMap((s) => {
    const points = s.points.filter((p) => p.time >= low && p.time <= high);
    return points.length ? [{ ...s, points }] : [];
  });
}

/** The first and last day drawn, as ISO dates: the bounds of the range inputs. */
export function seriesDays(series: ChartSeries[]): { first: string; last: string } | null {
  const [start, end] = chartBounds(series);
  if (!start || !end) return null;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { first: iso(start.time), last: iso(end.time) };
}

export interface PartySummary {
  name: string;
  claims: number;
  first: { when: string; text: string };
  latest: { when: string; text: string };
}

export interface HistorySummary {
  claims: number;
  parties: PartySummary[];
  from: string;
  to: string;
}

/* The summary names values without their breakdown, so each party's line stays one short phrase. */
function shortText(measure: Measure, value: ClaimValue): string {
  return measureValueText(measure, { ...value, breakdown: undefined });
}

/** What the chart shows, in words: how many claims, from whom, over what time, and each party's first and latest value. */
export function historySummary(figure: CountFigure, measure: Measure, index: DatasetIndex): HistorySummary | null {
  const series = seriesByClaimant(figure, measure.key, index.claims, index.claimantOf);
  const all = series.flatMap((s) => s.points.map((p) => p.claim));
  if (all.length === 0) return null;
  // Each series is oldest first, so the span runs from the earliest first point to the latest last one.
  const earliest = series.map((s) => s.points[0]!.claim).reduce((a, b) => (claimTime(b) < claimTime(a) ? b : a));
  const latest = series.map((s) => s.points.at(-1)!.claim).reduce((a, b) => (claimTime(b) >= claimTime(a) ? b : a));
  return {
    claims: all.length,
    from: whenText(earliest),
    to: whenText(latest),
    parties: series.map(({ claimant, points }) => {
      const first = points[0]!;
      const last = points.at(-1)!;
      return {
        name: sourceName(claimant, index),
        claims: points.length,
        first: { when: whenText(first.claim), text: shortText(measure, first.value) },
        latest: { when: whenText(last.claim), text: shortText(measure, last.value) },
      };
    }),
  };
}
