import { lazy, Suspense } from 'react';
import type { CountFigure } from '../../data/schema';
import { attributionLine, attributionOf } from '../../data/attribution';
import { countedText, type DatasetIndex } from '../../data/figures';
import { formatCount } from '../../data/format';
import { historySeries } from '../../data/history';
import { DateText } from '../../components/date-text';
import { SectionBoundary } from '../../components/section-boundary';

// recharts is large; it loads only when a figure with a history is opened.
const HistoryChart = lazy(() => import('./history-chart').then((m) => ({ default: m.HistoryChart })));

export function FigureHistory({ figure, index }: { figure: CountFigure; index: DatasetIndex }) {
  const points = historySeries(figure);
  const sourceOf = (citations: string[]) =>
    attributionLine(
      citations.flatMap((id) => {
        const c = index.citations.get(id);
        return c ? [attributionOf(c, index.sources)] : [];
      }),
    );

  if (points.length === 1) {
    return (
      <p>
        Only one value has been recorded so far: {figure.measures.map(countedText).join('; ')}, on{' '}
        <DateText date={figure.date} style="long" />. A chart appears once the figure changes.
      </p>
    );
  }

  const first = points[0]!;
  const last = points.at(-1)!;
  const summary = figure.measures
    .map(
      (m) => `${m.label} went from ${formatCount(first.values[m.key] ?? 0)} to ${formatCount(last.values[m.key] ?? 0)}`,
    )
    .join('; ');

  return (
    <>
      <p>
        {points.length} values between <DateText date={first.date} style="long" /> and{' '}
        <DateText date={last.date} style="long" />: {summary}.
      </p>
      <SectionBoundary what="the chart (the table below holds the same values)">
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <HistoryChart
            series={figure.measures.map((m) => ({ key: m.key, label: m.label }))}
            points={points.map((p) => ({ date: p.date, values: p.values, source: sourceOf(p.citations) }))}
          />
        </Suspense>
      </SectionBoundary>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="History of this figure">
        <table>
          <caption className="visually-hidden">Values of {figure.label} over time, with their sources</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {figure.measures.map((m) => (
                <th key={m.key} scope="col">
                  {m.label}
                </th>
              ))}
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={`${p.date}-${p.current}`}>
                <th scope="row">
                  <DateText date={p.date} />
                  {p.current && <span className="muted"> (current)</span>}
                </th>
                {figure.measures.map((m) => (
                  <td key={m.key} className="num">
                    {p.values[m.key] === undefined ? '—' : formatCount(p.values[m.key]!)}
                  </td>
                ))}
                <td>
                  {sourceOf(p.citations)}
                  {p.note && <span className="row-note"> — {p.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
