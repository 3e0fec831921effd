import { lazy, Suspense } from 'react';
import type { CountFigure } from '../../data/schema';
import type { DatasetIndex } from '../../data/figures';
import { seriesByClaimant } from '../../data/claims';
import { DateText } from '../../components/date-text';
import { SectionBoundary } from '../../components/section-boundary';

// recharts is large; it loads only when a figure with a history is opened.
const HistoryChart = lazy(() => import('./history-chart').then((m) => ({ default: m.HistoryChart })));

export function FigureHistory({ figure, index }: { figure: CountFigure; index: DatasetIndex }) {
  const measure = figure.measures[0]!;
  const series = seriesByClaimant(figure, measure.key, index.claims, index.claimantOf);
  const points = series.flatMap((s) => s.points);
  if (points.length < 2) {
    return <p>Only one value has been recorded so far. A chart appears once there are more.</p>;
  }
  const first = points.reduce((a, b) => (a.claim.date < b.claim.date ? a : b));
  const last = points.reduce((a, b) => (a.claim.date > b.claim.date ? a : b));
  return (
    <>
      <p>
        {points.length} values between <DateText date={first.claim.date} style="long" /> and{' '}
        <DateText date={last.claim.date} style="long" />.
      </p>
      <SectionBoundary what="the chart (the list of claims holds the same values)">
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <HistoryChart
            series={[{ key: measure.key, label: measure.label }]}
            points={points.map((p) => ({
              date: p.claim.date,
              values: { [measure.key]: p.value.value ?? p.value.low ?? 0 },
              source: index.sources.get(index.claimantOf(p.claim))?.name ?? index.claimantOf(p.claim),
            }))}
          />
        </Suspense>
      </SectionBoundary>
    </>
  );
}
