import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { SEED_ID, seedDataset } from '../../../test/fixtures';
import { store } from '../../../mocks/node';

async function section(name: string) {
  return screen.findByRole('region', { name });
}

describe('the about page', () => {
  it('is reached from the footer of every page', async () => {
    renderApp('/');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'About the data' })).toHaveAttribute('href', '/about');
  });

  it('states the data’s license and the code’s', async () => {
    renderApp('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About the data' })).toBeInTheDocument();
    const license = await section('License');
    expect(within(license).getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(within(license).getByRole('link', { name: 'MIT license' })).toBeInTheDocument();
  });

  it('explains every status, the qualifiers, the value shown and disagreement, then the dataset’s own method', async () => {
    renderApp('/about');
    const method = await section('How the figures are shown');
    for (const status of ['Reported', 'Alleged', 'Confirmed', 'Estimated', 'Disputed']) {
      expect(within(method).getByText(status)).toBeInTheDocument();
    }
    expect(method).toHaveTextContent(/at least or at most a number, or between two numbers/);
    expect(method).toHaveTextContent(/the latest claim that still stands/);
    expect(method).toHaveTextContent(/A party revising its own count is not a disagreement/);
    const paragraphs = seedDataset().about!.methodology!.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) expect(within(method).getByText(paragraph)).toBeInTheDocument();
  });

  it('says how often the data changes and how to report a correction, in the dataset’s words', async () => {
    renderApp('/about');
    const { about, revision } = seedDataset();
    const updates = await section('Updates');
    expect(updates).toHaveTextContent(about!.updateFrequency!);
    expect(updates).toHaveTextContent(`(revision ${revision})`);
    expect(await section('Reporting a correction')).toHaveTextContent(about!.corrections!.text);
  });

  it('says how often the maintainers expect each figure to be reported, a week when the data does not say', async () => {
    renderApp('/about');
    expect(await section('Updates')).toHaveTextContent(
      'The maintainers expect a new report on each figure every week, unless they set another interval for that figure.',
    );
  });

  it('says the interval the data gives', async () => {
    const dataset = seedDataset();
    store.put(SEED_ID, { ...dataset, about: { ...dataset.about, expectedUpdateDays: 14 } }, dataset.revision);
    renderApp('/about');
    expect(await section('Updates')).toHaveTextContent('expect a new report on each figure every 2 weeks');
  });

  it('claims no span of time the data does not state', async () => {
    renderApp('/about');
    await section('Updates');
    expect(screen.getByRole('article')).not.toHaveTextContent(/covers (one|a single) day|a record of one day/i);
  });
});
