import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';

describe('sources index', () => {
  it('lists every source with its kind and what cites it, linking back', async () => {
    renderApp('/sources');
    const zartonk = (await screen.findByRole('heading', { level: 2, name: 'Zartonk Media' })).closest('li')!;
    expect(zartonk).toHaveTextContent('Media');
    expect(within(zartonk).getByRole('link', { name: 'Casualties of the 19 September offensive' })).toHaveAttribute(
      'href',
      '/figures/casualties-19-september',
    );
    expect(zartonk).toHaveTextContent('(claimed)');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Azerbaijani army',
      'European Union',
      'Government of France',
      'Medya News',
      'Ministry of Defence of Azerbaijan',
      'Zartonk Media',
    ]);
  });

  it('links an event back to its place on the dashboard', async () => {
    renderApp('/sources');
    const eu = (await screen.findByRole('heading', { level: 2, name: 'European Union' })).closest('li')!;
    expect(within(eu).getByRole('link', { name: 'European Union condemns the escalation' })).toHaveAttribute(
      'href',
      '/#event-eu-condemns-escalation',
    );
  });
});
