import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../data/format';
import { formatDate } from '../../data/dates';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartPoint {
  date: string;
  /** Who gave this point's values, shown in the tooltip. */
  source: string;
  values: Record<string, number>;
}

const COLOURS = ['#0b4f8a', '#b3400a', '#1d5e22', '#5a2d82'];

function PointTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: { payload: ChartPoint & Record<string, number> }[];
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{formatDate(point.date, 'long')}</strong>
      </p>
      {Object.entries(point.values).map(([key, value]) => (
        <p key={key}>
          {key}: {formatCount(value)}
        </p>
      ))}
      <p>Source: {point.source}</p>
    </div>
  );
}

/*
 * The chart is a picture of the table beside it, so it is hidden from screen
 * readers and kept out of the tab order; the table carries the same data.
 */
export function HistoryChart({ series, points }: { series: ChartSeries[]; points: ChartPoint[] }) {
  const rows = points.map((p) => ({ ...p, ...p.values }));
  return (
    <div className="history-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#d9d6cc" strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d)} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => formatCount(v)} width={64} allowDecimals={false} />
          <Tooltip content={<PointTooltip />} />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              isAnimationActive={false}
              dot={{ r: 3 }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
