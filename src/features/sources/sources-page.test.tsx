import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import { largeDataset, seedDataset } from '../../../test/fixtures';
import { server } from '../../../mocks/node';
import { manySourcesDataset, withMoreSources } from '../../../test/source-fixtures';
import type { Dataset } from '../../data/schema/schema';

/* The seed's six sources and the fixture's five: eleven in all. */
async function openSources(route = '/sources', dataset: Dataset = withMoreSources(seedDataset())) {
  serveDataset(dataset);
  renderApp(route);
  // Pages are loaded on demand, which can take a while on a busy machine.
  return screen.findByRole('table', { name: /^Sources/ }, { timeout: 5000 });
}

/* The row of a source, found by the name in its row header. */
function row(name: string): HTMLElement {
  const header = screen.getAllByRole('rowheader').find((h) => h.querySelector('cite')?.textContent === name);
  if (!header) throw new Error(`No row for ${name}`);
  return header.closest('tr')!;
}

const names = () => screen.getAllByRole('rowheader').map((h) => h.querySelector('cite')!.textContent);

const cells = (name: string) =>
  within(row(name))
    .getAllByRole('cell')
    .map((c) => c.textContent);

const status = () => screen.getAllByRole('status').find((s) => /sources?,/.test(s.textContent ?? ''))!;
const filterBox = () => screen.getByRole('searchbox', { name: 'Filter sources' });
const kindLinks = () =>
  within(screen.getByRole('navigation', { name: 'Kinds of source' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

async function openRow(name: string) {
  await userEvent.click(within(row(name)).getByRole('button'));
  return row(name).nextElementSibling as HTMLElement;
}

describe('sources table', () => {
  it('lists every source in one table, by kind and then by name, as the page always has', async () => {
    await openSources();
    expect(names()).toEqual([
      'Ani Badalyan',
      'Government of France',
      'MFA spokesperson Ani Badalyan',
      'Ministry of Defence of Azerbaijan',
      'Azerbaijani army',
      'European Union',
      'Human Rights Watch',
      'Médecins Sans Frontières',
      'Azatutyun',
      'Medya News',
      'Zartonk Media',
    ]);
  });

  it('gives each source its kind and the claims it made and published', async () => {
    await openSources();
    expect(cells('MFA spokesperson Ani Badalyan')).toEqual(['Government', '3', '2', '2 figures']);
    expect(cells('Medya News')).toEqual(['Media', '1', '3', '4 figures, 5 events']);
  });

  it('names each source as a citation, in the row header', async () => {
    await openSources();
    expect(within(row('Human Rights Watch')).getByText('Human Rights Watch').tagName).toBe('CITE');
  });

  it('marks the column it is sorted by, and no other', async () => {
    await openSources();
    const sorted = screen.getAllByRole('columnheader').filter((h) => h.hasAttribute('aria-sort'));
    expect(sorted.map((h) => [h.textContent, h.getAttribute('aria-sort')])).toEqual([['Kind▲', 'ascending']]);
  });

  it('sorts by claims made, most first, from its column header', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.click(screen.getByRole('button', { name: 'Claims made' }));
    expect(screen.getByRole('columnheader', { name: 'Claims made' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Kind' })).not.toHaveAttribute('aria-sort');
    expect(names().slice(0, 2)).toEqual(['MFA spokesperson Ani Badalyan', 'Azerbaijani army']);
  });

  it('turns the order round when the same header is pressed again, from the keyboard too', async () => {
    const user = userEvent.setup();
    await openSources();
    screen.getByRole('button', { name: 'Claims published' }).focus();
    await user.keyboard('{Enter}');
    expect(names()[0]).toBe('Medya News');
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: 'Claims published' })).toHaveAttribute('aria-sort', 'ascending');
    expect(names().at(-1)).toBe('Medya News');
  });

  it('sorts by name, A to Z and back', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.click(screen.getByRole('button', { name: 'Source' }));
    expect(names().slice(0, 2)).toEqual(['Ani Badalyan', 'Azatutyun']);
    await user.click(screen.getByRole('button', { name: 'Source' }));
    expect(names()[0]).toBe('Zartonk Media');
  });

  it('says the order with the count, politely', async () => {
    const user = userEvent.setup();
    await openSources();
    expect(status()).toHaveTextContent('11 sources, sorted by kind, governments first');
    expect(status()).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Claims made' }));
    expect(status()).toHaveTextContent('11 sources, sorted by claims made, most first');
  });
});

describe('filtering sources', () => {
  it('filters by name as you type, whatever the case and accents', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'MEDECINS');
    expect(await screen.findByText('1 of 11 sources, sorted by kind, governments first')).toBeInTheDocument();
    expect(names()).toEqual(['Médecins Sans Frontières']);
  });

  it('filters by the words of a kind', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'media');
    expect(await screen.findByText(/^3 of 11 sources/)).toBeInTheDocument();
    expect(names()).toEqual(['Azatutyun', 'Medya News', 'Zartonk Media']);
  });

  it('announces the count politely as it changes', async () => {
    const user = userEvent.setup();
    await openSources();
    const count = status();
    await user.type(filterBox(), 'badalyan');
    expect(count).toHaveTextContent(/^2 of 11 sources/);
  });

  it('counts each kind’s sources', async () => {
    await openSources();
    expect(kindLinks()).toEqual([
      'Every kind (11)',
      'Government (4)',
      'Armed forces (1)',
      'Intergovernmental organisation (1)',
      'NGO (2)',
      'Media (3)',
    ]);
  });

  it('counts, for each kind, the sources that match the text typed', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'azer');
    await screen.findByText(/^2 of 11 sources/);
    expect(kindLinks()).toEqual([
      'Every kind (2)',
      'Government (1)',
      'Armed forces (1)',
      'Intergovernmental organisation (0)',
      'NGO (0)',
      'Media (0)',
    ]);
  });

  it('counts kinds in any script as the text narrows, at 150 sources', async () => {
    const user = userEvent.setup();
    await openSources('/sources', manySourcesDataset());
    await user.type(filterBox(), 'пример');
    expect(await screen.findByText(/^25 of 158 sources/)).toBeInTheDocument();
    const counts = kindLinks().map((text) => Number(/\((\d+)\)$/.exec(text!)![1]));
    expect(counts[0]).toBe(25);
    expect(counts.slice(1).reduce((a, b) => a + b)).toBe(25);
  });

  it('finds an Azerbaijani name typed without its diacritics', async () => {
    const user = userEvent.setup();
    await openSources('/sources', manySourcesDataset());
    await user.type(filterBox(), 'numune seher 46');
    expect(await screen.findByText(/^1 of 158 sources/)).toBeInTheDocument();
    expect(names()).toEqual(['Nümunə: Şəhər icra hakimiyyətinin mətbuat xidməti 46']);
  });

  it('shows one kind from a link to it, marking the link', async () => {
    await openSources('/sources?kind=ngo');
    expect(names()).toEqual(['Human Rights Watch', 'Médecins Sans Frontières']);
    expect(screen.getByRole('link', { name: 'NGO' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'Every kind' })).not.toHaveAttribute('aria-current');
    expect(status()).toHaveTextContent(/^2 of 11 sources/);
  });

  it('still reads the links to a kind’s section the page used to have', async () => {
    await openSources('/sources#kind-media');
    expect(names()).toEqual(['Azatutyun', 'Medya News', 'Zartonk Media']);
  });

  it('changes kind from its links, keeping the text typed', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'azer');
    await screen.findByText(/^2 of 11 sources/);
    await user.click(screen.getByRole('link', { name: 'Government' }));
    expect(names()).toEqual(['Ministry of Defence of Azerbaijan']);
    expect(filterBox()).toHaveValue('azer');
    await user.click(screen.getByRole('link', { name: 'Every kind' }));
    expect(names()).toHaveLength(2);
  });

  it('says when no source matches, and clears the filter on request', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'zzz');
    expect(await screen.findByText('No source matches “zzz”.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(filterBox()).toHaveValue('');
    expect(filterBox()).toHaveFocus();
    expect(await screen.findAllByRole('rowheader')).toHaveLength(11);
  });

  it('says which kind it looked in when nothing of that kind matches', async () => {
    const user = userEvent.setup();
    await openSources('/sources?kind=media');
    await user.type(filterBox(), 'france');
    expect(await screen.findByText('No source of the kind Media matches “france”.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Show every kind' }));
    expect(names()).toEqual(['Government of France']);
  });
});

