import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ChartPoint, ChartSeries } from './chart-data';
import { HistoryChart } from './history-chart';

// jsdom lays nothing out: the plot is measured 640 pixels wide.
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: (entries: { contentRect: { width: number } }[]) => void) {}
      observe() {
        this.report([{ contentRect: { width: 640 } }]);
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const point = (date: string, value: number, by: string): ChartPoint => ({
  time: Date.parse(`${date}T00:00:00Z`),
  value,
  marker: 'exact',
  claimId: `${by}-${date}`,
  when: date,
  valueText: `${value} killed`,
  attribution: by,
  status: 'Reported',
});

const circles = (claimant: string, points: ChartPoint[]): ChartSeries => ({
  claimant,
  name: claimant,
  colour: '#3a78c9',
  shape: 'circle',
  dash: '',
  points,
});

const monitor = circles('Test Monitor', [
  point('2023-08-21', 10, 'Test Monitor'),
  point('2023-09-19', 40, 'Test Monitor'),
]);
const ministry = circles('Test Ministry', [
  point('2023-09-01', 20, 'Test Ministry'),
  point('2023-09-19', 41, 'Test Ministry'),
]);

const file = { title: 'T', measure: 'killed', dated: 'd', figureId: 'f', revision: 1 };

/* The centre of each circle marker: its path starts at the circle's left edge, 5 pixels from the centre. */
function markerCentres(container: HTMLElement): { x: number; y: number }[] {
  return [...container.querySelectorAll('path.chart-marker')].flatMap((path) =>
    [...(path.getAttribute('d') ?? '').matchAll(/M([\d.-]+),([\d.-]+)/g)].map((m) => ({
      x: Number(m[1]) + 5,
      y: Number(m[2]),
    })),
  );
}

/* The chart, once every part of it is drawn: they come a task apart. */
async function renderChart(props: Omit<Parameters<typeof HistoryChart>[0], 'file'>) {
  const { container } = render(<HistoryChart {...props} file={file} />);
  await waitFor(() => expect(container.querySelector('.chart-marks')).not.toBeNull(), { timeout: 10_000 });
  return container;
}

describe('the history chart', () => {
  it('titles its value axis with what is counted and the unit', async () => {
    const container = await renderChart({ series: [monitor], axis: 'people killed (people)' });
    expect(container.querySelector('svg .chart-axis-title')).toHaveTextContent('people killed (people)');
  });

  it('writes the year on the first day of the time axis, not on every day', async () => {
    const container = await renderChart({ series: [monitor], axis: 'killed' });
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['24 Aug 2023', '31 Aug', '7 Sept', '14 Sept']);
  });

  it('sets markers of the same day side by side, and lists them all in the tooltip', async () => {
    const container = await renderChart({ series: [monitor, ministry], axis: 'killed' });
    const centres = markerCentres(container);
    expect(centres).toHaveLength(4);
    // The two last markers, of 19 September, one per claimant.
    const [a, b] = centres.filter((c) => c.x > 500);
    expect(a!.x).not.toBe(b!.x);
    fireEvent.pointerMove(container.querySelector('.chart-marks rect')!, { clientX: a!.x, clientY: a!.y });
    const tooltip = container.querySelector('.chart-tooltip');
    expect(tooltip).toHaveTextContent('2023-09-19 · 2 claims');
    expect(tooltip).toHaveTextContent('40 killed: Test Monitor, reported');
    expect(tooltip).toHaveTextContent('41 killed: Test Ministry, reported');
  });

  it('draws the claimants chosen in full and the others faint', async () => {
    const container = await renderChart({
      series: [monitor, ministry],
      axis: 'killed',
      highlight: new Set(['Test Ministry']),
    });
    const opacities = [...container.querySelectorAll('.chart-marks > g')].map((g) => g.getAttribute('opacity'));
    expect(opacities).toEqual(['0.2', null]);
    expect(screen.getByText('Test Monitor').closest('li')).toHaveClass('chart-legend-faint');
  });
});
