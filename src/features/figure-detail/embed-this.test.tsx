import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

afterEach(() => setClipboard(undefined));

/* Tests build without SITE_URL, so the snippet takes the page's own origin. */
const SNIPPET =
  '<div style="container-type:inline-size">' +
  `<iframe src="${window.location.origin}/embed/figures/casualties-19-september"` +
  ' title="Casualties of the 19 September offensive" width="100%" height="375"' +
  ' style="display:block;border:0;height:max(271px, min(375px, calc((560px - 100cqw) * 1000 + 271px)))"' +
  ' loading="lazy"></iframe></div>';

describe('Embed this figure', () => {
  it('shows the iframe code with the site’s absolute address', async () => {
    renderApp('/figures/casualties-19-september');
    const section = await screen.findByRole('region', { name: 'Embed this figure' });
    expect(within(section).getByText(SNIPPET)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'See the embed' })).toHaveAttribute(
      'href',
      '/embed/figures/casualties-19-september',
    );
  });

  it('copies the code and says so politely', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    renderApp('/figures/casualties-19-september');
    const section = await screen.findByRole('region', { name: 'Embed this figure' });
    fireEvent.click(within(section).getByRole('button', { name: 'Copy embed code' }));
    await waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent('The embed code is copied.'));
    expect(writeText).toHaveBeenCalledWith(SNIPPET);
  });

  it('selects the code for copying by hand where the clipboard is refused', async () => {
    setClipboard(() => Promise.reject(new Error('Not allowed')));
    renderApp('/figures/casualties-19-september');
    const section = await screen.findByRole('region', { name: 'Embed this figure' });
    fireEvent.click(within(section).getByRole('button', { name: 'Copy embed code' }));
    await waitFor(() =>
      expect(within(section).getByRole('status')).toHaveTextContent(/the embed code is selected; press Ctrl\+C/),
    );
    expect(window.getSelection()?.toString()).toBe(SNIPPET);
  });
});
