import { useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Figure } from '../../data/schema/schema';
import { embedPath } from '../../data/words/embed';
import { embedSnippet } from '../../data/words/embed-snippet';
import { copyOrSelect } from './copy-text';

const noSubscription = () => () => {};
/*
 * The snippet needs the site's absolute address. SITE_URL at build gives it,
 * so the HTML rendered ahead of time carries the snippet; without it only the
 * running page knows its origin, and the section appears once it runs.
 */
const builtOrigin = () => import.meta.env.SITE_ORIGIN || null;
const pageOrigin = () => import.meta.env.SITE_ORIGIN || window.location.origin;

/* The HTML another site pastes to frame this figure's card, with a button to copy it. */
export function EmbedThis({ figure }: { figure: Figure }) {
  const headingId = useId();
  const origin = useSyncExternalStore(noSubscription, pageOrigin, builtOrigin);
  const [message, setMessage] = useState('');
  const codeRef = useRef<HTMLElement>(null);
  if (!origin) return null;
  const snippet = embedSnippet(origin, figure);

  async function copy() {
    const copied = await copyOrSelect(snippet, () => codeRef.current);
    setMessage(
      copied
        ? 'The embed code is copied.'
        : 'Copying was not allowed here: the embed code is selected; press Ctrl+C (⌘C on a Mac).',
    );
  }

  return (
    <section aria-labelledby={headingId} className="detail-section embed-this">
      <h2 id={headingId}>Embed this figure</h2>
      <p>
        To show this figure on another site, paste this HTML into its page. The frame holds the figure alone, with its
        source and date, and links back here; its height follows the width it is given, so nothing is cut off.{' '}
        <a href={embedPath(figure.id)} target="_blank" rel="noopener">
          See the embed
        </a>
        .
      </p>
      <pre className="embed-code">
        <code ref={codeRef}>{snippet}</code>
      </pre>
      <p className="copy-buttons">
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy embed code
        </button>
      </p>
      <p role="status" className="copy-status">
        {message}
      </p>
    </section>
  );
}
