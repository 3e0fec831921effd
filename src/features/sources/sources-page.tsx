import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from '../../router/router';
import { useSources } from '../../api/get-sources';
import type { Source, SourceKind } from '../../data/schema/schema';
import { sourceUsesOf, type SourcesSlice } from '../../data/resources/sources-slice';
import {
  claimTotalsText,
  figureUseText,
  groupByKind,
  homeHost,
  matchesTerms,
  resemblingSources,
  searchTerms,
  sourceKindLabel,
  sourceSearchKey,
  type FigureUse,
  type SourceUse,
} from '../../data/words/sources';
import { formatCount } from '../../data/words/format';
import { DateText } from '../../components/date-text';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';

const NO_LOOK_ALIKES: Source[] = [];

function roleText(roles: Set<'claimed' | 'published'>): string {
  if (roles.size === 2) return 'claimed and published';
  return roles.has('claimed') ? 'claimed' : 'published';
}

function sourcesText(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'source' : 'sources'}`;
}

/* Everything that depends only on the data, worked out once, so typing in the filter only compares strings. */
function indexSources(slice: SourcesSlice) {
  const uses = sourceUsesOf(slice);
  const totals = new Map<SourceKind, number>();
  for (const { source } of uses) totals.set(source.kind, (totals.get(source.kind) ?? 0) + 1);
  return {
    uses,
    keys: uses.map((u) => sourceSearchKey(u.source)),
    lookAlikes: resemblingSources(uses.map((u) => u.source)),
    totals,
  };
}

/* A source may rest under a thousand figures: the first ones are listed, the rest on request, so the page stays quick. */
const FIGURES_FIRST = 20;
const FIGURES_MORE = 100;

function FigureUses({ figures }: { figures: FigureUse[] }) {
  const [limit, setLimit] = useState(FIGURES_FIRST);
  const hidden = figures.length - limit;
  return (
    <div className="source-uses">
      <p className="source-uses-title">Figures</p>
      <ul>
        {figures.slice(0, limit).map((f) => (
          <li key={f.id}>
            <Link to={`/figures/${f.id}#${f.kind === 'count' ? 'claims' : 'sources'}`}>{f.label}</Link>{' '}
            <span className="muted">({figureUseText(f)})</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p>
          <button type="button" className="secondary" onClick={() => setLimit(limit + FIGURES_MORE)}>
            {`Show ${formatCount(Math.min(hidden, FIGURES_MORE))} more figures`}
          </button>{' '}
          <span className="muted">{formatCount(hidden)} not shown yet</span>
        </p>
      )}
    </div>
  );
}

interface EntryProps {
  use: SourceUse;
  lookAlikes: Source[];
  /** Before following a link to another source: make sure the filter does not hide it. */
  onReveal: (elementId: string) => void;
}

