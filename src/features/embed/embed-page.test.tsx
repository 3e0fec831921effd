import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';

describe('the embed of a figure', () => {
  it('shows the card alone: no header, menu or footer', async () => {
    renderApp('/embed/figures/casualties-19-september');
    await screen.findByRole('figure', { name: /^Casualties of the 19 September offensive: 2 civilians killed/ });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByText(/Every figure names who claimed it/)).toBeNull();
    expect(screen.queryByText('Skip to content')).toBeNull();
  });

  it('gives the value, the status, the claimant and outlet linked to the article, and the date', async () => {
    renderApp('/embed/figures/casualties-19-september');
    const card = await screen.findByRole('figure', { name: /^Casualties of the 19 September offensive/ });
    expect(card).toHaveTextContent('2 civilians killed, of whom 1 child');
    expect(card).toHaveTextContent('23 injured');
    expect(within(card).getByText('Reported')).toBeInTheDocument();
    const source = within(card).getByRole('link', { name: /^Zartonk Media via Medya News/ });
    expect(source).toHaveAttribute(
      'href',
      'https://medyanews.net/azerbaijan-initiates-attack-against-ethnic-armenian-nagorno-karabakh-amid-genocide-risk/',
    );
    expect(source).toHaveAttribute('target', '_blank');
    expect(within(card).getByText('19 Sept 2023')).toHaveAttribute('dateTime', '2023-09-19');
  });

  it('links back to the figure’s page in the whole window, not the frame', async () => {
    renderApp('/embed/figures/blockade-duration');
    const card = await screen.findByRole('figure', { name: /^Blockade duration: 281 days/ });
    const back = within(card).getByRole('link', { name: /Every claim and its history/ });
    expect(back).toHaveAttribute('href', '/figures/blockade-duration');
    expect(back).toHaveAttribute('target', '_top');
  });

  it('marks an allegation as such', async () => {
    renderApp('/embed/figures/mine-blast-deaths-alleged');
    const card = await screen.findByRole('figure', { name: /\(alleged\)/ });
    expect(card).toHaveTextContent(/Allegation by Azerbaijani army, not independently verified/);
  });
});
