import { useMemo, useState, type PointerEvent } from 'react';
import {
  CartesianGrid,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatNumber } from '../../data/format';
import { chartBounds, tickText, timeTicks, type ChartPoint, type ChartSeries, type MarkerShape } from './chart-data';

const R = 5;

/* The outline of a claimant's shape centred on (x, y), as path commands that many markers can share one path. */
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
  const tip = up ? y - R - 11 : y + R + 11;
  const base = up ? y - R - 1 : y + R + 1;
  return `M${x},${tip}L${x + 6},${base}L${x - 6},${base}Z`;
}

interface Hovered {
  point: ChartPoint;
  x: number;
  y: number;
}

/** How near the pointer must come to a marker to show its tooltip: within reach of a finger. */
const REACH = 24;
const CAP = 5;

interface SeriesPaths {
  series: ChartSeries;
  line: string;
  whiskers: string;
  filled: string;
  hollow: string;
  arrows: string;
}

/*
 * Every mark drawn by hand in one layer: each series is a handful of paths
 * (its line, whiskers, filled and hollow markers, arrowheads) whatever its
 * length, where one recharts component per point would make a figure with
 * a thousand claims open in one long task. Recharts still draws the axes and
 * grid, and lends its scales.
 */
function Marks({
  series,
  hovered,
  onHover,
}: {
  series: ChartSeries[];
  hovered: Hovered | null;
  onHover: (h: Hovered | null) => void;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;

  const placed: Hovered[] = [];
  const paths: SeriesPaths[] = series.map((s) => {
    const drawn: SeriesPaths = { series: s, line: '', whiskers: '', filled: '', hollow: '', arrows: '' };
    for (const point of s.points) {
      const x = xScale(point.time);
      const y = yScale(point.value);
      if (x === undefined || y === undefined) continue;
      placed.push({ point, x, y });
      drawn.line += `${drawn.line ? 'L' : 'M'}${x},${y}`;
      if (point.whisker) {
        const low = yScale(point.whisker.low) ?? y;
        const high = yScale(point.whisker.high) ?? y;
        drawn.whiskers += `M${x},${low}V${high}M${x - CAP},${low}h${2 * CAP}M${x - CAP},${high}h${2 * CAP}`;
      }
      if (point.marker === 'about') drawn.hollow += shapePath(s.shape, x, y, R);
      else drawn.filled += shapePath(s.shape, x, y, R);
      if (point.marker === 'at-least' || point.marker === 'at-most') {
        drawn.arrows += arrowPath(point.marker === 'at-least', x, y);
      }
    }
    return drawn;
  });

  const find = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: Hovered | null = null;
    let bestDistance = REACH * REACH;
    for (const candidate of placed) {
      const distance = (candidate.x - px) ** 2 + (candidate.y - py) ** 2;
      if (distance <= bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best?.point !== hovered?.point) onHover(best);
  };

  // Lines and whiskers of every series first, so no line crosses over a marker.
  return (
    <g className="chart-marks">
      {paths.map(({ series: s, line }) => (
        <path
          key={`line-${s.claimant}`}
          d={line}
          fill="none"
          stroke={s.colour}
          strokeWidth={1.5}
          strokeDasharray={s.dash || undefined}
        />
      ))}
      {paths.map(({ series: s, whiskers }) =>
        whiskers ? (
          <path key={`whiskers-${s.claimant}`} d={whiskers} fill="none" stroke={s.colour} strokeWidth={2} />
        ) : null,
      )}
      {paths.map(({ series: s, filled, hollow, arrows }) => (
        <g key={`markers-${s.claimant}`}>
          {filled && <path d={filled} fill={s.colour} stroke={s.colour} />}
          {hollow && <path d={hollow} fill="#ffffff" stroke={s.colour} strokeWidth={2} />}
          {arrows && <path d={arrows} fill={s.colour} stroke="#ffffff" />}
        </g>
      ))}
      {hovered && <circle cx={hovered.x} cy={hovered.y} r={R + 5} fill="none" stroke="#1b1b1b" strokeWidth={2} />}
      <rect
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        onPointerMove={find}
        onPointerDown={find}
        onPointerLeave={() => onHover(null)}
      />
    </g>
  );
}

function PointTooltip({ hovered, width }: { hovered: Hovered; width: number }) {
  const { point, x, y } = hovered;
  // The tooltip sits beside the marker, on whichever side has more room.
  const style = x > width / 2 ? { right: width - x + 12, top: y + 12 } : { left: x + 12, top: y + 12 };
  return (
    <div className="chart-tooltip" style={style}>
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
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [width, setWidth] = useState(0);
  const bounds = useMemo(() => chartBounds(series), [series]);
  const { ticks, unit } = useMemo(() => timeTicks(bounds[0]?.time ?? 0, bounds[1]?.time ?? 0), [bounds]);

  return (
    <div className="history-chart" aria-hidden="true">
      <div className="history-chart-plot">
        <ResponsiveContainer width="100%" height={280} onResize={(w) => setWidth(w)}>
          <LineChart data={bounds} accessibilityLayer={false} margin={{ top: 16, right: 20, bottom: 8, left: 8 }}>
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
              width="auto"
              stroke="#4a4a4a"
            />
            <Marks series={series} hovered={hovered} onHover={setHovered} />
          </LineChart>
        </ResponsiveContainer>
        {hovered && <PointTooltip hovered={hovered} width={width} />}
      </div>
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
