import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareButton } from './share-button';

const PAGE = `${window.location.origin}${window.location.pathname}`;

/* Sets navigator.share and navigator.clipboard for one test; undefined removes them. */
function stubNavigator(share: Navigator['share'] | undefined, writeText?: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

afterEach(() => stubNavigator(undefined));

function renderButton() {
  render(<ShareButton title="Population under blockade" text="Population under blockade: about 120,000" />);
  return screen.getByRole('button', { name: 'Share this page' });
}

describe('ShareButton', () => {
  it('opens the share sheet with the page’s title, text and address where the browser has one', async () => {
    const share = vi.fn<Navigator['share']>().mockResolvedValue(undefined);
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubNavigator(share, writeText);
    await userEvent.click(renderButton());
    expect(share).toHaveBeenCalledWith({
      title: 'Population under blockade',
      text: 'Population under blockade: about 120,000',
      url: PAGE,
    });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubNavigator(vi.fn<Navigator['share']>().mockRejectedValue(new DOMException('closed', 'AbortError')), writeText);
    await userEvent.click(renderButton());
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('copies the address without a share sheet, and says so politely', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubNavigator(undefined, writeText);
    const button = renderButton();
    // A real button, reached and pressed from the keyboard.
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(PAGE);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('gives the address in the message when copying is refused', async () => {
    stubNavigator(undefined, vi.fn<(text: string) => Promise<void>>().mockRejectedValue(new Error('denied')));
    await userEvent.click(renderButton());
    expect(await screen.findByRole('status')).toHaveTextContent(`Copying was not allowed here; the link is ${PAGE}`);
  });
});
