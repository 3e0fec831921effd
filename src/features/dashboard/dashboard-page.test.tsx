import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/render';
import { seedDataset } from '../../../test/fixtures';

const DATASET_URL = '*/api/v1/datasets/:id';

async function findCard(name: RegExp) {
  return screen.findByRole('figure', { name });
}

describe('dashboard', () => {
  it('shows a loading state before the figures arrive', async () => {
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent(/loading the latest figures/i);
    await findCard(/^Population under blockade/);
    expect(screen.queryByText(/loading the latest figures/i)).not.toBeInTheDocument();
  });

  it('names the population figure as one phrase with value, date and source', async () => {
    renderApp();
    const card = await findCard(
      /^Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News$/,
    );
    expect(within(card).getByText('120,000')).toHaveAttribute('value', '120000');
    expect(within(card).getByText('about')).toBeInTheDocument();
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2023-09-19');
    expect(within(card).getByText('Medya News').tagName).toBe('CITE');
    expect(within(card).getByText('Reported')).toBeInTheDocument();
  });

  it('credits the casualty count to Zartonk Media via Medya News', async () => {
    renderApp();
    const card = await findCard(/^Casualties of the 19 September offensive/);
    expect(card).toHaveAccessibleName(
      'Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured, as of 19 September 2023, source Zartonk Media via Medya News',
    );
    const cites = within(card)
      .getAllByText(/Zartonk Media|Medya News/)
      .map((el) => el.textContent);
    expect(cites).toEqual(['Zartonk Media', 'Medya News']);
    expect(within(card).getByText('23')).toHaveAttribute('value', '23');
    expect(within(card).getByText(/of whom/)).toHaveTextContent('of whom 1 child');
  });

  it('computes the blockade duration from its dates and shows both', async () => {
    renderApp();
    const card = await findCard(/^Blockade duration: 281 days/);
    expect(within(card).getByText('281')).toHaveAttribute('value', '281');
    const dates = [...card.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual(['2022-12-12', '2023-09-19', '2023-09-19']);
  });

  it('follows the dataset date when it moves, since the duration is never typed in', async () => {
    const dataset = seedDataset();
    server.use(http.get(DATASET_URL, () => HttpResponse.json({ ...dataset, asOf: '2023-09-20' })));
    renderApp();
    await findCard(/^Blockade duration: 282 days/);
  });

  it('marks the mine-blast deaths as an allegation in words, not only by colour', async () => {
    renderApp();
    const card = await findCard(
      /^Mine-blast deaths.*\(alleged\), as of 19 September 2023, source Azerbaijani army via Medya News$/,
    );
    expect(within(card).getByText('Alleged')).toBeInTheDocument();
    expect(within(card).getByText(/allegation by azerbaijani army, not independently verified/i)).toBeInTheDocument();
  });

  it('lists the dated events in order, each with its source', async () => {
    renderApp();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-12-12',
      '2023-06-15',
      '2023-09-19',
      '2023-09-19',
      '2023-09-19',
    ]);
    expect(within(items[1]!).getByRole('heading')).toHaveTextContent('ICRC denied entry by Azerbaijani authorities');
    expect(within(items[3]!).getByText('Government of France')).toBeInTheDocument();
  });

  it('explains a server error and recovers on retry', async () => {
    let fail = true;
    server.use(
      http.get(DATASET_URL, () =>
        fail ? HttpResponse.json({ error: { message: 'The database is down' } }, { status: 500 }) : undefined,
      ),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The figures could not be loaded.');
    expect(alert).toHaveTextContent('The database is down');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findCard(/^Population under blockade/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses data that fails the schema and says where', async () => {
    const dataset = seedDataset();
    const broken = structuredClone(dataset) as unknown as { figures: { measures?: { value: unknown }[] }[] };
    broken.figures[0]!.measures![0]!.value = 'lots';
    server.use(http.get(DATASET_URL, () => HttpResponse.json(broken)));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not match the dataset format');
    expect(alert).toHaveTextContent('figures[0].measures[0].value: Must be a number');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('says when the server cannot be reached', async () => {
    server.use(http.get(DATASET_URL, () => HttpResponse.error()));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/i);
  });

  it('says when the answer is not JSON', async () => {
    server.use(http.get(DATASET_URL, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/answered 502 with a body that is not JSON/);
  });

  it('shows an empty state for a dataset without figures', async () => {
    const dataset = seedDataset();
    server.use(http.get(DATASET_URL, () => HttpResponse.json({ ...dataset, figures: [] })));
    renderApp();
    expect(await screen.findByText('This dataset holds no figures yet.')).toBeInTheDocument();
  });

  it('keeps the last figures on screen when a refresh fails', async () => {
    const { queryClient } = renderApp();
    await findCard(/^Population under blockade/);
    server.use(http.get(DATASET_URL, () => HttpResponse.json({ error: { message: 'Overloaded' } }, { status: 503 })));
    await queryClient.refetchQueries();
    expect(await screen.findByText(/could not refresh the figures/i)).toBeInTheDocument();
    expect(screen.getByText(/Overloaded/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /^Population under blockade/ })).toBeInTheDocument();
  });

  it('renders hostile strings as text', async () => {
    const dataset = seedDataset();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    dataset.figures[0]!.label = hostile;
    server.use(http.get(DATASET_URL, () => HttpResponse.json(dataset)));
    renderApp();
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the server’s notices about the data above the figures', async () => {
    server.use(
      http.get('*/api/v1/datasets', () =>
        HttpResponse.json({
          datasets: [],
          notices: ['The saved copy was damaged, so the seed data is shown instead.'],
        }),
      ),
    );
    renderApp();
    expect(
      await screen.findByText('The saved copy was damaged, so the seed data is shown instead.'),
    ).toBeInTheDocument();
    expect(await findCard(/^Population under blockade/)).toBeInTheDocument();
  });
});
