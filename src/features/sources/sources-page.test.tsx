import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { serveDataset } from '../../../test/serve';
import { largeDataset, seedDataset } from '../../../test/fixtures';
import { server } from '../../../mocks/node';
import { withMoreSources } from '../../../test/source-fixtures';
import type { Dataset } from '../../data/schema/schema';

function serve(dataset: Dataset) {
  serveDataset(dataset);
}

/* The seed's six sources and the fixture's five: eleven in all. */
async function openSources(route = '/sources') {
  serve(withMoreSources(seedDataset()));
  renderApp(route);
  // Pages are loaded on demand, which can take a while on a busy machine.
  await screen.findByRole('heading', { level: 2, name: /^Government/ }, { timeout: 5000 });
}

function entry(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

const groupHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('sources index', () => {
  it('groups the sources by kind, in a fixed order, each with a count', async () => {
    await openSources();
    expect(groupHeadings()).toEqual([
      'Government (4)',
      'Armed forces (1)',
      'Intergovernmental organisation (1)',
      'NGO (2)',
      'Media (3)',
    ]);
  });

  it('sorts each group by name', async () => {
    await openSources();
    const government = screen.getByRole('region', { name: 'Government (4)' });
    expect(
      within(government)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Ani Badalyan',
      'Government of France',
      'MFA spokesperson Ani Badalyan',
      'Ministry of Defence of Azerbaijan',
    ]);
  });

  it('names each source as a citation, with its kind and the host of its home page', async () => {
    await openSources();
    const hrw = entry('Human Rights Watch');
    expect(within(hrw).getByText('Human Rights Watch').tagName).toBe('CITE');
    expect(hrw).toHaveTextContent('NGO');
    const home = within(hrw).getByRole('link', { name: /^hrw\.org ?\(opens in a new tab\)$/ });
    expect(home).toHaveAttribute('href', 'https://www.hrw.org/');
    expect(home).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('filters by name as you type, whatever the case and accents', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(screen.getByRole('searchbox', { name: 'Filter sources' }), 'MEDECINS');
    expect(await screen.findByText('1 of 11 sources')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Médecins Sans Frontières',
    ]);
    expect(groupHeadings()).toEqual(['NGO (1 of 2)']);
  });

  it('filters by kind', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(screen.getByRole('searchbox', { name: 'Filter sources' }), 'media');
    expect(await screen.findByText('3 of 11 sources')).toBeInTheDocument();
    expect(groupHeadings()).toEqual(['Media (3 of 3)']);
  });

  it('announces the count politely', async () => {
    const user = userEvent.setup();
    await openSources();
    const count = screen.getAllByRole('status').find((s) => s.textContent === '11 sources')!;
    await user.type(screen.getByRole('searchbox', { name: 'Filter sources' }), 'badalyan');
    expect(count).toHaveTextContent('2 of 11 sources');
  });

  it('says when no source matches, and clears the filter on request', async () => {
    const user = userEvent.setup();
    await openSources();
    const box = screen.getByRole('searchbox', { name: 'Filter sources' });
    await user.type(box, 'zzz');
    expect(await screen.findByText('No source matches “zzz”.')).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(11);
  });

  it('gives how many claims a source made and published', async () => {
    await openSources();
    expect(entry('MFA spokesperson Ani Badalyan')).toHaveTextContent('Made 3 claims; published 2.');
    expect(entry('Medya News')).toHaveTextContent('Made 1 claim; published 3.');
  });

  it('links to the claims on each figure, with the count for that figure', async () => {
    await openSources();
    const mfa = entry('MFA spokesperson Ani Badalyan');
    const casualties = within(mfa).getByRole('link', { name: 'Casualties of the 19 September offensive' });
    expect(casualties).toHaveAttribute('href', '/figures/casualties-19-september#claims');
    expect(casualties.closest('li')).toHaveTextContent('(made 2 claims, published 2)');
    const population = within(mfa).getByRole('link', { name: 'Population under blockade' });
    expect(population.closest('li')).toHaveTextContent('(made 1 claim)');
  });

  it('takes a link to a figure’s claims to that list', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.click(within(entry('Zartonk Media')).getByRole('link', { name: /Casualties/ }));
    expect(await screen.findByRole('region', { name: 'Every claim' }, { timeout: 5000 })).toHaveFocus();
  });

  it('links a duration to its sources, having no claims', async () => {
    await openSources();
    const link = within(entry('Medya News')).getByRole('link', { name: 'Blockade duration' });
    expect(link).toHaveAttribute('href', '/figures/blockade-duration#sources');
    expect(link.closest('li')).toHaveTextContent('(cited as claimant and publisher)');
  });

  it('links an event back to its place on the dashboard', async () => {
    await openSources();
    expect(
      within(entry('European Union')).getByRole('link', { name: 'European Union condemns the escalation' }),
    ).toHaveAttribute('href', '/#event-eu-condemns-escalation');
  });

  it('says so for a source with no claims, and lists nothing', async () => {
    await openSources();
    const azatutyun = entry('Azatutyun');
    expect(azatutyun).toHaveTextContent('No claims made or published.');
    expect(
      within(azatutyun)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['news.azatutyun.am (opens in a new tab)']);
  });

  it('notes a name that resembles another, linking to its entry', async () => {
    await openSources();
    const ani = entry('Ani Badalyan');
    expect(ani).toHaveTextContent('Name resembles: MFA spokesperson Ani Badalyan');
    expect(within(ani).getByRole('link', { name: 'MFA spokesperson Ani Badalyan' })).toHaveAttribute(
      'href',
      '/sources#source-mfa-spokesperson',
    );
    expect(entry('Human Rights Watch')).not.toHaveTextContent('Name resembles');
  });

  it('follows a look-alike hidden by the filter, clearing it', async () => {
    const user = userEvent.setup();
    await openSources();
    await user.type(screen.getByRole('searchbox', { name: 'Filter sources' }), 'spokesperson');
    await screen.findByText('1 of 11 sources');
    await user.click(screen.getByRole('link', { name: 'Ani Badalyan' }));
    expect(await screen.findByText('11 sources')).toBeInTheDocument();
    expect(entry('Ani Badalyan')).toHaveFocus();
  });

  it('focuses the source a link points at', async () => {
    await openSources('/sources#source-hrw');
    expect(entry('Human Rights Watch')).toHaveFocus();
  });

  it('reads its own part of the data, never the whole dataset, and lists a long run of figures on request', async () => {
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => asked.push(new URL(request.url).pathname);
    server.events.on('request:start', listen);
    try {
      serve(largeDataset(130, 2));
      renderApp('/sources');
      const ministry = await screen.findByRole(
        'heading',
        { level: 3, name: 'Source large-ministry' },
        { timeout: 5000 },
      );
      const figures = () => within(ministry.closest('li')!).getAllByRole('link', { name: /^Large figure/ });
      expect(within(ministry.closest('li')!).getByText('Made 130 claims; published 130.')).toBeInTheDocument();
      expect(figures()).toHaveLength(20);
      expect(within(ministry.closest('li')!).getByText('110 not shown yet')).toBeInTheDocument();

      await userEvent.click(within(ministry.closest('li')!).getByRole('button', { name: 'Show 100 more figures' }));
      expect(figures()).toHaveLength(120);
      await userEvent.click(within(ministry.closest('li')!).getByRole('button', { name: 'Show 10 more figures' }));
      expect(figures()).toHaveLength(130);
      expect(figures()[129]).toHaveAttribute('href', '/figures/large-figure-129#claims');
      expect(within(ministry.closest('li')!).queryByRole('button')).not.toBeInTheDocument();

      const reads = asked.filter((path) => path.startsWith('/api/v1/datasets/'));
      expect(reads).toEqual([`/api/v1/datasets/${seedDataset().id}/sources`]);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  }, 30_000);
});
