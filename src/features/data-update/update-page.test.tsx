import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server, store } from '../../../mocks/node';
import { renderApp, testQueryClient } from '../../../test/render';
import { Providers } from '../../app/app';
import { MemoryRouter } from '../../router/router';
import { UpdatePage } from './update-page';
import { SEED_ID } from '../../../test/fixtures';
import { currentValues, indexClaims } from '../../data/claims';

const NEW_CITATION = {
  id: 'test-new-count',
  claimedBy: 'medya-news',
  publishedBy: 'medya-news',
  title: 'A later report',
  url: 'https://example.org/later',
  publishedOn: '2023-09-19',
  note: 'A later count, written for tests.',
};

/* A later population count by the seed's own claimant, so it becomes the value shown. */
function populationUpdate(value: unknown, date = '2023-09-19') {
  return JSON.stringify({
    dataset: SEED_ID,
    citations: [{ ...NEW_CITATION, publishedOn: date }],
    claims: [
      {
        id: 'test-population-later',
        figure: 'population-under-blockade',
        date,
        values: [{ measure: 'population', value, qualifier: 'about' }],
        status: 'reported',
        citation: 'test-new-count',
      },
    ],
  });
}

async function paste(text: string) {
  const box = await screen.findByLabelText('Paste JSON');
  fireEvent.change(box, { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
}

/* The population as the dashboard would show it from the stored claims. */
function population() {
  const dataset = store.get(SEED_ID)!;
  const figure = dataset.figures.find((f) => f.id === 'population-under-blockade');
  if (figure?.kind !== 'count') return undefined;
  return currentValues(figure, indexClaims(dataset.claims))[0]?.value.value;
}

describe('update screen', () => {
  it('previews a partial update, applies it, and the dashboard shows the new number', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));

    const preview = await screen.findByRole('table', { name: 'Figures that would change' });
    const row = within(preview).getByRole('row', { name: /Population under blockade/ });
    expect(row).toHaveTextContent('about 120,000 ethnic Armenians, 19 Sept 2023');
    expect(row).toHaveTextContent('about 100,000 ethnic Armenians, 19 Sept 2023');
    expect(population()).toBe(120000);

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Applied. The dashboard now shows revision 2.')).toBeInTheDocument();
    expect(population()).toBe(100000);

    await user.click(screen.getByRole('link', { name: 'Key figures' }));
    const card = await screen.findByRole('figure', { name: /^Population under blockade: about 100,000/ });
    expect(within(card).getByText('100,000')).toHaveAttribute('value', '100000');
  });

  it('keeps the earlier claim beside the new one, each with its citation', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText(/Applied/);
    const claims = store.get(SEED_ID)!.claims.filter((c) => c.figure === 'population-under-blockade');
    expect(claims.map((c) => [c.values?.[0]?.value, c.citation])).toEqual([
      [120000, 'medya-blockade-population'],
      [100000, 'test-new-count'],
    ]);
  });

  it('lists every problem by path and changes nothing', async () => {
    renderApp('/update');
    await paste(populationUpdate('a lot'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed: the pasted text has 1 problem to fix.');
    expect(alert).toHaveTextContent('claims[0].values[0].value: Must be a number');
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    expect(population()).toBe(120000);
  });

  it('gives line and column for a syntax error', async () => {
    renderApp('/update');
    await paste('{\n  "dataset": "nagorno-karabakh-2023-09",\n  "figures": [,]\n}');
    expect(await screen.findByRole('alert')).toHaveTextContent('line 3, column 15: Not valid JSON');
  });

  it('refuses a claim about a figure that does not exist', async () => {
    renderApp('/update');
    const update = JSON.parse(populationUpdate(100000)) as { claims: { figure: string }[] };
    update.claims[0]!.figure = 'no-such-figure';
    await paste(JSON.stringify(update));
    expect(await screen.findByRole('alert')).toHaveTextContent('claims[0].figure: Unknown figure "no-such-figure"');
  });

  it('refuses an empty text and a JSON value that is not an object', async () => {
    renderApp('/update');
    await paste('   ');
    expect(await screen.findByRole('alert')).toHaveTextContent('The text is empty');
    await paste('[1, 2, 3]');
    expect(await screen.findByRole('alert')).toHaveTextContent('Expected a JSON object');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    const input = await screen.findByLabelText('Or choose a JSON file');
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    await user.upload(input, file);
    expect(await screen.findByRole('alert')).toHaveTextContent('the file huge.json has 1 problem');
    expect(screen.getByRole('alert')).toHaveTextContent('The file is 20 MB; the limit is 10 MB');
  });

  it('checks a chosen file like pasted text', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    const input = await screen.findByLabelText('Or choose a JSON file');
    await user.upload(input, new File([populationUpdate(90000)], 'update.json', { type: 'application/json' }));
    expect(await screen.findByRole('table', { name: 'Figures that would change' })).toHaveTextContent('about 90,000');
  });

  it('says someone else changed the data when the server answers 409, and applies nothing', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));
    await screen.findByRole('table', { name: 'Figures that would change' });
    // Another maintainer applies a change in the meantime.
    const other = store.get(SEED_ID)!;
    store.put(SEED_ID, { ...other, title: 'Changed elsewhere' }, 1);

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Not applied: someone else changed the data.')).toBeInTheDocument();
    expect(
      screen.getByText(/Someone else changed the data: your copy is revision 1, the current one is 2/),
    ).toBeInTheDocument();
    expect(population()).toBe(120000);
    expect(await screen.findByRole('button', { name: 'Check again against the latest data' })).toBeInTheDocument();
  });

  it('shows the server’s reasons when it refuses the dataset', async () => {
    const user = userEvent.setup();
    server.use(
      http.put('*/api/v1/datasets/:id', () =>
        HttpResponse.json(
          {
            error: { message: 'The dataset is not valid', issues: [{ path: 'figures[0].date', message: 'Too late' }] },
          },
          { status: 422 },
        ),
      ),
    );
    renderApp('/update');
    await paste(populationUpdate(100000));
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('figures[0].date: Too late')).toBeInTheDocument();
  });

  it('undoes the last change', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText(/Applied/);
    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    expect(
      await screen.findByText(/Undone: the data is back as it was before revision 2 \(now revision 3\)/),
    ).toBeInTheDocument();
    expect(population()).toBe(120000);
  });

  it('says when there is nothing to undo', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await user.click(await screen.findByRole('button', { name: 'Undo last change' }));
    expect(await screen.findByText('There is no earlier revision to go back to.')).toBeInTheDocument();
  });

  it('resets to the seed data only after confirmation', async () => {
    const user = userEvent.setup();
    store.put(SEED_ID, { ...store.get(SEED_ID)!, title: 'Edited' }, 1);
    renderApp('/update');
    await user.click(await screen.findByRole('button', { name: 'Reset to seed data…' }));
    expect(store.get(SEED_ID)!.title).toBe('Edited');
    await user.click(screen.getByRole('button', { name: 'Reset to seed data' }));
    expect(await screen.findByText(/Reset to the seed data \(now revision 3\)/)).toBeInTheDocument();
    expect(store.get(SEED_ID)!.title).toBe('Nagorno-Karabakh: blockade and offensive');
  });
});

describe('update screen on a read-only (static) build', () => {
  it('still checks and previews, but cannot apply, undo or reset, and says why', async () => {
    render(
      <Providers queryClient={testQueryClient()}>
        <MemoryRouter initial="/update">
          <UpdatePage datasetId={SEED_ID} writable={false} />
        </MemoryRouter>
      </Providers>,
    );
    expect(await screen.findByText('This copy of the dashboard is read-only.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo last change' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset to seed data…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
    await paste(populationUpdate(100000));
    const apply = await screen.findByRole('button', { name: 'Apply' });
    expect(apply).toBeDisabled();
    expect(apply).toHaveAccessibleDescription(/read-only/);
    expect(population()).toBe(120000);
  });
});
