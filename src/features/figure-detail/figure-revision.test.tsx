import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { storeLaterCount } from '../../../test/serve';

const PAGE = '/figures/population-under-blockade';

/* The page's one-line quote of the value shown, with its source and date: it follows the chart and the claims. */
async function quoteLine() {
  return within(await screen.findByRole('region', { name: 'How sure' }, { timeout: 10_000 })).getByText('To quote it:')
    .parentElement;
}

async function notice() {
  return screen.findByRole('complementary', { name: 'Revision shown' });
}

describe('figure page pinned to a revision', () => {
  it('shows the older numbers under a notice naming the newer revision, with a link to the current page', async () => {
    storeLaterCount();
    renderApp(`${PAGE}?revision=1`);
    expect(await notice()).toHaveTextContent(
      'You are looking at revision 1 of 28 November 2026; newer numbers exist (revision 2). See the current figures',
    );
    expect(within(await notice()).getByRole('link', { name: 'See the current figures' })).toHaveAttribute('href', PAGE);
    expect(await quoteLine()).toHaveTextContent(
      'To quote it: Population under blockade: about 120,000 ethnic Armenians',
    );
    expect(screen.queryByText(/100,000/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All key figures' })).toHaveAttribute('href', '/?revision=1');
    const cite = screen.getByRole('region', { name: 'Cite this' });
    expect(cite).toHaveTextContent(`revision 1. ${window.location.origin}${PAGE}?revision=1 (accessed`);
  });

  it('shows the newer numbers without a revision, and a citation pinned to the current one', async () => {
    storeLaterCount();
    renderApp(PAGE);
    await screen.findByRole('region', { name: 'Cite this' });
    expect(await quoteLine()).toHaveTextContent(
      'To quote it: Population under blockade: about 100,000 ethnic Armenians',
    );
    expect(screen.queryByRole('complementary', { name: 'Revision shown' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cite this' })).toHaveTextContent(`${PAGE}?revision=2 (accessed`);
  });

  it('says briefly when the revision asked for is the current one', async () => {
    storeLaterCount();
    renderApp(`${PAGE}?revision=2`);
    const shown = await notice();
    expect(shown).toHaveTextContent(/^This is revision 2 of .+, the current revision; this address keeps showing/);
    expect(within(shown).queryByRole('link')).not.toBeInTheDocument();
    expect(await quoteLine()).toHaveTextContent(
      'To quote it: Population under blockade: about 100,000 ethnic Armenians',
    );
  });

  it('says there is no such revision, and links to the current figure', async () => {
    renderApp(`${PAGE}?revision=9`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Revision not found' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'There is no revision 9 of “Nagorno-Karabakh: blockade and offensive” on this site.',
    );
    expect(within(alert).getByRole('link', { name: 'See the current figures' })).toHaveAttribute('href', PAGE);
  });

  it.each(['abc', '0', '-2', '99999999999999999999', '1.5'])(
    'says what is wrong with ?revision=%s without asking the API',
    async (text) => {
      renderApp(`${PAGE}?revision=${encodeURIComponent(text)}`);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(`The address asks for revision “${text}” of`);
      expect(alert).toHaveTextContent('which is not a revision number');
      expect(within(alert).getByRole('link', { name: 'See the current figures' })).toHaveAttribute('href', PAGE);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Revision not found');
    },
  );
});
