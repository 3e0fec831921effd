import { lazy, startTransition, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { CountFigure, Dataset, Measure } from '../../data/schema/schema';
import type { DatasetIndex } from '../../data/words/figures';
import { activeClaims } from '../../data/ledger/claims';
import { formatCount } from '../../data/words/format';
import { formatDate, isRealDate } from '../../data/schema/dates';
import { revisionLabel } from '../../data/words/revision-text';
import { SITE_NAME } from '../../components/page-heading';
import { SectionBoundary } from '../../components/section-boundary';
import {
  axisTitle,
  chartSeries,
  historySummary,
  seriesDays,
  withinRange,
  type ChartSeries,
  type HistorySummary,
  type TimeRange,
} from './chart-data';

// recharts is large; it loads only when a figure with a history is opened.
const HistoryChart = lazy(() => import('./history-chart').then((m) => ({ default: m.HistoryChart })));

function MeasureSwitch({
  measures,
  chosen,
  onChange,
}: {
  measures: Measure[];
  chosen: Measure;
  onChange: (measure: Measure) => void;
}) {
  const name = useId();
  return (
    <fieldset className="measure-switch">
      <legend>Measure shown</legend>
      {measures.map((measure) => (
        <label key={measure.key}>
          <input
            type="radio"
            name={name}
            value={measure.key}
            checked={measure === chosen}
            onChange={() => onChange(measure)}
          />{' '}
          {measure.label}
        </label>
      ))}
    </fieldset>
  );
}

/* Holds the plot's place, so nothing below moves when the chart comes. */
export function ChartPending() {
  return (
    <div className="history-chart">
      <div className="history-chart-plot chart-pending">
        <p className="muted">Drawing the chart…</p>
      </div>
    </div>
  );
}

/*
 * Recharts' start-up is one long moment whatever the history's length: the
 * chart is drawn after the rest of the page is on screen, in a transition,
 * which React renders in short slices between the reader's clicks and keys.
 */
function useDrawnAfterPage(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);
  return drawn;
}

/** The chart offers a period to draw once it has this many claims: below it, every claim is easy to see. */
const RANGE_FROM = 20;

/*
 * Two date fields, rather than a brush on the chart: they are labelled,
 * reached and set from the keyboard, and say exactly which days are drawn.
 */
function RangeControl({
  series,
  range,
  onChange,
}: {
  series: ChartSeries[];
  range: TimeRange;
  onChange: (range: TimeRange) => void;
}) {
  const days = seriesDays(series);
  if (!days) return null;
  // A date being typed is not a date yet: until it is, that end stays open.
  const date = (value: string) => (isRealDate(value) ? value : '');
  return (
    <fieldset className="chart-range">
      <legend>Period drawn</legend>
      <label>
        from{' '}
        <input
          type="date"
          min={days.first}
          max={days.last}
          value={range.from || days.first}
          onChange={(e) => onChange({ ...range, from: date(e.target.value) })}
        />
      </label>{' '}
      <label>
        to{' '}
        <input
          type="date"
          min={days.first}
          max={days.last}
          value={range.to || days.last}
          onChange={(e) => onChange({ ...range, to: date(e.target.value) })}
        />
      </label>
      {(range.from || range.to) && (
        <button type="button" className="secondary" onClick={() => onChange({ from: '', to: '' })}>
          Whole period
        </button>
      )}
    </fieldset>
  );
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/* Past a few parties, each one's line is folded, so the list of claims is not pushed far down. */
const PARTIES_SHOWN_UP_TO = 4;

function Summary({ summary }: { summary: HistorySummary }) {
  const list = (
    <ul>
      {summary.parties.map((party) => (
        <li key={party.name}>
          {party.claims === 1
            ? `${party.name}: ${party.first.text} (${party.first.when}), its only claim`
            : `${party.name}: first ${party.first.text} (${party.first.when}), latest ${party.latest.text} (${party.latest.when})`}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="history-summary">
      <p>
        {plural(summary.claims, 'claim', 'claims')} from {plural(summary.parties.length, 'party', 'parties')} between{' '}
        {summary.from} and {summary.to}. Corrected and withdrawn claims are left out; the list below has them all.
      </p>
      {summary.parties.length > PARTIES_SHOWN_UP_TO ? (
        <details>
          <summary>Each party’s first and latest value</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </div>
  );
}

interface FigureHistoryProps {
  figure: CountFigure;
  index: DatasetIndex;
  /** The data's date and revision, written into a downloaded chart. */
  dataset: Pick<Dataset, 'asOf' | 'revision' | 'updatedAt'>;
  /** The claimants chosen in the claim filter, brought forward in the chart; null when none is chosen. */
  highlight?: ReadonlySet<string> | null;
}

export function FigureHistory({ figure, index, dataset, highlight = null }: FigureHistoryProps) {
  const [chosenKey, setChosenKey] = useState(figure.measures[0]!.key);
  const [range, setRange] = useState<TimeRange>({ from: '', to: '' });
  const measure = figure.measures.find((m) => m.key === chosenKey) ?? figure.measures[0]!;
  const series = useMemo(() => chartSeries(figure, measure, index), [figure, measure, index]);
  const drawnSeries = useMemo(() => withinRange(series, range), [series, range]);
  const file = useMemo(
    () => ({
      title: figure.label,
      measure: measure.label,
      dated: `Data as of ${formatDate(dataset.asOf, 'long')} · ${revisionLabel(dataset)} · ${SITE_NAME}`,
      figureId: figure.id,
      measureKey: figure.measures.length > 1 ? measure.key : undefined,
      revision: dataset.revision,
    }),
    [figure, measure, dataset],
  );
  const summary = useMemo(() => historySummary(figure, measure, index), [figure, measure, index]);
  // With a single claim there is no history to switch between.
  const standing = useMemo(() => activeClaims(figure.id, index.claims).length, [figure, index]);
  const drawn = useDrawnAfterPage();

  let body;
  if (!summary) {
    body = <p>No claim that still stands gives {measure.label}.</p>;
  } else if (summary.claims < 2) {
    body = <p>Only one value has been recorded so far. A chart appears once there are more.</p>;
  } else {
    body = (
      <>
        <SectionBoundary what="the chart (the list of claims holds the same values)">
          <Suspense fallback={<ChartPending />}>
            {drawn ? (
              <HistoryChart
                key={measure.key}
                series={drawnSeries}
                decimals={measure.decimals}
                axis={axisTitle(figure, measure)}
                highlight={highlight}
                file={file}
              />
            ) : (
              <ChartPending />
            )}
          </Suspense>
        </SectionBoundary>
        {summary.claims >= RANGE_FROM && <RangeControl series={series} range={range} onChange={setRange} />}
        <Summary summary={summary} />
      </>
    );
  }

  return (
    <>
      {figure.measures.length > 1 && standing > 1 && (
        <MeasureSwitch measures={figure.measures} chosen={measure} onChange={(m) => setChosenKey(m.key)} />
      )}
      {body}
    </>
  );
}
