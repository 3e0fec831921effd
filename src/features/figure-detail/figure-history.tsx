import { lazy, startTransition, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { CountFigure, Dataset, Measure } from '../../data/schema/schema';
import type { DatasetIndex } from '../../data/words/figures';
import { activeClaims } from '../../data/ledger/claims';
import { formatCount } from '../../data/words/format';
import { formatDate } from '../../data/schema/dates';
import { revisionLabel } from '../../data/words/revision-text';
import { SITE_NAME } from '../../components/page-heading';
import { SectionBoundary } from '../../components/section-boundary';
import { chartSeries, historySummary, type HistorySummary } from './chart-data';

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
function ChartPending() {
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

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function Summary({ summary }: { summary: HistorySummary }) {
  return (
    <div className="history-summary">
      <p>
        {plural(summary.claims, 'claim', 'claims')} from {plural(summary.parties.length, 'party', 'parties')} between{' '}
        {summary.from} and {summary.to}. Corrected and withdrawn claims are left out; the list above has them all.
      </p>
      <ul>
        {summary.parties.map((party) => (
          <li key={party.name}>
            {party.claims === 1
              ? `${party.name}: ${party.first.text} (${party.first.when}), its only claim`
              : `${party.name}: first ${party.first.text} (${party.first.when}), latest ${party.latest.text} (${party.latest.when})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FigureHistoryProps {
  figure: CountFigure;
  index: DatasetIndex;
  /** The data's date and revision, written into a downloaded chart. */
  dataset: Pick<Dataset, 'asOf' | 'revision' | 'updatedAt'>;
}

export function FigureHistory({ figure, index, dataset }: FigureHistoryProps) {
  const [chosenKey, setChosenKey] = useState(figure.measures[0]!.key);
  const measure = figure.measures.find((m) => m.key === chosenKey) ?? figure.measures[0]!;
  const series = useMemo(() => chartSeries(figure, measure, index), [figure, measure, index]);
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
        <Summary summary={summary} />
        <SectionBoundary what="the chart (the list of claims holds the same values)">
          <Suspense fallback={<ChartPending />}>
            {drawn ? (
              <HistoryChart
                key={measure.key}
                series={series}
                decimals={measure.decimals}
                file={{
                  title: figure.label,
                  measure: measure.label,
                  dated: `Data as of ${formatDate(dataset.asOf, 'long')} · ${revisionLabel(dataset)} · ${SITE_NAME}`,
                  figureId: figure.id,
                  measureKey: figure.measures.length > 1 ? measure.key : undefined,
                  revision: dataset.revision,
                }}
              />
            ) : (
              <ChartPending />
            )}
          </Suspense>
        </SectionBoundary>
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
