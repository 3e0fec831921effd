import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import { seedDataset } from '../../../test/fixtures';
import { BUSY_FIGURE_ID, BUSY_PARTIES, withBusyFigure } from '../../../test/figure-fixtures';

// recharts draws nothing measurable in jsdom; this stand-in shows which claimants the chart brings forward.
vi.mock('./history-chart', () => ({
  HistoryChart: ({ highlight }: { highlight: ReadonlySet<string> | null }) => (
    <p data-testid="chart">{highlight ? `Brought forward: ${[...highlight].join(', ')}` : 'Every claimant'}</p>
  ),
}));

async function openBusyFigure() {
  serveDataset(withBusyFigure(seedDataset()));
  renderApp(`/figures/${BUSY_FIGURE_ID}`);
  const claims = await screen.findByRole('region', { name: 'Every claim' });
  await within(claims).findByRole('table', {}, { timeout: 10_000 });
  return claims;
}

const claimants = (section: HTMLElement) =>
  [...section.querySelectorAll('tbody .claim-by')].map((cell) =>
    cell.textContent.replace(/ via Test Wire Service/, '').replace(' (opens the publication in a new tab)', ''),
  );

describe('the claims of a figure with many parties', () => {
  it('lists all thirty claims and offers each party in the filter, with its number of claims', async () => {
    const claims = await openBusyFigure();
    expect(claims.querySelectorAll('tbody tr')).toHaveLength(30);
    const filter = within(claims).getByRole('group', { name: 'Show only the claims of' });
    const boxes = within(filter).getAllByRole('checkbox');
    expect(boxes).toHaveLength(10);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(within(filter).getByRole('checkbox', { name: 'Test Monitor (3)' })).toBeInTheDocument();
    expect(within(claims).getByRole('status')).toHaveTextContent('30 claims from 10 parties');
  });

  it('narrows the list to the parties ticked, says how many are shown, and brings them forward in the chart', async () => {
    const user = userEvent.setup();
    const claims = await openBusyFigure();
    const filter = within(claims).getByRole('group', { name: 'Show only the claims of' });
    await user.click(within(filter).getByRole('checkbox', { name: 'Test Monitor (3)' }));
    expect(claimants(claims)).toEqual(['Test Monitor', 'Test Monitor', 'Test Monitor']);
    expect(within(claims).getByRole('status')).toHaveTextContent('3 of 30 claims shown, from 1 of 10 parties');
    expect(screen.getByTestId('chart')).toHaveTextContent('Brought forward: test-monitor');

    await user.click(within(filter).getByRole('checkbox', { name: /^Test Field Medics/ }));
    expect(new Set(claimants(claims))).toEqual(new Set(['Test Monitor', 'Test Field Medics']));
    expect(within(claims).getByRole('status')).toHaveTextContent('5 of 30 claims shown, from 2 of 10 parties');

    await user.click(within(claims).getByRole('button', { name: 'Show every party’s claims' }));
    expect(claims.querySelectorAll('tbody tr')).toHaveLength(30);
    expect(within(claims).getByRole('status')).toHaveTextContent('30 claims from 10 parties');
    expect(screen.getByTestId('chart')).toHaveTextContent('Every claimant');
  });

  it('names parties in any script in the filter', async () => {
    const claims = await openBusyFigure();
    const filter = within(claims).getByRole('group', { name: 'Show only the claims of' });
    for (const party of BUSY_PARTIES) {
      const name = new RegExp(`^${party.name.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`);
      expect(within(filter).getByRole('checkbox', { name })).toBeInTheDocument();
    }
  });

  // Opening it with Enter or Space is the browser's own behaviour for a summary, tried in test/browser/figure-at-size.
  it('folds a long note to its opening words and opens it on request', async () => {
    const user = userEvent.setup();
    const claims = await openBusyFigure();
    const folded = claims.querySelectorAll<HTMLDetailsElement>('details.claim-note-fold');
    expect(folded.length).toBeGreaterThan(0);
    const note = folded[0]!;
    const summary = note.querySelector('summary')!;
    expect(note.open).toBe(false);
    expect(summary.querySelector('.note-opening')).toHaveTextContent(
      /^Counted from the hospital registers of three towns and from the lists…$/,
    );
    await user.click(summary);
    expect(note.open).toBe(true);
    expect(note).toHaveTextContent('will be added in its next report');
  });

  it('keeps a short note whole', async () => {
    const claims = await openBusyFigure();
    const row = claims.querySelector('#claim-busy-short-note')!;
    expect(row.querySelector('details')).toBeNull();
    expect(row).toHaveTextContent('Morning briefing.');
  });
});
