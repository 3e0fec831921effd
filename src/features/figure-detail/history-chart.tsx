import { useMemo, type ReactElement } from 'react';
import {
  CartesianGrid,
  ErrorBar,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatNumber } from '../../data/format';
import { tickText, timeTicks, type ChartPoint, type ChartSeries, type MarkerShape } from './chart-data';

const R = 5;

/* Outlines of the claimant's shape, centred on (x, y), as one path: cheap enough to draw a thousand. */
function shapePath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`;
    }
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return `M${x - a},${y - b}h${2 * a}v${b - a}h${b - a}v${2 * a}h${a - b}v${b - a}h${-2 * a}v${a - b}h${a - b}v${-2 * a}h${b - a}Z`;
    }
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${x + radius * Math.cos(angle)},${y + radius * Math.sin(angle)}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}

/* The arrowhead of "at least" (pointing up, above the marker) or "at most" (down, below it). */
function arrowPath(up: boolean, x: number, y: number): string {
  const tip = up ? y - R - 8 : y + R + 8;
  const base = up ? y - R - 2 : y + R + 2;
  return `M${x},${tip}L${x + 4},${base}L${x - 4},${base}Z`;
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
}

/* One shape function per series: markers are plain paths, not components, so many points stay cheap. */
function markerShape(series: ChartSeries) {
  return function Marker({ cx, cy, payload }: MarkerProps): ReactElement {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const hollow = payload.marker === 'about';
    const arrow = payload.marker === 'at-least' || payload.marker === 'at-most';
    return (
      <g>
        <path
          d={shapePath(series.shape, cx, cy, R)}
          fill={hollow ? '#ffffff' : series.colour}
          stroke={series.colour}
          strokeWidth={hollow ? 2 : 1}
        />
        {arrow && <path d={arrowPath(payload.marker === 'at-least', cx, cy)} fill={series.colour} />}
      </g>
    );
  };
}

function PointTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{point.when}</strong>
      </p>
      <p>{point.valueText}</p>
      <p>{point.attribution}</p>
      <p>{point.status}</p>
    </div>
  );
}

function LegendMarker({ series }: { series: Pick<ChartSeries, 'shape' | 'colour'> }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" className="legend-marker">
      <path d={shapePath(series.shape, 8, 8, R)} fill={series.colour} />
    </svg>
  );
}

/*
 * The chart is a picture of the list of claims, so it is hidden from screen
 * readers and kept out of the tab order; the summary beside it and the list
 * carry the same data.
 */
export function HistoryChart({ series, decimals = false }: { series: ChartSeries[]; decimals?: boolean }) {
  const shapes = useMemo(() => series.map(markerShape), [series]);
  const { ticks, unit } = useMemo(() => {
    let min = Infinity;
    let max = -Infinity;
    for (const s of series) {
      for (const p of s.points) {
        min = Math.min(min, p.time);
        max = Math.max(max, p.time);
      }
    }
    return timeTicks(min, max);
  }, [series]);

  return (
    <div className="history-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart accessibilityLayer={false} margin={{ top: 16, right: 20, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d9d6cc" strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={ticks}
            tickFormatter={(t: number) => tickText(t, unit)}
            padding={{ left: 12, right: 12 }}
            stroke="#4a4a4a"
          />
          <YAxis
            dataKey="value"
            type="number"
            tickFormatter={(v: number) => formatNumber(v, decimals)}
            allowDecimals={decimals}
            width={64}
            stroke="#4a4a4a"
          />
          <Tooltip content={PointTooltip} cursor={false} isAnimationActive={false} />
          {series.map((s, i) => (
            <Scatter
              key={s.claimant}
              name={s.name}
              data={s.points}
              shape={shapes[i]}
              line={{ stroke: s.colour, strokeWidth: 1.5, strokeDasharray: s.dash }}
              lineType="joint"
              isAnimationActive={false}
            >
              <ErrorBar dataKey="whisker" direction="y" stroke={s.colour} strokeWidth={2} width={6} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.claimant}>
            <LegendMarker series={s} /> {s.name}
          </li>
        ))}
      </ul>
      <p className="chart-key muted">
        Filled: exact · ○ hollow: about · ▲ above: at least · ▼ below: at most · ┃ whisker: range, marked at its middle
      </p>
    </div>
  );
}
