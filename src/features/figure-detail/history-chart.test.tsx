import { cloneElement, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ChartPoint, ChartSeries } from './chart-data';
import { HistoryChart } from './history-chart';
import type * as Recharts from 'recharts';

// jsdom lays nothing out, so the chart is drawn at a fixed size rather than measured.
vi.mock('recharts', async (original) => ({
  ...(await original<typeof Recharts>()),
  ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) =>
    cloneElement(children, { width: 640, height: 280 }),
}));

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

describe('the history chart', () => {
  it('titles its value axis with what is counted and the unit', () => {
    const { container } = render(<HistoryChart series={[monitor]} axis="people killed (people)" file={file} />);
    expect(container.querySelector('svg .chart-axis-title')).toHaveTextContent('people killed (people)');
  });

  it('writes the year on the first day of the time axis, not on every day', () => {
    const { container } = render(<HistoryChart series={[monitor]} axis="killed" file={file} />);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['24 Aug 2023', '31 Aug', '7 Sept', '14 Sept']);
  });

  it('sets markers of the same day side by side, and lists them all in the tooltip', () => {
    const { container } = render(<HistoryChart series={[monitor, ministry]} axis="killed" file={file} />);
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

  it('draws the claimants chosen in full and the others faint', () => {
    const { container } = render(
      <HistoryChart series={[monitor, ministry]} axis="killed" highlight={new Set(['Test Ministry'])} file={file} />,
    );
    const opacities = [...container.querySelectorAll('.chart-marks > g')].map((g) => g.getAttribute('opacity'));
    expect(opacities).toEqual(['0.2', null]);
    expect(screen.getByText('Test Monitor').closest('li')).toHaveClass('chart-legend-faint');
  });
});
