import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import { seedDataset, withHistoryAndRivalClaim } from '../../../test/fixtures';

// A chart that fails to render, as one whose code did not load would.
vi.mock('./history-chart', () => ({
  HistoryChart: () => {
    throw new Error('The chart code could not be loaded');
  },
}));

describe('a figure page whose chart fails', () => {
  it('keeps the figure, its sources and every claim, and says what failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    serveDataset(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/figures/casualties-19-september');
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    expect(await within(history).findByRole('alert')).toHaveTextContent(
      /Could not show the chart .*The chart code could not be loaded/,
    );
    const claims = screen.getByRole('region', { name: 'Every claim' });
    await within(claims).findByRole('table', {}, { timeout: 10_000 });
    expect(within(claims).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Casualties of the 19 September offensive');
    expect(screen.getByRole('region', { name: 'Where this number comes from' })).toHaveTextContent('Zartonk Media');
  });
});
