import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import { seedDataset, withHistoryAndRivalClaim } from '../../../test/fixtures';
import { BUSY_DAY, BUSY_FIGURE_ID, withBusyFigure } from '../../../test/figure-fixtures';
import type { ChartSeries } from './chart-data';

// recharts draws nothing measurable in jsdom; this stand-in shows what the chart was given.
vi.mock('./history-chart', () => ({
  HistoryChart: ({ series }: { series: ChartSeries[] }) => (
    <p data-testid="chart" data-points={series.reduce((n, s) => n + s.points.length, 0)}>
      {series.map((s) => `${s.name}: ${s.points.map((p) => p.value).join(', ')}`).join('; ')}
    </p>
  ),
}));

/* The history section once its chart is drawn: it follows the page's first screen. */
async function openHistory() {
  serveDataset(withHistoryAndRivalClaim(seedDataset()));
  renderApp('/figures/casualties-19-september');
  const history = await screen.findByRole('region', { name: 'How it changed over time' });
  await within(history).findByTestId('chart', {}, { timeout: 10_000 });
  return history;
}

describe('the history of a figure', () => {
  it('sums up the first measure: claims, parties, dates, and each party’s first and latest value', async () => {
    const history = await openHistory();
    expect(within(history).getByRole('radio', { name: 'civilians killed' })).toBeChecked();
    expect(history).toHaveTextContent('3 claims from 2 parties between 18 September 2023 and 19 September 2023.');
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Zartonk Media: first 1 civilian killed (18 September 2023), latest 2 civilians killed (19 September 2023)',
      'Test Ombudsman: at least 5 civilians killed (19 September 2023), its only claim',
    ]);
    expect(await within(history).findByTestId('chart')).toHaveTextContent('Zartonk Media: 1, 2; Test Ombudsman: 5');
  });

  it('switches the chart and the summary to another measure from the keyboard', async () => {
    const user = userEvent.setup();
    const history = await openHistory();
    const switcher = within(history).getByRole('group', { name: 'Measure shown' });
    within(switcher).getByRole('radio', { name: 'civilians killed' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(switcher).getByRole('radio', { name: 'injured' })).toBeChecked();
    expect(history).toHaveTextContent('2 claims from 1 party between 18 September 2023 and 19 September 2023.');
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Zartonk Media: first 10 injured (18 September 2023), latest 23 injured (19 September 2023)']);
    expect(await within(history).findByTestId('chart')).toHaveTextContent(/^Zartonk Media: 10, 23$/);
  });

  it('offers no switch while a figure has a single claim', async () => {
    renderApp('/figures/casualties-19-september');
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    expect(within(history).queryByRole('radio')).not.toBeInTheDocument();
    expect(history).toHaveTextContent('Only one value has been recorded so far');
  });

  it('offers no switch for a figure with one measure', async () => {
    renderApp('/figures/population-under-blockade');
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    expect(within(history).queryByRole('radio')).not.toBeInTheDocument();
    expect(history).toHaveTextContent('Only one value has been recorded so far');
  });

  /* The busy figure draws all its claims but three (a withdrawal, the claim withdrawn and the one corrected). */
  async function openBusyHistory(claims: number) {
    serveDataset(withBusyFigure(seedDataset(), claims));
    renderApp(`/figures/${BUSY_FIGURE_ID}`);
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    await within(history).findByTestId('chart', {}, { timeout: 10_000 });
    return history;
  }

  it('offers a period to draw once the chart has 20 claims', async () => {
    const history = await openBusyHistory(23);
    expect(within(history).getByTestId('chart')).toHaveAttribute('data-points', '20');
    const period = within(history).getByRole('group', { name: 'Period drawn' });
    // The first claim drawn is the correction of 22 August: the claim it corrects is not drawn.
    expect(within(period).getByLabelText('from')).toHaveValue('2023-08-22');
    expect(within(period).getByLabelText('to')).toHaveValue(BUSY_DAY);
  });

  it('offers no period to draw below 20 claims', async () => {
    const history = await openBusyHistory(22);
    expect(within(history).getByTestId('chart')).toHaveAttribute('data-points', '19');
    expect(within(history).queryByRole('group', { name: 'Period drawn' })).not.toBeInTheDocument();
  });

  it('draws only the claims of the period chosen, and the whole period again on request', async () => {
    const user = userEvent.setup();
    const history = await openBusyHistory(30);
    const period = within(history).getByRole('group', { name: 'Period drawn' });
    fireEvent.change(within(period).getByLabelText('from'), { target: { value: BUSY_DAY } });
    // The seven parties of the busy day.
    expect(within(history).getByTestId('chart')).toHaveAttribute('data-points', '7');
    await user.click(within(period).getByRole('button', { name: 'Whole period' }));
    expect(within(history).getByTestId('chart')).toHaveAttribute('data-points', '27');
  });

  it('folds each party’s first and latest value when there are more than four parties', async () => {
    const history = await openBusyHistory(30);
    expect(history).toHaveTextContent('27 claims from 10 parties between 22 August 2023 20:00 and 19 September 2023.');
    const folded = history.querySelector('.history-summary details')!;
    expect(folded.querySelector('summary')).toHaveTextContent('Each party’s first and latest value');
    expect(folded.querySelectorAll('li')).toHaveLength(10);
    expect((folded as HTMLDetailsElement).open).toBe(false);
  });
});
