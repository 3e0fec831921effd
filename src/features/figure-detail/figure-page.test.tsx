import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import {
  countFigure,
  seedDataset,
  withCorrectionAndWithdrawal,
  withHistoryAndRivalClaim,
} from '../../../test/fixtures';
import type { Dataset } from '../../data/schema/schema';

function serve(dataset: Dataset) {
  serveDataset(dataset);
}

/* Each row of the claim list as a reader sees it: its date, values, flags, claimant, status and note. */
function claimRows(section: HTMLElement) {
  return [...section.querySelectorAll('tbody tr')].map((row) => {
    const [date, value, by, status, note] = [...row.children] as HTMLElement[];
    return {
      date: date!.textContent,
      values: [...value!.querySelectorAll('.claim-measure')].map((v) => v.textContent),
      flags: [...value!.querySelectorAll('.claim-flag')].map((f) => f.textContent),
      by: by!.textContent.replace(' (opens the publication in a new tab)', ''),
      status: status!.textContent,
      note: note!.textContent,
    };
  });
}

/* The list of every claim, once it is drawn: on a figure with a history it follows the page's first screen. */
async function everyClaim() {
  const claims = await screen.findByRole('region', { name: 'Every claim' });
  await within(claims).findByRole('table', {}, { timeout: 10_000 });
  return claims;
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

  it('says on the page where parties disagree on the day of the value shown', async () => {
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/figures/casualties-19-september');
    const status = await screen.findByRole('region', { name: 'How sure' }, { timeout: 10_000 });
    expect(status).toHaveTextContent(
      '2 parties disagree: 2 to 5 civilians killed on 19 September 2023; see every claim.',
    );
    expect(within(status).getByRole('link', { name: 'every claim' })).toHaveAttribute('href', '#claims');
    expect(status).toHaveTextContent('The value shown is the latest claim that still stands');
  });

  it('lists every claim newest first, with its values, who made it, how sure, and whether it stands', async () => {
    serve(withCorrectionAndWithdrawal(seedDataset()));
    renderApp('/figures/casualties-19-september');
    const claims = await everyClaim();
    expect(claimRows(claims)).toEqual([
      {
        date: '19 Sept 2023 09:00',
        values: [],
        flags: [],
        by: 'Test Ombudsman',
        status: 'Alleged',
        note: 'Withdraws the claim of 18 Sept 2023Counted twice.',
      },
      {
        date: '19 Sept 2023',
        values: ['2 civilians killed, of whom 1 child', '23 injured'],
        flags: ['Current value', 'Parties disagree that day'],
        by: 'Zartonk Media via Medya News',
        status: 'Reported',
        note: '',
      },
      {
        date: '19 Sept 2023',
        values: ['at least 5 civilians killed'],
        flags: ['Parties disagree that day'],
        by: 'Test Ombudsman',
        status: 'Reported',
        note: '',
      },
      {
        date: '18 Sept 2023 23:00',
        values: ['1 civilian killed', '12 injured'],
        flags: [],
        by: 'Zartonk Media via Medya News',
        status: 'Reported',
        note: 'The injured recounted.',
      },
      {
        date: '18 Sept 2023',
        values: ['between 1 and 4 civilians killed'],
        flags: [],
        by: 'Test Ombudsman',
        status: 'Alleged',
        note: 'Retracted on 19 Sept 2023: Counted twice.',
      },
      {
        date: '18 Sept 2023',
        values: ['1 civilian killed', '10 injured'],
        flags: [],
        by: 'Zartonk Media via Medya News',
        status: 'Reported',
        note: 'Superseded by the claim of 18 Sept 2023 23:00',
      },
    ]);
    const rows = within(claims).getAllByRole('row').slice(1);
    expect(rows[3]!.querySelector('time[datetime="2023-09-18T23:00"]')).toHaveTextContent('23:00');
    expect(within(rows[1]!).getByRole('link', { name: /^Zartonk Media via Medya News/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/medyanews\.net\//),
    );
    expect(within(rows[2]!).getByRole('link', { name: /^Test Ombudsman/ })).toHaveAttribute(
      'href',
      'https://example.org/statement',
    );
  });

  it('shows the claim the maintainers chose, marks it, and gives their reason', async () => {
    const dataset = withHistoryAndRivalClaim(seedDataset());
    countFigure(dataset, 'casualties-19-september').shown = {
      claim: 'test-casualties-rival',
      reason: 'The ombudsman counts every district; the other counts cover one town.',
    };
    serve(dataset);
    renderApp('/figures/casualties-19-september');
    const status = await screen.findByRole('region', { name: 'How sure' }, { timeout: 10_000 });
    expect(status).toHaveTextContent(
      'The maintainers chose which claim to show: The ombudsman counts every district; the other counts cover one town.',
    );
    const values = [...document.querySelectorAll('.figure-detail-value li')].map((li) => li.textContent);
    expect(values).toEqual(['at least 5 civilians killed', '23 injured']);
    const rows = claimRows(await everyClaim());
    expect(rows.filter((r) => r.flags.includes('Current value')).map((r) => r.by)).toEqual([
      'Zartonk Media via Medya News',
      'Test Ombudsman',
    ]);
  });

  it('opens a list longer than a few hundred claims on the latest 100 and shows older ones on request', async () => {
    const user = userEvent.setup();
    const dataset = seedDataset();
    for (let i = 0; i < 305; i++) {
      dataset.claims.push({
        id: `population-count-${i}`,
        figure: 'population-under-blockade',
        date: '2023-09-19',
        time: `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        values: [{ measure: 'population', value: 100_000 + i, qualifier: 'about' }],
        status: 'reported',
        citation: 'medya-blockade-population',
      });
    }
    serve(dataset);
    renderApp('/figures/population-under-blockade');
    const claims = await everyClaim();
    const dates = () => claimRows(claims).map((r) => r.date);
    // Rows are added a batch at a time.
    await waitFor(() => expect(dates()).toHaveLength(100), { timeout: 10_000 });
    expect(dates()[0]).toBe('19 Sept 2023 05:04');
    expect(claims).toHaveTextContent('100 of 306 listed');
    await user.click(within(claims).getByRole('button', { name: 'Show 100 older claims' }));
    await waitFor(() => expect(dates()).toHaveLength(200), { timeout: 10_000 });
    await user.click(within(claims).getByRole('button', { name: 'Show 100 older claims' }));
    await user.click(within(claims).getByRole('button', { name: 'Show 6 older claims' }));
    await waitFor(() => expect(dates()).toHaveLength(306), { timeout: 10_000 });
    expect(dates().at(-1)).toBe('19 Sept 2023');
    expect(within(claims).queryByRole('button', { name: /older claims/ })).not.toBeInTheDocument();
    // Rendering 306 rows of jsdom is slow on a busy machine: a wider limit, not a speed claim.
  }, 60_000);

  it('draws a duration as a timeline with the dataset’s events on it', async () => {
    renderApp('/figures/blockade-duration');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const listItems = within(timeline).getAllByRole('listitem');
    const items = listItems.map((li) => li.textContent.replace(/ Read the article.*$/, ''));
    expect(items[0]).toBe('12 December 2022 — start (day 0)');
    expect(items).toContain('15 June 2023 — ICRC denied entry by Azerbaijani authorities (day 185)');
    expect(items.at(-1)).toBe('19 September 2023 — dataset’s date, still ongoing (281 days)');
  });

  it('links each event on the timeline to its article', async () => {
    const dataset = seedDataset();
    renderApp('/figures/blockade-duration');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const icrc = within(timeline)
      .getAllByRole('listitem')
      .find((li) => li.textContent.includes('ICRC denied entry'))!;
    const link = within(icrc).getByRole('link', { name: /^Read the article/ });
    expect(link).toHaveAttribute('href', dataset.citations.find((c) => c.id === 'medya-icrc-denied')!.url);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
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
  it('opens every claim of a contested figure from the disagreement on its card', async () => {
    const user = userEvent.setup();
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp('/');
    const card = await screen.findByRole('figure', { name: /^Casualties/ });
    await user.click(within(card).getByRole('link', { name: '2 parties disagree: 2 to 5 civilians killed' }));
    const claims = await screen.findByRole('region', { name: 'Every claim' });
    expect(claims).toHaveFocus();
  });
});
