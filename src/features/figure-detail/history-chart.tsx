import { useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
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
import { formatNumber } from '../../data/words/format';
import { chartBounds, tickText, timeTicks, type ChartPoint, type ChartSeries } from './chart-data';
import { shapePath } from './marker-shape';
import type { ChartDownload } from './chart-export';

const R = 5;

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

const KEY =
  'Filled: exact · ○ hollow: about · ▲ above: at least · ▼ below: at most · ┃ whisker: range, marked at its middle';

/** What a downloaded chart says besides the chart itself (its legend and key come from the chart). */
export type ChartFileInfo = Omit<ChartDownload, 'series' | 'key'>;

/* The file-making code loads when a reader asks for a file, not with the chart. */
function ChartDownloads({
  plot,
  series,
  file,
}: {
  plot: RefObject<HTMLDivElement | null>;
  series: ChartSeries[];
  file: ChartFileInfo;
}) {
  const [problem, setProblem] = useState('');
  const save = async (format: 'svg' | 'png') => {
    setProblem('');
    try {
      const { downloadChart } = await import('./chart-export');
      if (!plot.current) throw new Error('The chart is not on the page');
      await downloadChart(format, plot.current, { ...file, series, key: KEY });
    } catch (error) {
      setProblem(
        `The chart could not be saved as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  };
  return (
    <>
      <p className="download-buttons chart-downloads">
        <button type="button" className="secondary" onClick={() => void save('svg')}>
          Download chart (SVG)
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void save('png')}>
          Download chart (PNG)
        </button>
      </p>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}

/*
 * The chart is a picture of the list of claims, so it is hidden from screen
 * readers and kept out of the tab order; the summary beside it and the list
 * carry the same data. Its download buttons sit outside that hidden part.
 */
export function HistoryChart({
  series,
  decimals = false,
  file,
}: {
  series: ChartSeries[];
  decimals?: boolean;
  file: ChartFileInfo;
}) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [width, setWidth] = useState(0);
  const plot = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => chartBounds(series), [series]);
  const { ticks, unit } = useMemo(() => timeTicks(bounds[0]?.time ?? 0, bounds[1]?.time ?? 0), [bounds]);

  return (
    <>
      <div className="history-chart" aria-hidden="true">
        <div className="history-chart-plot" ref={plot}>
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
        <p className="chart-key muted">{KEY}</p>
      </div>
      <ChartDownloads plot={plot} series={series} file={file} />
    </>
  );
}
