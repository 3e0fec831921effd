import { useState } from 'react';

interface ShareButtonProps {
  /** What the share sheet names the link: the page's title. */
  title: string;
  /** A line to go with the link in the share sheet: the figure as it would be quoted. */
  text: string;
}

/* The page's address without its fragment: a shared link opens the page at its top. */
function pageUrl(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/*
 * Shares the page through the system's share sheet where the browser has one
 * (phones mostly); elsewhere copies its address and says so. The message
 * sits beside the button, so nothing else on the page moves when it appears.
 */
export function ShareButton({ title, text }: ShareButtonProps) {
  const [message, setMessage] = useState('');

  async function share() {
    const url = pageUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        setMessage('');
        return;
      } catch (error) {
        // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      // Absent outside a secure context (plain http), and refused when the page lacks permission.
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copying was not allowed here; the link is ${url}`);
    }
  }

  return (
    <p className="share-line">
      <button type="button" className="secondary" onClick={() => void share()}>
        Share this page
      </button>
      <span role="status" className="share-status">
        {message}
      </span>
    </p>
  );
}