const SourceEntry = memo(function SourceEntry({ use, lookAlikes, onReveal }: EntryProps) {
  const { source, figures, events, claimsMade, claimsPublished } = use;
  return (
    <li id={`source-${source.id}`} tabIndex={-1} className="source-entry">
      <h3>
        <cite>{source.name}</cite>
      </h3>
      <p className="source-meta">
        {sourceKindLabel(source.kind)}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {homeHost(source.url)}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
        {' · '}
        <span className="source-id">
          id <code>{source.id}</code>
        </span>
      </p>
      {lookAlikes.length > 0 && (
        <p className="look-alike-note">
          Name resembles:{' '}
          {lookAlikes.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <Link to={`/sources#source-${other.id}`} onClick={() => onReveal(`source-${other.id}`)}>
                {other.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      <p>{claimTotalsText(claimsMade, claimsPublished)}.</p>
      {figures.length > 0 && <FigureUses figures={figures} />}
      {events.length > 0 && (
        <div className="source-uses">
          <p className="source-uses-title">Events</p>
          <ul>
            {events.map((e) => (
              <li key={e.id}>
                <DateText date={e.date} />: <Link to={`/#event-${e.id}`}>{e.title}</Link>{' '}
                <span className="muted">({roleText(e.roles)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
});

function SourceIndex({ slice }: { slice: SourcesSlice }) {
  const { uses, keys, lookAlikes, totals } = useMemo(() => indexSources(slice), [slice]);
  const [query, setQuery] = useState('');
  // Typing stays immediate; the list, which may hold thousands of entries, follows when React has time.
  const deferredQuery = useDeferredValue(query);
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  const shown = useMemo(
    () => (terms.length ? uses.filter((_, i) => matchesTerms(keys[i]!, terms)) : uses),
    [uses, keys, terms],
  );
  const groups = useMemo(() => groupByKind(shown), [shown]);
  const allGroups = useMemo(() => groupByKind(uses), [uses]);

  const input = useRef<HTMLInputElement>(null);
  // The button goes away with the message; focus returns to the box it emptied.
  const clearFilter = () => {
    setQuery('');
    input.current?.focus();
  };

  const reveal = useCallback((elementId: string) => {
    if (!document.getElementById(elementId)) setQuery('');
  }, []);

  // A link to /sources#source-… (or #kind-…) focuses that entry, which scrolls it into view, once it is on the page.
  const { hash, key } = useLocation();
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    pendingFocus.current = /^#(source|kind)-/.test(hash) ? decodeURIComponent(hash.slice(1)) : null;
  }, [hash, key]);
  useEffect(() => {
    const target = pendingFocus.current && document.getElementById(pendingFocus.current);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  if (uses.length === 0) return <p>This dataset names no sources yet.</p>;

  const filtering = terms.length > 0;
  return (
    <>
      <div className="source-filter" role="search">
        <label htmlFor="source-filter">Filter sources</label>
        <p id="source-filter-hint" className="hint">
          By name, id or kind, such as “ministry” or “media”.
        </p>
        <input
          ref={input}
          id="source-filter"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby="source-filter-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p className="source-count" role="status">
          {filtering ? `${formatCount(shown.length)} of ${sourcesText(uses.length)}` : sourcesText(uses.length)}
        </p>
      </div>

      <nav aria-label="Kinds of source" className="kind-nav">
        <ul>
          {allGroups.map((g) => (
            <li key={g.kind}>
              <Link to={`/sources#kind-${g.kind}`} onClick={() => reveal(`kind-${g.kind}`)}>
                {g.label}
              </Link>{' '}
              <span className="muted">({formatCount(g.uses.length)})</span>
            </li>
          ))}
        </ul>
      </nav>

      {shown.length === 0 && (
        // Not a live region: the count above already announces the change.
        <div className="state-panel state-empty">
          <p className="state-title">No source matches “{deferredQuery.trim()}”.</p>
          <p>Check the spelling, or try a shorter part of the name.</p>
          <button type="button" className="secondary" onClick={clearFilter}>
            Clear the filter
          </button>
        </div>
      )}

      {groups.map((group) => {
        const total = totals.get(group.kind) ?? 0;
        return (
          <section
            key={group.kind}
            id={`kind-${group.kind}`}
            tabIndex={-1}
            aria-labelledby={`kind-${group.kind}-heading`}
            className="source-group"
          >
            <h2 id={`kind-${group.kind}-heading`}>
              {group.label}{' '}
              <span className="muted">
                ({filtering ? `${formatCount(group.uses.length)} of ${formatCount(total)}` : formatCount(total)})
              </span>
            </h2>
            <ul className="source-list">
              {group.uses.map((use) => (
                <SourceEntry
                  key={use.source.id}
                  use={use}
                  lookAlikes={lookAlikes.get(use.source.id) ?? NO_LOOK_ALIKES}
                  onReveal={reveal}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function SourcesPage({ datasetId }: { datasetId: string }) {
  const query = useSources(datasetId);
  return (
    <>
      <PageHeading title="Sources" />
      <p>Every organisation and outlet this dataset cites, and the figures and events that rest on each.</p>
      <QueryState query={query} what="sources" loading={<StatePanel kind="loading" title="Loading the sources…" />}>
        {(slice) => <SourceIndex slice={slice} />}
      </QueryState>
    </>
  );
}
