import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { seedDataset } from '../../../test/fixtures';

const PAGE = `${window.location.origin}/figures/casualties-19-september?revision=${seedDataset().revision}`;

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

async function citeSection() {
  return screen.findByRole('region', { name: 'Cite this' });
}

afterEach(() => {
  setClipboard(undefined);
  vi.useRealTimers();
});

describe('Cite this', () => {
  it('shows the citation with the claimant, outlet, revision, address and day of reading', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T10:00:00Z') });
    renderApp('/figures/casualties-19-september');
    const section = await citeSection();
    expect(within(section).getByText(/^Casualties of the 19 September offensive:/)).toHaveTextContent(
      'Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured. ' +
        'Zartonk Media via Medya News, 19 September 2023. ' +
        `In Nagorno-Karabakh dashboard, “${seedDataset().title}”, revision ${seedDataset().revision}. ` +
        `${PAGE} (accessed 1 December 2026).`,
    );
  });

  it('copies the plain text, BibTeX and CSL-JSON to the clipboard and says so', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    renderApp('/figures/casualties-19-september');
    const section = await citeSection();

    fireEvent.click(within(section).getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent('The citation is copied.'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^Casualties of the 19 September offensive: .* \(accessed /);

    fireEvent.click(within(section).getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1]![0]).toMatch(
      /^@misc\{casualties-19-september-r\d+,\n {2}author = \{\{Zartonk Media\}\},/,
    );
    expect(writeText.mock.calls[1]![0]).toContain(`url = {${PAGE}}`);

    fireEvent.click(within(section).getByRole('button', { name: 'Copy CSL-JSON' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(3));
    const [item] = JSON.parse(writeText.mock.calls[2]![0]) as { URL: string; author: unknown }[];
    expect(item).toMatchObject({ URL: PAGE, author: [{ literal: 'Zartonk Media' }] });
    expect(within(section).getByRole('status')).toHaveTextContent('The CSL-JSON is copied.');
  });

  it('selects the text and says how to copy it when the clipboard refuses', async () => {
    setClipboard(() => Promise.reject(new Error('Not allowed')));
    renderApp('/figures/casualties-19-september');
    const section = await citeSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() =>
      expect(within(section).getByRole('status')).toHaveTextContent(
        'Copying was not allowed here: the BibTeX is selected; press Ctrl+C (⌘C on a Mac).',
      ),
    );
    expect(section.querySelector('details')).toHaveProperty('open', true);
    expect(window.getSelection()?.toString()).toMatch(/^@misc\{casualties-19-september-r/);
  });

  it('works without a clipboard at all, as on a page served over plain http', async () => {
    renderApp('/figures/blockade-duration');
    const section = await citeSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(window.getSelection()?.toString()).toMatch(/^Blockade duration: 281 days\. /));
    expect(within(section).getByRole('status')).toHaveTextContent('the citation is selected');
  });
});
