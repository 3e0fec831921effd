import { memo, startTransition, useEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { LineChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatNumber } from '../../data/words/format';
import {
  chartBounds,
  sideBySide,
  tickLabels,
  tickText,
  timeTicks,
  valueTicks,
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
  toX: (time: number) => number,
  toY: (value: number) => number,
): Placed[][] {
  const atMoment = new Map<number, number>();
  for (const s of series) for (const p of s.points) atMoment.set(p.time, (atMoment.get(p.time) ?? 0) + 1);
  const taken = new Map<number, number>();
  return series.map((s) =>
    s.points.map((point) => {
      const count = atMoment.get(point.time) ?? 1;
      const nth = taken.get(point.time) ?? 0;
      taken.set(point.time, nth + 1);
      return { point, series: s, x: toX(point.time) + sideBySide(count)[nth]!, y: toY(point.value) };
    }),
  );
}

/* Where the chart's corners fall: the first and last instants across, zero and the top value up. */
type Frame = [x0: number, x1: number, y0: number, y1: number];

/* Linear scales are fixed by two points each: every marker is placed from the frame alone. */
function linear(from: number, to: number, a: number, b: number): (value: number) => number {
  return from === to ? () => a : (value) => a + ((value - from) * (b - a)) / (to - from);
}

/* Every series as a handful of paths, and each marker's place for the tooltip. */
function drawMarks(series: ChartSeries[], bounds: { time: number; value: number }[], frame: Frame) {
  const [first, last] = bounds as [{ time: number; value: number }, { time: number; value: number }];
  const toX = linear(first.time, last.time, frame[0], frame[1]);
  const toY = linear(0, last.value, frame[2], frame[3]);
  const placedBySeries = placeMarkers(series, toX, toY);
  const paths = placedBySeries.map((marks, i) => {
    const s = series[i]!;
    const drawn: SeriesPaths = { series: s, line: '', whiskers: '', filled: '', hollow: '', arrows: '' };
    for (const { point, x, y } of marks) {
      drawn.line += `${drawn.line ? 'L' : 'M'}${x},${y}`;
      if (point.whisker) {
        const low = toY(point.whisker.low);
        const high = toY(point.whisker.high);
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
  return { placed: placedBySeries.flat(), paths, toX, toY };
}

/*
 * Each mark drawn by hand in one layer: each series is a handful of paths
 * (its line, whiskers, filled and hollow markers, arrowheads) whatever its
 * length, where one recharts component per point would make a figure with
 * a thousand claims open in one long task. The grid is drawn here too;
 * recharts draws the axes and lends its scales. Series of claimants left out by the claimant
 * filter are drawn faint, so the ones chosen stand out against the rest.
 */
function Marks({
  series,
  bounds,
  xTicks,
  yTicks,
  highlight,
  hovered,
  onHover,
}: {
  series: ChartSeries[];
  bounds: { time: number; value: number }[];
  xTicks: number[];
  yTicks: number[];
  highlight: ReadonlySet<string> | null;
  hovered: Hovered | null;
  onHover: (h: Hovered | null) => void;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  /*
   * Recharts sizes its axes over several renders, handing out a new scale
   * each time: the marks are worked out again only when the corners move.
   */
  const [first, last] = bounds;
  const at = xScale &&
    yScale &&
    first &&
    last && [xScale(first.time), xScale(last.time), yScale(0), yScale(last.value)];
  const corners = at && at.every((n) => n !== undefined && Number.isFinite(n)) ? at.join() : '';
  const frame = useMemo(() => (corners ? (corners.split(',').map(Number) as Frame) : null), [corners]);
  const marks = useMemo(() => (frame ? drawMarks(series, bounds, frame) : null), [series, bounds, frame]);
  if (!marks || !area) return null;
  const { placed, paths, toX, toY } = marks;
  // The grid, on the ticks of both axes: drawn here, it costs recharts nothing each time the chart is drawn again.
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  const grid =
    xTicks.map((t) => `M${toX(t)},${area.y}V${bottom}`).join('') +
    yTicks.map((v) => `M${area.x},${toY(v)}H${right}`).join('');
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
      <path className="chart-grid" d={grid} fill="none" stroke="#d9d6cc" strokeDasharray="3 3" />
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

/* The plot's height; the page holds its place while the chart loads (.chart-pending). */
const PLOT_HEIGHT = 280;

/*
 * The plot's width, measured by the page rather than by recharts'
 * ResponsiveContainer, whose first drawing of the chart follows its
 * measurement as an urgent update in one long task. Here the chart is
 * drawn, and drawn again on a resize, in a transition, which React renders
 * in short slices.
 */
function usePlotWidth(plot: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = plot.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      startTransition(() => setWidth(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [plot]);
  return width;
}

/*
 * Recharts' start-up is one long task when the whole chart mounts at once:
 * each part registers in its store as it mounts, and the chart is drawn
 * again, at once, with all of them. Mounted a part at a time, each in a
 * task of its own, no task is long; the plot stays hidden until the last
 * part is in.
 */
const LAST_STAGE = 3;
function useStage(start: boolean): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!start || stage >= LAST_STAGE) return;
    const timer = setTimeout(() => startTransition(() => setStage((s) => s + 1)));
    return () => clearTimeout(timer);
  }, [start, stage]);
  return stage;
}

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
  const plot = useRef<HTMLDivElement>(null);
  const width = usePlotWidth(plot);
  const stage = useStage(width > 0);
  const bounds = useMemo(() => chartBounds(series), [series]);
  /*
   * The value ticks worked out here, and the axis sized to the longest
   * label: recharts' own nice ticks and measured width ("auto") cost it
   * much of its start-up.
   */
  const yTicks = useMemo(() => valueTicks(bounds[1]?.value ?? 0, decimals), [bounds, decimals]);
  const axisWidth = 16 + 8 * formatNumber(yTicks.at(-1)!, decimals).length;
  // As many time ticks as fit the width with their dates written out, the year among them.
  const maxTicks = Math.max(2, Math.min(6, Math.floor(width / 110)));
  const { ticks, labels, unit } = useMemo(() => {
    const t = timeTicks(bounds[0]?.time ?? 0, bounds[1]?.time ?? 0, maxTicks);
    return { ...t, labels: tickLabels(t.ticks, t.unit) };
  }, [bounds, maxTicks]);

  return (
    <>
      <div className="history-chart" aria-hidden="true">
        <div className="history-chart-plot" ref={plot}>
          {width > 0 && (
            <LineChart
              width={width}
              height={PLOT_HEIGHT}
              data={bounds}
              accessibilityLayer={false}
              margin={{ top: 28, right: 20, bottom: 8, left: 8 }}
              style={stage < LAST_STAGE ? { visibility: 'hidden' } : undefined}
            >
              {stage >= 1 && (
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
              )}
              {stage >= 2 && (
                <YAxis
                  dataKey="value"
                  type="number"
                  domain={[0, yTicks.at(-1)!]}
                  ticks={yTicks}
                  tickFormatter={(v: number) => formatNumber(v, decimals)}
                  width={axisWidth}
                  stroke="#4a4a4a"
                />
              )}
              {stage >= LAST_STAGE && (
                <>
                  <AxisTitle text={axis} />
                  <Marks
                    series={series}
                    bounds={bounds}
                    xTicks={ticks}
                    yTicks={yTicks}
                    highlight={highlight}
                    hovered={hovered}
                    onHover={setHovered}
                  />
                </>
              )}
            </LineChart>
          )}
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