describe('what rests on a source, one click away', () => {
  it('opens below the row from its button, and closes again', async () => {
    const user = userEvent.setup();
    await openSources();
    const button = within(row('Human Rights Watch')).getByRole('button', { name: '1 figure' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(details).toHaveTextContent('Made no claims; published 1.');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(details).not.toBeInTheDocument();
  });

  it('names the source its button is for', async () => {
    await openSources();
    expect(within(row('Human Rights Watch')).getByRole('button')).toHaveAccessibleDescription('Human Rights Watch');
  });

  it('gives the kind, the host of its home page, and its id', async () => {
    await openSources();
    const details = await openRow('Human Rights Watch');
    expect(details).toHaveTextContent('NGO · hrw.org (opens in a new tab) · id hrw');
    const home = within(details).getByRole('link', { name: /^hrw\.org ?\(opens in a new tab\)$/ });
    expect(home).toHaveAttribute('href', 'https://www.hrw.org/');
    expect(home).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links to the claims on each figure, with the count for that figure', async () => {
    await openSources();
    const details = await openRow('MFA spokesperson Ani Badalyan');
    const casualties = within(details).getByRole('link', { name: 'Casualties of the 19 September offensive' });
    expect(casualties).toHaveAttribute('href', '/figures/casualties-19-september#claims');
    expect(casualties.closest('li')).toHaveTextContent('(made 2 claims, published 2)');
    const population = within(details).getByRole('link', { name: 'Population under blockade' });
    expect(population.closest('li')).toHaveTextContent('(made 1 claim)');
  });

  it('takes a link to a figure’s claims to that list', async () => {
    const user = userEvent.setup();
    await openSources();
    const details = await openRow('Zartonk Media');
    await user.click(within(details).getByRole('link', { name: /Casualties/ }));
    expect(await screen.findByRole('region', { name: 'Every claim' }, { timeout: 5000 })).toHaveFocus();
  });

  it('links a duration to its sources, having no claims', async () => {
    await openSources();
    const details = await openRow('Medya News');
    const link = within(details).getByRole('link', { name: 'Blockade duration' });
    expect(link).toHaveAttribute('href', '/figures/blockade-duration#sources');
    expect(link.closest('li')).toHaveTextContent('(cited as claimant and publisher)');
  });

  it('links an event back to its place on the dashboard', async () => {
    await openSources();
    const details = await openRow('European Union');
    expect(within(details).getByRole('link', { name: 'European Union condemns the escalation' })).toHaveAttribute(
      'href',
      '/#event-eu-condemns-escalation',
    );
  });

  it('says so for a source with no claims, and lists nothing', async () => {
    await openSources();
    expect(cells('Azatutyun')).toEqual(['Media', '0', '0', 'No figures or events']);
    const details = await openRow('Azatutyun');
    expect(details).toHaveTextContent('No claims made or published.');
    expect(
      within(details)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['news.azatutyun.am (opens in a new tab)']);
  });

  it('opens and focuses the source a link points at', async () => {
    await openSources('/sources#source-hrw');
    expect(row('Human Rights Watch')).toHaveFocus();
    expect(within(row('Human Rights Watch')).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes the source a link opened from its button', async () => {
    const user = userEvent.setup();
    await openSources('/sources#source-hrw');
    const button = within(row('Human Rights Watch')).getByRole('button');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Made no claims; published 1.')).not.toBeInTheDocument();
  });
});

describe('names that resemble each other', () => {
  it('notes a name that resembles another in its row, linking to that row', async () => {
    await openSources();
    const ani = row('Ani Badalyan');
    expect(ani).toHaveTextContent('Name resembles: MFA spokesperson Ani Badalyan');
    expect(within(ani).getByRole('link', { name: 'MFA spokesperson Ani Badalyan' })).toHaveAttribute(
      'href',
      '/sources#source-mfa-spokesperson',
    );
    expect(row('Human Rights Watch')).not.toHaveTextContent('Name resembles');
  });

  it('gives the first look-alike in the row and every one below it', async () => {
    await openSources('/sources', manySourcesDataset());
    expect(within(row('Example Relief Network')).getByRole('rowheader')).toHaveTextContent(
      /^Example Relief NetworkName resembles: Example Relief Network 6 and 12 more$/,
    );
    const details = await openRow('Example Relief Network');
    expect(within(details).getAllByRole('link', { name: /^Example Relief Network \d+$/ })).toHaveLength(13);
  });

  it('follows a look-alike hidden by the filter, clearing it', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(filterBox(), 'spokesperson');
    await screen.findByText(/^1 of 11 sources/);
    await user.click(screen.getByRole('link', { name: 'Ani Badalyan' }));
    expect(await screen.findByText(/^11 sources/)).toBeInTheDocument();
    expect(row('Ani Badalyan')).toHaveFocus();
  });
});

describe('the sources’ data', () => {
  it('reads its own part of the data, never the whole dataset, and lists a long run of figures on request', async () => {
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => asked.push(new URL(request.url).pathname);
    server.events.on('request:start', listen);
    try {
      serveDataset(largeDataset(130, 2));
      renderApp('/sources');
      await screen.findByRole('rowheader', { name: 'Source large-ministry' }, { timeout: 5000 });
      expect(cells('Source large-ministry')).toEqual(['Government', '130', '130', '130 figures']);
      const details = await openRow('Source large-ministry');
      const figures = () => within(details).getAllByRole('link', { name: /^Large figure/ });
      expect(figures()).toHaveLength(20);
      expect(within(details).getByText('110 not shown yet')).toBeInTheDocument();

      await userEvent.click(within(details).getByRole('button', { name: 'Show 100 more figures' }));
      expect(figures()).toHaveLength(120);
      await userEvent.click(within(details).getByRole('button', { name: 'Show 10 more figures' }));
      expect(figures()).toHaveLength(130);
      expect(figures()[129]).toHaveAttribute('href', '/figures/large-figure-129#claims');
      expect(within(details).queryByRole('button')).not.toBeInTheDocument();

      const reads = asked.filter((path) => path.startsWith('/api/v1/datasets/'));
      expect(reads).toEqual([`/api/v1/datasets/${seedDataset().id}/sources`]);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  }, 30_000);
});
