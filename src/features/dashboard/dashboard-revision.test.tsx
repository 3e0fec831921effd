import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { storeLaterCount } from '../../../test/serve';

const populationCard = () => screen.findByRole('figure', { name: /^Population under blockade/ });

describe('dashboard pinned to a revision', () => {
  it('shows the older figures under a notice, and its cards open the figures at that revision', async () => {
    storeLaterCount();
    renderApp('/?revision=1');
    const card = await populationCard();
    expect(card).toHaveAccessibleName(/^Population under blockade: about 120,000 ethnic Armenians, as of 19 September/);
    const notice = screen.getByRole('complementary', { name: 'Revision shown' });
    expect(notice).toHaveTextContent(
      'You are looking at revision 1 of 28 November 2026; newer numbers exist (revision 2). See the current figures',
    );
    expect(within(notice).getByRole('link', { name: 'See the current figures' })).toHaveAttribute('href', '/');
    expect(within(card).getByRole('link', { name: 'Population under blockade' })).toHaveAttribute(
      'href',
      '/figures/population-under-blockade?revision=1',
    );
    expect(screen.getByText(/Revision 1, last edited/)).toBeInTheDocument();
  });

  it('shows the current figures, unpinned, without the notice', async () => {
    storeLaterCount();
    renderApp('/');
    const card = await populationCard();
    expect(card).toHaveAccessibleName(/^Population under blockade: about 100,000 ethnic Armenians/);
    expect(within(card).getByRole('link', { name: 'Population under blockade' })).toHaveAttribute(
      'href',
      '/figures/population-under-blockade',
    );
    expect(screen.queryByRole('complementary', { name: 'Revision shown' })).not.toBeInTheDocument();
  });

  it('notes when the revision asked for is the current one', async () => {
    renderApp('/?revision=1');
    await populationCard();
    expect(screen.getByRole('complementary', { name: 'Revision shown' })).toHaveTextContent(
      'This is revision 1 of 28 November 2026, the current revision',
    );
  });

  it.each([
    ['7', 'There is no revision 7 of “Nagorno-Karabakh: blockade and offensive” on this site.'],
    ['abc', 'The address asks for revision “abc” of “Nagorno-Karabakh: blockade and offensive”'],
    ['-1', 'The address asks for revision “-1” of'],
  ])('explains ?revision=%s and links to the current figures', async (text, message) => {
    renderApp(`/?revision=${text}`);
    const alert = await screen.findByRole('alert');
    // Named by its title once the list of datasets is in.
    await waitFor(() => expect(alert).toHaveTextContent(message));
    expect(within(alert).getByRole('link', { name: 'See the current figures' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
