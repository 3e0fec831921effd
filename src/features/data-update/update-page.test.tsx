import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server, store } from '../../../mocks/node';
import { renderApp, testQueryClient } from '../../../test/render';
import { Providers } from '../../app/app';
import { MemoryRouter } from '../../router/router';
import { UpdatePage } from './update-page';
import { largeDataset, SEED_ID } from '../../../test/fixtures';
import { currentValues, indexClaims } from '../../data/ledger/claims';
import { LEGACY_UPDATE_NOTICE } from '../../data/checks/legacy';
import { CLAIMS_SHOWN_PER_FIGURE } from './change-preview';
import { initialDataFor } from '../../app/initial-data-for';
import { primeQueryClient } from '../../app/initial-data';

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
  const box = await screen.findByLabelText('Paste JSON or CSV');
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

  it('says nothing is new and offers no Apply for an update already applied', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText(/Applied/);
    await paste(populationUpdate(100000));
    expect(await screen.findByText(/^Nothing new: 1 claim already in the record\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    expect(store.get(SEED_ID)!.revision).toBe(2);
  });

  it('says which claims of an update are already in the record', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    await paste(populationUpdate(100000));
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText(/Applied/);
    const update = JSON.parse(populationUpdate(100000)) as { claims: object[] };
    update.claims.push({ ...update.claims[0], id: 'test-population-next', date: '2023-09-19', time: '23:00' });
    await paste(JSON.stringify(update));
    expect(await screen.findByText('Already in the record, so not added again: 1 claim.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
  });

  it('previews the headlines, topics, ends and events a spreadsheet changes', async () => {
    renderApp('/update');
    await paste(
      'record,figure,value,date,claimed_by,url,topic,headline,event_title,event_kind\n' +
        'claim,population-under-blockade,110000,2023-09-19,Medya News,https://example.org/a,Siege,4,,\n' +
        'end,blockade-duration,,2023-09-19,Medya News,https://example.org/b,,,,\n' +
        'event,,,2023-09-19,Medya News,https://example.org/c,,,Convoy turned back,access\n',
    );
    const headlines = await screen.findByRole('table', { name: /^Headline figures/ });
    expect(within(headlines).getByRole('row', { name: /^4 / })).toHaveTextContent(
      '4Mine-blast deaths Azerbaijan gives as the reason for the operationPopulation under blockade',
    );
    expect(screen.getByRole('heading', { name: 'Topics' }).nextElementSibling).toHaveTextContent(
      'New topic “Siege”Population under blockade: from no topic (Other figures) to “Siege”',
    );
    expect(screen.getByRole('heading', { name: 'Durations that end' }).nextElementSibling).toHaveTextContent(
      'Blockade duration: ends on 19 Sept 2023, according to Medya News',
    );
    expect(screen.getByRole('heading', { name: 'New events' }).nextElementSibling).toHaveTextContent(
      'Convoy turned back',
    );
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
    const input = await screen.findByLabelText('Or choose a JSON or CSV file');
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 });
    await user.upload(input, file);
    expect(await screen.findByRole('alert')).toHaveTextContent('the file huge.json has 1 problem');
    expect(screen.getByRole('alert')).toHaveTextContent('The file is 20 MB; the limit is 10 MB');
  });

  it('checks a chosen file like pasted text', async () => {
    const user = userEvent.setup();
    renderApp('/update');
    const input = await screen.findByLabelText('Or choose a JSON or CSV file');
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

describe('update screen rendered ahead of time', () => {
  it('shows the revision from the small part of the data it embeds, and exports the whole dataset once fetched', async () => {
    expect(store.put(SEED_ID, largeDataset(12, 40), 1).ok).toBe(true);
    const whole = store.get(SEED_ID)!;
    const { id, title, asOf, revision } = whole;
    const embedded = initialDataFor('/update', whole, { datasets: [{ id, title, asOf, revision }] });
    expect(JSON.stringify(embedded.dataset).length).toBeLessThan(JSON.stringify(whole).length / 2);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Answered by the usual handler once released: the page must not wait for it to show what it embeds.
    server.use(http.get('*/api/v1/datasets/:id', () => held.then(() => undefined)));
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      const queryClient = testQueryClient();
      primeQueryClient(queryClient, embedded);
      renderApp('/update', queryClient);
      expect(await screen.findByText(/^Revision 2, last edited/)).toBeInTheDocument();
      expect(screen.queryByText('Loading the current data…')).not.toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
      expect(createObjectURL).not.toHaveBeenCalled();
      release();
      await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
      const exported = JSON.parse(await (createObjectURL.mock.calls[0]?.[0] as Blob).text()) as { claims: unknown[] };
      expect(exported.claims).toHaveLength(whole.claims.length);
    } finally {
      release();
      vi.restoreAllMocks();
    }
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

/* Updates written for these tests: invented reports at example.org, not facts. */
const OMBUDSMAN = { id: 'example-ombudsman', name: 'Example Ombudsman', kind: 'ngo' };

function citation(id: string, claimedBy: string, publishedBy: string, publishedOn: string) {
  return {
    id,
    claimedBy,
    publishedBy,
    title: `Example report ${id}`,
    url: `https://example.org/${id}`,
    publishedOn,
    note: 'An invented report for the tests.',
  };
}

function update(parts: Record<string, unknown>) {
  return JSON.stringify({ dataset: SEED_ID, ...parts });
}

/* An update in the earlier format: the new value written into the figure. */
const EARLIER_FORMAT_UPDATE = update({
  citations: [citation('earlier-format-count', 'medya-news', 'medya-news', '2023-09-19')],
  figures: [
    {
      id: 'population-under-blockade',
      date: '2023-09-19',
      measures: [{ key: 'population', value: 95000, qualifier: 'about' }],
      citations: ['earlier-format-count'],
    },
  ],
});

function figureRow(label: RegExp) {
  return within(screen.getByRole('table', { name: 'Figures that would change' })).getByRole('row', { name: label });
}

function claimGroup(label: RegExp) {
  return screen.getByRole('region', { name: label });
}

/* The text as a screen reader gets it: decorative glyphs (aria-hidden) left out, spaces collapsed. */
function spoken(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the preview of an update', () => {
  it('lists a new figure with what it would show', async () => {
    renderApp('/update');
    await paste(
      update({
        citations: [citation('fuel-price-report', 'medya-news', 'medya-news', '2023-09-19')],
        figures: [
          {
            id: 'fuel-price',
            kind: 'count',
            label: 'Price of fuel',
            unit: 'AMD per litre',
            measures: [{ key: 'price', label: 'price of petrol', unit: 'AMD', decimals: true }],
          },
        ],
        claims: [
          {
            id: 'fuel-price-1',
            figure: 'fuel-price',
            date: '2023-09-19',
            values: [{ measure: 'price', value: 1500.5, qualifier: 'about' }],
            status: 'reported',
            citation: 'fuel-price-report',
          },
        ],
      }),
    );
    const row = await waitForRow(/Price of fuel/);
    expect(row).toHaveTextContent('Price of fuel (new figure)1 new claim');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', 'price of petrol: about 1,500.5 AMD, 19 Sept 2023 · Medya News']);
  });

  it('lists new sources, with a hint when one looks like a source already there', async () => {
    renderApp('/update');
    await paste(
      update({
        sources: [OMBUDSMAN, { id: 'medya-news-english', name: 'Medya News (English)', kind: 'media' }],
      }),
    );
    const section = await screen.findByRole('region', { name: 'New sources' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Example Ombudsman (NGO)',
      'Medya News (English) (Media) looks like existing source Medya News',
    ]);
  });

  it('lists the new claims by figure: when, value, who, status, and what a correction or retraction replaces', async () => {
    renderApp('/update');
    await paste(
      update({
        sources: [OMBUDSMAN],
        citations: [
          citation('ombudsman-casualties', 'example-ombudsman', 'medya-news', '2023-09-19'),
          citation('zartonk-correction', 'zartonk-media', 'medya-news', '2023-09-19'),
          citation('army-withdrawal', 'azerbaijani-army', 'azerbaijani-army', '2023-09-19'),
        ],
        claims: [
          {
            id: 'ombudsman-casualties-range',
            figure: 'casualties-19-september',
            date: '2023-09-19',
            time: '14:30',
            values: [{ measure: 'killed', low: 50, high: 1000 }],
            status: 'estimated',
            citation: 'ombudsman-casualties',
          },
          {
            id: 'zartonk-casualties-corrected',
            figure: 'casualties-19-september',
            date: '2023-09-19',
            time: '20:00',
            values: [
              { measure: 'killed', value: 3, qualifier: 'at-least' },
              { measure: 'injured', value: 25, qualifier: 'exact' },
            ],
            status: 'reported',
            citation: 'zartonk-correction',
            supersedes: 'casualties-19-september-2023-09-19',
            note: 'A later count by the same party.',
          },
          {
            id: 'mine-blasts-withdrawn',
            figure: 'mine-blast-deaths-alleged',
            date: '2023-09-19',
            status: 'alleged',
            citation: 'army-withdrawal',
            retracts: 'mine-blast-deaths-alleged-2023-09-19',
            note: 'Withdrawn in an invented statement.',
          },
        ],
      }),
    );
    const casualties = await screen.findByRole('region', { name: /^Casualties of the 19 September offensive/ });
    expect(within(casualties).getByRole('heading')).toHaveTextContent('· 2 new claims');
    const [range, correction] = within(casualties).getAllByRole('listitem');
    expect(spoken(range!)).toBe(
      '19 Sept 2023 14:30 between 50 and 1,000 civilians killed Example Ombudsman via Medya News Estimated',
    );
    expect(spoken(correction!)).toBe(
      '19 Sept 2023 20:00 at least 3 civilians killed; 25 injured Zartonk Media via Medya News Reported ' +
        'Corrects the claim of 19 Sept 2023 by Zartonk Media via Medya News (2 civilians killed, of whom 1 child; 23 injured): A later count by the same party.',
    );

    const mines = claimGroup(/^Mine-blast deaths/);
    expect(spoken(within(mines).getByRole('listitem'))).toBe(
      '19 Sept 2023 Retraction Azerbaijani army Alleged ' +
        'Withdraws the claim of 19 Sept 2023 by Azerbaijani army via Medya News (4 police officers killed; 2 civilians killed): Withdrawn in an invented statement.',
    );
    expect(screen.queryByRole('region', { name: /^Population under blockade/ })).not.toBeInTheDocument();
  });

  it('shows what each figure shows now and after, and says when it stays the same', async () => {
    renderApp('/update');
    const later = JSON.parse(populationUpdate(100000, '2023-09-21')) as { citations: unknown[]; claims: unknown[] };
    later.citations.push(citation('ombudsman-earlier', 'example-ombudsman', 'example-ombudsman', '2023-09-18'));
    later.claims.push({
      id: 'ombudsman-earlier-casualties',
      figure: 'casualties-19-september',
      date: '2023-09-18',
      values: [{ measure: 'injured', value: 20, qualifier: 'about' }],
      status: 'reported',
      citation: 'ombudsman-earlier',
    });
    await paste(JSON.stringify({ ...later, sources: [OMBUDSMAN] }));

    const cells = (label: RegExp) =>
      within(figureRow(label))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    await screen.findByRole('table', { name: 'Figures that would change' });
    expect(cells(/^Population under blockade/)).toEqual([
      'about 120,000 ethnic Armenians, 19 Sept 2023 · Medya News',
      'about 100,000 ethnic Armenians, 21 Sept 2023 · Medya News',
    ]);
    expect(cells(/^Blockade duration/)).toEqual([
      '281 days, 19 Sept 2023 · Medya News',
      '283 days, 21 Sept 2023 · Medya News',
    ]);
    expect(cells(/^Casualties/)).toEqual([
      '2 civilians killed, of whom 1 child; 23 injured, 19 Sept 2023 · Zartonk Media via Medya News',
      'unchanged',
    ]);
    expect(screen.getByText(/^Dataset date:/)).toHaveTextContent('Dataset date: 19 Sept 2023 → 21 Sept 2023');
    expect(screen.getByText(/^Claims:/)).toHaveTextContent('Claims: 2 added');
  });

  it('keeps a long update readable: the first claims of each figure, then how many more', async () => {
    renderApp('/update');
    const total = CLAIMS_SHOWN_PER_FIGURE + 7;
    const claims = Array.from({ length: total }, (_, i) => ({
      id: `population-count-${i}`,
      figure: 'population-under-blockade',
      date: '2023-09-19',
      values: [{ measure: 'population', value: 100000 + i, qualifier: 'about' }],
      status: 'reported',
      citation: 'many-counts',
    }));
    await paste(update({ citations: [citation('many-counts', 'medya-news', 'medya-news', '2023-09-19')], claims }));
    const group = await screen.findByRole('region', { name: /^Population under blockade/ });
    expect(within(group).getByRole('heading')).toHaveTextContent(`· ${total} new claims`);
    const items = within(group).getAllByRole('listitem');
    expect(items).toHaveLength(CLAIMS_SHOWN_PER_FIGURE);
    expect(items[0]).toHaveTextContent('about 100,000 ethnic Armenians');
    expect(group).toHaveTextContent('and 7 more new claims about this figure, not listed here');
  });

  it('says when a file in the earlier format was converted, and previews the converted claim', async () => {
    renderApp('/update');
    await paste(EARLIER_FORMAT_UPDATE);
    await screen.findByRole('heading', { name: 'Preview of the partial update' });
    expect(screen.getAllByRole('status').some((s) => s.textContent === LEGACY_UPDATE_NOTICE)).toBe(true);
    expect(figureRow(/^Population under blockade/)).toHaveTextContent('about 95,000 ethnic Armenians');
  });

  it('offers CSV files beside JSON in the file picker', async () => {
    renderApp('/update');
    const input = await screen.findByLabelText('Or choose a JSON or CSV file');
    expect(input.getAttribute('accept')?.split(',')).toEqual(expect.arrayContaining(['.json', '.csv']));
  });
});

async function waitForRow(label: RegExp) {
  await screen.findByRole('table', { name: 'Figures that would change' });
  return figureRow(label);
}
