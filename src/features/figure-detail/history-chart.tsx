import { memo, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
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
import {
  chartBounds,
  sideBySide,
  tickLabels,
  tickText,
  timeTicks,
  type ChartPoint,
  type ChartSeries,
} from './chart-data';
import { shapePath } from './marker-shape';
import type { ChartDownload } from './chart-export';

const R = 5;

/* The arrowhead of "at least" (pointing up, above the marker) or "at most" (down, below it). */
function arrowPath(up: boolean, x: number, y: number): string {
  const tip = up ? y - R - 11 : y + R + 11;
  const base = up ? y - R - 1 : y + R + 1;
  return `M${x},${tip}L${x + 6},${base}L${x - 6},${base}Z`;
}

interface Placed {
  point: ChartPoint;
  /** The claimant's series, whose colour and shape the tooltip repeats. */
  series: ChartSeries;
  x: number;
  y: number;
}

interface Hovered extends Placed {
  /** Every marker of the same instant, the hovered one among them: the tooltip lists them all. */
  same: Placed[];
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
 * Where each marker goes: its moment and value through the scales, and
 * markers of different claimants at the same moment set side by side, so
 * none is hidden behind another.
 */
function placeMarkers(
  series: ChartSeries[],
  xScale: (time: number) => number | undefined,
  yScale: (value: number) => number | undefined,
): Placed[][] {
  const atMoment = new Map<number, number>();
  for (const s of series) for (const p of s.points) atMoment.set(p.time, (atMoment.get(p.time) ?? 0) + 1);
  const taken = new Map<number, number>();
  return series.map((s) =>
    s.points.flatMap((point) => {
      const x = xScale(point.time);
      const y = yScale(point.value);
      if (x === undefined || y === undefined) return [];
      const count = atMoment.get(point.time) ?? 1;
      const nth = taken.get(point.time) ?? 0;
      taken.set(point.time, nth + 1);
      return [{ point, series: s, x: x + sideBySide(count)[nth]!, y }];
    }),
  );
}

/*
 * Each mark drawn by hand in one layer: each series is a handful of paths
 * (its line, whiskers, filled and hollow markers, arrowheads) whatever its
 * length, where one recharts component per point would make a figure with
 * a thousand claims open in one long task. Recharts still draws the axes and
 * grid, and lends its scales. Series of claimants left out by the claimant
 * filter are drawn faint, so the ones chosen stand out against the rest.
 */
function Marks({
  series,
  highlight,
  hovered,
  onHover,
}: {
  series: ChartSeries[];
  highlight: ReadonlySet<string> | null;
  hovered: Hovered | null;
  onHover: (h: Hovered | null) => void;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const placedBySeries = useMemo(
    () => (xScale && yScale ? placeMarkers(series, xScale, yScale) : []),
    [series, xScale, yScale],
  );
  if (!xScale || !yScale || !area) return null;

  const placed = placedBySeries.flat();
  const paths: SeriesPaths[] = placedBySeries.map((marks, i) => {
    const s = series[i]!;
    const drawn: SeriesPaths = { series: s, line: '', whiskers: '', filled: '', hollow: '', arrows: '' };
    for (const { point, x, y } of marks) {
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
  const faint = (s: ChartSeries) => (highlight && !highlight.has(s.claimant) ? 0.2 : undefined);

  const find = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: Placed | null = null;
    let bestDistance = REACH * REACH;
    for (const candidate of placed) {
      const distance = (candidate.x - px) ** 2 + (candidate.y - py) ** 2;
      if (distance <= bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best?.point === hovered?.point) return;
    onHover(best && { ...best, same: placed.filter((p) => p.point.time === best.point.time) });
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
          opacity={faint(s)}
        />
      ))}
      {paths.map(({ series: s, whiskers }) =>
        whiskers ? (
          <path
            key={`whiskers-${s.claimant}`}
            d={whiskers}
            fill="none"
            stroke={s.colour}
            strokeWidth={2}
            opacity={faint(s)}
          />
        ) : null,
      )}
      {paths.map(({ series: s, filled, hollow, arrows }) => (
        <g key={`markers-${s.claimant}`} opacity={faint(s)}>
          {filled && <path className="chart-marker" d={filled} fill={s.colour} stroke={s.colour} />}
          {hollow && (
            <path className="chart-marker chart-hollow" d={hollow} fill="#ffffff" stroke={s.colour} strokeWidth={2} />
          )}
          {arrows && <path className="chart-arrow" d={arrows} fill={s.colour} stroke="#ffffff" />}
        </g>
      ))}
      {hovered && (
        <circle
          className="chart-hover-ring"
          cx={hovered.x}
          cy={hovered.y}
          r={R + 5}
          fill="none"
          stroke="#1b1b1b"
          strokeWidth={2}
        />
      )}
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

/* The value axis's title, above the axis and read across, as is easier than turned on its side. */
function AxisTitle({ text }: { text: string }) {
  const area = usePlotArea();
  if (!area) return null;
  return (
    <text className="chart-axis-title" x={4} y={area.y - 12} fill="#1b1b1b" fontSize={13} fontWeight={600}>
      {text}
    </text>
  );
}

function PointTooltip({ hovered, width }: { hovered: Hovered; width: number }) {
  const { point, x, y, same } = hovered;
  // The tooltip sits beside the marker, on whichever side has more room.
  const style = x > width / 2 ? { right: width - x + 12, top: y + 12 } : { left: x + 12, top: y + 12 };
  return (
    <div className="chart-tooltip" style={style}>
      <p>
        <strong>{point.when}</strong>
        {same.length > 1 && ` · ${same.length} claims`}
      </p>
      {same.length > 1 ? (
        <ul>
          {same.map((p) => (
            <li key={p.point.claimId} className={p.point === point ? 'chart-tooltip-current' : undefined}>
              <LegendMarker series={p.series} /> {p.point.valueText}: {p.point.attribution},{' '}
              {p.point.status.toLowerCase()}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{point.valueText}</p>
          <p>{point.attribution}</p>
          <p>{point.status}</p>
        </>
      )}
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
 * It is drawn again only when its own props change: the claim table and its
 * filter above leave it alone, save the set of claimants to bring forward.
 */
export const HistoryChart = memo(function HistoryChart({
  series,
  decimals = false,
  axis,
  highlight = null,
  file,
}: {
  series: ChartSeries[];
  decimals?: boolean;
  /** The value axis's title: "civilians killed (people)". */
  axis: string;
  /** The claimants chosen in the claim filter, drawn in full; the others faint. Null: every one in full. */
  highlight?: ReadonlySet<string> | null;
  file: ChartFileInfo;
}) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [width, setWidth] = useState(0);
  const plot = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => chartBounds(series), [series]);
  // As many time ticks as fit the width with their dates written out, the year among them.
  const maxTicks = Math.max(2, Math.min(6, Math.floor((width || 640) / 110)));
  const { ticks, labels, unit } = useMemo(() => {
    const t = timeTicks(bounds[0]?.time ?? 0, bounds[1]?.time ?? 0, maxTicks);
    return { ...t, labels: tickLabels(t.ticks, t.unit) };
  }, [bounds, maxTicks]);

  return (
    <>
      <div className="history-chart" aria-hidden="true">
        <div className="history-chart-plot" ref={plot}>
          <ResponsiveContainer width="100%" height={280} onResize={(w) => setWidth(w)}>
            <LineChart data={bounds} accessibilityLayer={false} margin={{ top: 28, right: 20, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="#d9d6cc" strokeDasharray="3 3" />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                ticks={ticks}
                interval="preserveStart"
                tickFormatter={(t: number) => labels.get(t) ?? tickText(t, unit)}
                padding={{ left: 28, right: 28 }}
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
              <AxisTitle text={axis} />
              <Marks series={series} highlight={highlight} hovered={hovered} onHover={setHovered} />
            </LineChart>
          </ResponsiveContainer>
          {hovered && <PointTooltip hovered={hovered} width={width} />}
        </div>
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.claimant} className={highlight && !highlight.has(s.claimant) ? 'chart-legend-faint' : undefined}>
              <LegendMarker series={s} /> {s.name}
            </li>
          ))}
        </ul>
        <p className="chart-key muted">{KEY}</p>
      </div>
      <ChartDownloads plot={plot} series={series} file={file} />
    </>
  );
});
