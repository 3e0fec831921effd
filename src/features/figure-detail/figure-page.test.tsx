import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/render';
import { seedDataset, withHistoryAndRivalClaim } from '../../../test/fixtures';
import type { Dataset } from '../../data/schema';

function serve(dataset: Dataset) {
  server.use(http.get('*/api/v1/datasets/:id', () => HttpResponse.json(dataset)));
}

function chainRows(section: HTMLElement) {
  return [...section.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
}

describe('figure page', () => {
  it('names claimant and outlet separately when they differ', async () => {
    renderApp('/figures/casualties-19-september');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Casualties of the 19 September offensive',
    );
    const sources = screen.getByRole('region', { name: 'Where this number comes from' });
    const rows = chainRows(sources);
    expect(rows).toContain('Claimed by: Zartonk Media (Media)');
    expect(rows).toContain('Published by: Medya News (Media)');
    expect(rows).toContain('Published on: 19 September 2023');
    expect(rows).toContain('Retrieved: Not recorded');
    const link = within(sources).getByRole('link', { name: /Azerbaijan initiates attack/ });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/medyanews\.net\//));
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says the source once when claimant and outlet are the same', async () => {
    renderApp('/figures/population-under-blockade');
    const sources = await screen.findByRole('region', { name: 'Where this number comes from' });
    const rows = chainRows(sources);
    expect(rows).toContain('Claimed and published by: Medya News (Media)');
    expect(rows.some((r) => r.startsWith('Claimed by'))).toBe(false);
  });

  it('explains the status in plain words', async () => {
    renderApp('/figures/mine-blast-deaths-alleged');
    const status = await screen.findByRole('region', { name: 'How sure' });
    expect(within(status).getByText('Alleged')).toBeInTheDocument();
    expect(status).toHaveTextContent(/claim by a party to the events, published without verification/i);
  });

  it('offers a line to quote with source and date', async () => {
    renderApp('/figures/casualties-19-september');
    expect(
      await screen.findByText(
        /^Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured \(Zartonk Media via Medya News, 19 September 2023\)$/,
      ),
    ).toBeInTheDocument();
  });

  it('says when a figure has a single value instead of drawing an empty chart', async () => {
    renderApp('/figures/casualties-19-september');
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    expect(history).toHaveTextContent('Only one value has been recorded so far');
    expect(within(history).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows every value over time as a table, each with its source', async () => {
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/figures/casualties-19-september');
    const history = await screen.findByRole('region', { name: 'How it changed over time' });
    expect(history).toHaveTextContent('civilians killed went from 1 to 2; injured went from 10 to 23');
    const rows = within(within(history).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['18 Sept 2023', '1', '10', 'Zartonk Media via Medya News'],
      ['19 Sept 2023 (current)', '2', '23', 'Zartonk Media via Medya News'],
    ]);
  });

  it('sets other parties’ numbers beside the figure without picking one', async () => {
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/figures/casualties-19-september');
    const claims = await screen.findByRole('region', { name: 'Other claims about the same thing' });
    const rows = within(claims).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Zartonk Media via Medya News (the figure shown)', '2', '23', 'Reported', '19 Sept 2023'],
      ['Test Ombudsman', 'at least 5', '—', 'Reported', '19 Sept 2023'],
    ]);
    expect(screen.getByRole('region', { name: 'How sure' })).toHaveTextContent('Contested');
  });

  it('marks a contested figure on its headline card', async () => {
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/');
    const card = await screen.findByRole('figure', { name: /^Casualties/ });
    expect(within(card).getByText(/Contested: 1 other claim/)).toBeInTheDocument();
  });

  it('draws a duration as a timeline with the dataset’s events on it', async () => {
    renderApp('/figures/blockade-duration');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const items = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toBe('12 December 2022 — start (day 0)');
    expect(items).toContain('15 June 2023 — ICRC denied entry by Azerbaijani authorities (day 185)');
    expect(items.at(-1)).toBe('19 September 2023 — dataset’s date, still ongoing (281 days)');
  });

  it('says when the figure does not exist', async () => {
    renderApp('/figures/no-such-figure');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Figure not found');
    expect(screen.getByText(/There is no figure “no-such-figure”/)).toBeInTheDocument();
  });

  it('names the page in the document title', async () => {
    renderApp('/figures/casualties-19-september');
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Casualties of the 19 September offensive — Nagorno-Karabakh dashboard');
  });
});

describe('navigation', () => {
  it('opens a figure from its card, focuses its heading, and comes back', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const card = await screen.findByRole('figure', { name: /^Casualties/ });
    await user.click(within(card).getByRole('link', { name: 'Casualties of the 19 September offensive' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Casualties of the 19 September offensive' });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole('link', { name: '← All key figures' }));
    expect(await screen.findByRole('figure', { name: /^Population under blockade/ })).toBeInTheDocument();
  });

  it('opens the sources of a figure from its source badge, with Enter', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const card = await screen.findByRole('figure', { name: /^Casualties/ });
    const badge = within(card).getByRole('link', { name: 'Source: Zartonk Media via Medya News' });
    badge.focus();
    await user.keyboard('{Enter}');
    const sources = await screen.findByRole('region', { name: 'Where this number comes from' });
    expect(sources).toHaveFocus();
  });
});
