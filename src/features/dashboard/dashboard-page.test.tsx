import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/render';
import { answerDatasetReads, serveDataset } from '../../../test/serve';
import { largeDataset, seedDataset, withHistoryAndRivalClaim } from '../../../test/fixtures';
import type { Claim, CountFigure, Dataset } from '../../data/schema/schema';

async function findCard(name: RegExp) {
  return screen.findByRole('figure', { name });
}

function serve(dataset: Dataset) {
  serveDataset(dataset);
}

/* A Zartonk Media claim about the casualties, as the seed's own claim is cited. */
function casualtyClaim(id: string, fields: Pick<Claim, 'date' | 'time' | 'values'>): Claim {
  return { id, figure: 'casualties-19-september', status: 'reported', citation: 'zartonk-casualties', ...fields };
}

/* A headline figure of one measure, with a single claim giving its value. */
function withFigure(
  dataset: Dataset,
  figure: Pick<CountFigure, 'id' | 'label' | 'unit' | 'measures'>,
  value: NonNullable<Claim['values']>[number],
): Dataset {
  const next = structuredClone(dataset);
  next.figures.push({ kind: 'count', ...figure });
  next.headlines = [...(next.headlines ?? []), figure.id];
  next.claims.push({
    id: `${figure.id}-claim`,
    figure: figure.id,
    date: '2023-09-19',
    values: [value],
    status: 'estimated',
    citation: 'medya-blockade-population',
  });
  return next;
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

  it('says when parties disagree on the day of the value shown, and links to every claim', async () => {
    serve(withHistoryAndRivalClaim(seedDataset()));
    renderApp();
    const card = await findCard(/^Casualties of the 19 September offensive: 2 civilians killed/);
    const link = within(card).getByRole('link', { name: '2 parties disagree: 2 to 5 civilians killed' });
    expect(link).toHaveAttribute('href', '/figures/casualties-19-september#claims');
    expect(within(card).getAllByText(/disagree/)).toHaveLength(1);
  });

  it('shows no disagreement on a card whose figures all come from one party', async () => {
    renderApp();
    const card = await findCard(/^Casualties of the 19 September offensive/);
    expect(within(card).queryByText(/disagree/)).not.toBeInTheDocument();
  });

  it('takes a party’s latest word of the day, with its time, and never counts its revision as a disagreement', async () => {
    const dataset = seedDataset();
    dataset.claims.push(
      casualtyClaim('casualties-evening', {
        date: '2023-09-19',
        time: '20:00',
        values: [
          { measure: 'killed', value: 25, qualifier: 'exact' },
          { measure: 'injured', value: 30, qualifier: 'exact' },
        ],
      }),
      casualtyClaim('casualties-night', {
        date: '2023-09-19',
        time: '22:30',
        values: [
          { measure: 'killed', value: 27, qualifier: 'exact' },
          { measure: 'injured', value: 31, qualifier: 'exact' },
        ],
      }),
    );
    serve(dataset);
    renderApp();
    const card = await findCard(/^Casualties of the 19 September offensive: 27 civilians killed; 31 injured,/);
    expect(within(card).getByText('27')).toHaveAttribute('value', '27');
    expect(within(card).queryByText('25')).not.toBeInTheDocument();
    expect(card.querySelector('time[datetime="2023-09-19T22:30"]')).toHaveTextContent('22:30');
    expect(within(card).queryByText(/disagree/)).not.toBeInTheDocument();
  });

  it('dates a card by its latest claim when its measures come from claims of different times', async () => {
    const dataset = seedDataset();
    dataset.claims.push(
      casualtyClaim('killed-night', {
        date: '2023-09-19',
        time: '22:30',
        values: [{ measure: 'killed', value: 27, qualifier: 'exact' }],
      }),
    );
    serve(dataset);
    renderApp();
    const card = await findCard(/^Casualties of the 19 September offensive: 27 civilians killed; 23 injured,/);
    expect(card.querySelector('time[datetime="2023-09-19T22:30"]')).toHaveTextContent('22:30');
  });

  it('shows a range as published, both ends machine-readable', async () => {
    serve(
      withFigure(
        seedDataset(),
        {
          id: 'missing-people',
          label: 'Missing people',
          unit: 'people',
          measures: [{ key: 'missing', label: 'missing' }],
        },
        { measure: 'missing', low: 50, high: 1000 },
      ),
    );
    renderApp();
    const card = await findCard(/^Missing people: between 50 and 1,000 missing \(estimated\), as of 19 September 2023/);
    expect(within(card).getByRole('listitem')).toHaveTextContent(/^between 50 and 1,000 missing$/);
    expect([...card.querySelectorAll('data')].map((d) => d.getAttribute('value'))).toEqual(['50', '1000']);
  });

  it('shows a share with its decimals and its unit after the number', async () => {
    serve(
      withFigure(
        seedDataset(),
        {
          id: 'share-displaced',
          label: 'Share of the population displaced',
          unit: 'percent',
          measures: [{ key: 'share', label: 'share displaced', unit: '%', decimals: true }],
        },
        { measure: 'share', value: 3.4, qualifier: 'exact' },
      ),
    );
    renderApp();
    const card = await findCard(/^Share of the population displaced: share displaced: 3\.4%/);
    expect(within(card).getByRole('listitem')).toHaveTextContent(/^share displaced: 3\.4%$/);
    expect(within(card).getByText('3.4')).toHaveAttribute('value', '3.4');
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
    serve({ ...dataset, asOf: '2023-09-20' });
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

  it('links every event straight to its article', async () => {
    const dataset = seedDataset();
    renderApp();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const links = within(timeline)
      .getAllByRole('listitem')
      .map((item) =>
        within(item)
          .getByRole('link', { name: /^Read the article/ })
          .getAttribute('href'),
      );
    const urls = new Set(dataset.citations.map((c) => c.url));
    expect(links).toHaveLength(dataset.events.length);
    expect(links.every((href) => urls.has(href!))).toBe(true);
  });

  it('explains a server error and recovers on retry', async () => {
    let fail = true;
    answerDatasetReads(() =>
      fail ? HttpResponse.json({ error: { message: 'The database is down' } }, { status: 500 }) : undefined,
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
    const broken = structuredClone(dataset) as unknown as { claims: { values: { value: unknown }[] }[] };
    broken.claims[0]!.values[0]!.value = 'lots';
    answerDatasetReads(() => HttpResponse.json(broken));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not match the dataset format');
    expect(alert).toHaveTextContent('claims[0].values[0].value: Must be a number');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('says when the server cannot be reached', async () => {
    answerDatasetReads(() => HttpResponse.error());
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/i);
  });

  it('says when the answer is not JSON', async () => {
    answerDatasetReads(() => new HttpResponse('<html>Bad gateway</html>', { status: 502 }));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/answered 502 with a body that is not JSON/);
  });

  it('shows an empty state for a dataset without figures', async () => {
    const { headlines: _headlines, ...dataset } = seedDataset();
    serve({ ...dataset, figures: [], claims: [] });
    renderApp();
    expect(await screen.findByText('This dataset holds no figures yet.')).toBeInTheDocument();
  });

  it('keeps the last figures on screen when a refresh fails', async () => {
    const { queryClient } = renderApp();
    await findCard(/^Population under blockade/);
    answerDatasetReads(() => HttpResponse.json({ error: { message: 'Overloaded' } }, { status: 503 }));
    await queryClient.refetchQueries();
    expect(await screen.findByText(/could not refresh the figures/i)).toBeInTheDocument();
    expect(screen.getByText(/Overloaded/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /^Population under blockade/ })).toBeInTheDocument();
  });

  it('renders hostile strings as text', async () => {
    const dataset = seedDataset();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    dataset.figures[0]!.label = hostile;
    serve(dataset);
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

  it('fetches the other figures a page at a time, on request, never the whole dataset', async () => {
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => asked.push(new URL(request.url).pathname);
    server.events.on('request:start', listen);
    try {
      serve(largeDataset(80, 5));
      renderApp();
      await screen.findByRole('heading', { name: 'Other figures (80)' }, { timeout: 5000 });
      expect(screen.queryByRole('figure', { name: /^Large figure 0:/ })).not.toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Show the first 50' }));
      // The first screen holds the seed's 4 headline figures: the first page runs from large figure 0 to 49.
      expect(
        await screen.findByRole('figure', { name: /^Large figure 0: 112 killed/ }, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('figure', { name: /^Large figure 49: 112 killed/ }, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('figure', { name: /^Large figure 50:/ })).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
      expect(
        await screen.findByRole('figure', { name: /^Large figure 79: 112 killed/ }, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();

      const reads = asked.filter((path) => path.startsWith('/api/v1/datasets/'));
      expect(reads).toContain(`/api/v1/datasets/${seedDataset().id}/other-figures/1`);
      expect(reads).toContain(`/api/v1/datasets/${seedDataset().id}/other-figures/2`);
      expect(reads).not.toContain(`/api/v1/datasets/${seedDataset().id}`);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  }, 30_000);
});
