import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { citationBibtex, citationCslJson, citationPlain, type FigureReference } from '../../data/formats/cite';
import { copyOrSelect } from './copy-text';

interface Reader {
  origin: string;
  accessed: string;
}

const noSubscription = () => () => {};
let reader: Reader | null = null;
/* One object per site and day, so React sees the same snapshot until either changes. */
function readerSnapshot(): Reader {
  const { origin } = window.location;
  const accessed = new Date().toISOString().slice(0, 10);
  if (reader?.origin !== origin || reader.accessed !== accessed) reader = { origin, accessed };
  return reader;
}
// Rendered ahead of time there is no address or day of reading; the block appears once the page runs.
const noReader = () => null;

type Format = 'text' | 'bibtex' | 'csl';
const NAMES: Record<Format, string> = { text: 'citation', bibtex: 'BibTeX', csl: 'CSL-JSON' };

/* The reference less what only the reader's browser knows: the site's address and the day it is read. */
type CiteThisProps = Omit<FigureReference, 'url' | 'accessed'> & {
  /** The page's own path, without a query or fragment: the citation pins it to the revision itself. */
  path: string;
};

/* The figure as a citation, to copy as text, BibTeX or CSL-JSON, with this page's address and today's date. */
export function CiteThis(props: CiteThisProps) {
  const headingId = useId();
  const here = useSyncExternalStore(noSubscription, readerSnapshot, noReader);
  const [message, setMessage] = useState('');
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const blocks = useRef<Partial<Record<Format, HTMLElement | null>>>({});
  if (!here) return null;

  const { path, ...figure } = props;
  const ref: FigureReference = { ...figure, url: `${here.origin}${path}`, accessed: here.accessed };
  const texts: Record<Format, string> = {
    text: citationPlain(ref),
    bibtex: citationBibtex(ref),
    csl: citationCslJson(ref),
  };

  async function copy(format: Format) {
    const copied = await copyOrSelect(texts[format], () => {
      if (format !== 'text' && detailsRef.current) detailsRef.current.open = true;
      return blocks.current[format];
    });
    setMessage(
      copied
        ? `The ${NAMES[format]} is copied.`
        : `Copying was not allowed here: the ${NAMES[format]} is selected; press Ctrl+C (⌘C on a Mac).`,
    );
  }

  return (
    <section aria-labelledby={headingId} className="detail-section cite-this">
      <h2 id={headingId}>Cite this</h2>
      <p
        className="citation-text"
        ref={(element) => {
          blocks.current.text = element;
        }}
      >
        {texts.text}
      </p>
      <p className="copy-buttons">
        {(Object.keys(NAMES) as Format[]).map((format) => (
          <button key={format} type="button" className="secondary" onClick={() => void copy(format)}>
            Copy {NAMES[format]}
          </button>
        ))}
      </p>
      <p role="status" className="copy-status">
        {message}
      </p>
      <details ref={detailsRef}>
        <summary>BibTeX and CSL-JSON</summary>
        <h3>BibTeX</h3>
        <pre
          ref={(element) => {
            blocks.current.bibtex = element;
          }}
        >
          {texts.bibtex}
        </pre>
        <h3>CSL-JSON</h3>
        <pre
          ref={(element) => {
            blocks.current.csl = element;
          }}
        >
          {texts.csl}
        </pre>
      </details>
    </section>
  );
}
