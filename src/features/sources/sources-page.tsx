import {
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Link, useLocation, type Location } from '../../router/router';
import { useSources } from '../../api/get-sources';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../data/schema/schema';
import { sourceUsesOf, type SourcesSlice } from '../../data/resources/sources-slice';
import {
  claimTotalsText,
  DEFAULT_SOURCE_SORT,
  figureUseText,
  homeHost,
  kindCounts,
  matchesTerms,
  nextSourceSort,
  resemblingSources,
  searchTerms,
  sortSources,
  sourceKindLabel,
  sourceSearchKey,
  sourceSortText,
  sourceUsesText,
  type FigureUse,
  type SourceSort,
  type SourceSortKey,
  type SourceUse,
} from '../../data/words/sources';
import { formatCount } from '../../data/words/format';
import { DateText } from '../../components/date-text';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';

const NO_LOOK_ALIKES: Source[] = [];
const COLUMNS = 5;

function roleText(roles: Set<'claimed' | 'published'>): string {
  if (roles.size === 2) return 'claimed and published';
  return roles.has('claimed') ? 'claimed' : 'published';
}

function sourcesText(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'source' : 'sources'}`;
}

const rowId = (sourceId: string) => `source-${sourceId}`;
/* Ids never hold two hyphens in a row, so a row's parts ("source-a--name") can never be another source's row. */
const partId = (sourceId: string, part: 'name' | 'details') => `${rowId(sourceId)}--${part}`;

const CHUNK = 25;

/* Everything that depends only on the data, worked out once, so typing in the filter only compares strings. */
function indexSources(slice: SourcesSlice) {
  const uses = sourceUsesOf(slice);
  return {
    uses,
    keys: uses.map((u) => sourceSearchKey(u.source)),
    lookAlikes: resemblingSources(uses.map((u) => u.source)),
  };
}

/*
 * The kind a link asks for: `?kind=media`, or `#kind-media` as the page's
 * links to its sections of each kind used to say. Null for every kind.
 */
function kindAsked({ search, hash }: Location): SourceKind | null {
  const asked = new URLSearchParams(search).get('kind') ?? /^#kind-(.+)$/.exec(hash)?.[1] ?? null;
  return SOURCE_KINDS.find((kind) => kind === asked) ?? null;
}

/* The source a link points at (`#source-<id>`), whose row it opens. */
function sourceAsked(hash: string): string | null {
  if (!hash.startsWith('#source-')) return null;
  try {
    return decodeURIComponent(hash.slice('#source-'.length));
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};
/*
 * False while React takes over the HTML rendered ahead of time, which knows
 * no address's query: the page first renders as that HTML did, then as the
 * address asks.
 */
const useTakenOver = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

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

/** Before following a link to another source: make sure the filter does not hide it, and that it opens. */
type Reveal = (sourceId: string) => void;

function LookAlikeLink({ source, onReveal }: { source: Source; onReveal: Reveal }) {
  return (
    <Link to={`/sources#${rowId(source.id)}`} onClick={() => onReveal(source.id)}>
      {source.name}
    </Link>
  );
}

/* Everything else known of a source, opened from its row: its home page, id, and the figures and events that cite it. */
function SourceDetails({ use, lookAlikes, onReveal }: { use: SourceUse; lookAlikes: Source[]; onReveal: Reveal }) {
  const { source, figures, events, claimsMade, claimsPublished } = use;
  return (
    <div className="source-details-body">
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
      <p>{claimTotalsText(claimsMade, claimsPublished)}.</p>
      {lookAlikes.length > 1 && (
        <p className="look-alike-note">
          Name resembles:{' '}
          {lookAlikes.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <LookAlikeLink source={other} onReveal={onReveal} />
            </span>
          ))}
        </p>
      )}
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
    </div>
  );
}

interface RowProps {
  use: SourceUse;
  lookAlikes: Source[];
  open: boolean;
  onToggle: (sourceId: string) => void;
  onReveal: Reveal;
}

/*
 * One source, one row: eight elements, so 150 sources stay well inside what
 * a phone lays out quickly. What rests on the source opens in a row beneath.
 */
const SourceRow = memo(function SourceRow({ use, lookAlikes, open, onToggle, onReveal }: RowProps) {
  const { source, figures, events, claimsMade, claimsPublished } = use;
  const id = rowId(source.id);
  return (
    <>
      <tr id={id} tabIndex={-1} className="source-row">
        <th scope="row" id={partId(source.id, 'name')}>
          <cite dir="auto">{source.name}</cite>
          {lookAlikes.length > 0 && (
            <span className="look-alike-note">
              Name resembles: <LookAlikeLink source={lookAlikes[0]!} onReveal={onReveal} />
              {lookAlikes.length > 1 && ` and ${formatCount(lookAlikes.length - 1)} more`}
            </span>
          )}
        </th>
        <td className="source-kind">{sourceKindLabel(source.kind)}</td>
        <td className="num" data-label="Made">
          {formatCount(claimsMade)}
        </td>
        <td className="num" data-label="Published">
          {formatCount(claimsPublished)}
        </td>
        <td className="source-uses-cell">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={open ? partId(source.id, 'details') : undefined}
            aria-describedby={partId(source.id, 'name')}
            onClick={() => onToggle(source.id)}
          >
            {sourceUsesText(figures.length, events.length)}
          </button>
        </td>
      </tr>
      {open && (
        <tr id={partId(source.id, 'details')} className="source-details">
          <td colSpan={COLUMNS}>
            <SourceDetails use={use} lookAlikes={lookAlikes} onReveal={onReveal} />
          </td>
        </tr>
      )}
    </>
  );
});

interface ChunkProps {
  uses: SourceUse[];
  /** Where this run of rows starts in `uses`. */
  from: number;
  /** The ids of this run's open rows, joined: a string, so a run whose rows stay as they were is left alone. */
  opened: string;
  lookAlikes: Map<string, Source[]>;
  onToggle: (sourceId: string) => void;
  onReveal: Reveal;
}

/*
 * A run of CHUNK rows, taken over by React on its own, so no one task holds
 * the page for all the rows. Memoised, so a render of the page around it
 * (the count, the kinds, another run's open row) never reaches a run not yet
 * taken over, which React would then have to take over at once.
 */
const SourceChunk = memo(function SourceChunk({ uses, from, opened, lookAlikes, onToggle, onReveal }: ChunkProps) {
  const open = new Set(opened.split(' '));
  return (
    <Suspense fallback={null}>
      {uses.slice(from, from + CHUNK).map((use) => (
        <SourceRow
          key={use.source.id}
          use={use}
          lookAlikes={lookAlikes.get(use.source.id) ?? NO_LOOK_ALIKES}
          open={open.has(use.source.id)}
          onToggle={onToggle}
          onReveal={onReveal}
        />
      ))}
    </Suspense>
  );
});

function SortHeader({
  column,
  sort,
  onSort,
  className,
  children,
}: {
  column: SourceSortKey;
  sort: SourceSort;
  onSort: (column: SourceSortKey) => void;
  className?: string;
  children: ReactNode;
}) {
  const sorted = sort.key === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={sorted} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function SourceIndex({ slice }: { slice: SourcesSlice }) {
  // A newer revision is put on screen in the background, so the page keeps answering while it is.
  const current = useDeferredValue(slice);
  const { uses, keys, lookAlikes } = useMemo(() => indexSources(current), [current]);
  const [query, setQuery] = useState('');
  // Typing stays immediate; the table follows when React has time.
  const deferredQuery = useDeferredValue(query);
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  const matching = useMemo(
    () => (terms.length ? uses.filter((_, i) => matchesTerms(keys[i]!, terms)) : uses),
    [uses, keys, terms],
  );
  const kinds = useMemo(() => kindCounts(uses, matching), [uses, matching]);

  const location = useLocation();
  const takenOver = useTakenOver();
  const asked = takenOver ? kindAsked(location) : null;
  const kind = kinds.some((k) => k.kind === asked) ? asked : null;

  const [sortAsked, setSort] = useState<SourceSort>(DEFAULT_SOURCE_SORT);
  // A new order or kind is laid out in the background too, in slices, however many rows move.
  const sort = useDeferredValue(sortAsked);
  const kindShown = useDeferredValue(kind);
  const shown = useMemo(
    () => sortSources(kindShown ? matching.filter((u) => u.source.kind === kindShown) : matching, sort),
    [matching, kindShown, sort],
  );
  const onSort = useCallback((column: SourceSortKey) => setSort((s) => nextSourceSort(s, column)), []);

  // A row is open when a link points at it (`#source-<id>`) or its button was pressed, not both: the button turns it round.
  const linked = takenOver ? sourceAsked(location.hash) : null;
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback(
    (sourceId: string) =>
      setToggled((was) => {
        const next = new Set(was);
        if (!next.delete(sourceId)) next.add(sourceId);
        return next;
      }),
    [],
  );
  const isOpen = (sourceId: string) => (sourceId === linked) !== toggled.has(sourceId);

  const input = useRef<HTMLInputElement>(null);
  // The button goes away with the message; focus returns to the box it emptied.
  const clearFilter = () => {
    setQuery('');
    input.current?.focus();
  };

  // Following a link to another source: its row is shown, and opened, even if it was closed by hand.
  const reveal = useCallback((sourceId: string) => {
    if (!document.getElementById(rowId(sourceId))) setQuery('');
    setToggled((was) => {
      if (!was.has(sourceId)) return was;
      const next = new Set(was);
      next.delete(sourceId);
      return next;
    });
  }, []);

  // A link to /sources#source-… focuses that source's row, which scrolls it into view, once it is on the page.
  const { hash, key } = location;
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const sourceId = sourceAsked(hash);
    pendingFocus.current = sourceId === null ? null : rowId(sourceId);
  }, [hash, key]);
  useEffect(() => {
    const target = pendingFocus.current && document.getElementById(pendingFocus.current);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  if (uses.length === 0) return <p>This dataset names no sources yet.</p>;

  const order = sourceSortText(sort);
  const count =
    shown.length === uses.length
      ? sourcesText(uses.length)
      : `${formatCount(shown.length)} of ${sourcesText(uses.length)}`;
  const kindLabel = kindShown && sourceKindLabel(kindShown);
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
          {`${count}, ${order}`}
        </p>
      </div>

      <nav aria-label="Kinds of source" className="kind-nav">
        <ul>
          <li>
            <Link to="/sources" aria-current={kind === null ? 'true' : undefined}>
              Every kind
            </Link>{' '}
            <span className="muted">({formatCount(matching.length)})</span>
          </li>
          {kinds.map((k) => (
            <li key={k.kind}>
              <Link to={`/sources?kind=${k.kind}`} aria-current={kind === k.kind ? 'true' : undefined}>
                {k.label}
              </Link>{' '}
              <span className="muted">({formatCount(k.count)})</span>
            </li>
          ))}
        </ul>
      </nav>

      {shown.length === 0 ? (
        // Not a live region: the count above already announces the change.
        <div className="state-panel state-empty">
          <p className="state-title">
            No {kindLabel ? `source of the kind ${kindLabel}` : 'source'} matches “{deferredQuery.trim()}”.
          </p>
          <p>Check the spelling, or try a shorter part of the name.</p>
          <p className="source-empty-actions">
            <button type="button" className="secondary" onClick={clearFilter}>
              Clear the filter
            </button>
            {kindLabel && <Link to="/sources">Show every kind</Link>}
          </p>
        </div>
      ) : (
        <table className="source-table">
          <caption className="visually-hidden">
            {kindLabel ? `Sources of the kind ${kindLabel}` : 'Sources'}, {order}
          </caption>
          <thead>
            <tr>
              <SortHeader column="name" sort={sort} onSort={onSort}>
                Source
              </SortHeader>
              <SortHeader column="kind" sort={sort} onSort={onSort}>
                Kind
              </SortHeader>
              <SortHeader column="made" sort={sort} onSort={onSort} className="num">
                Claims made
              </SortHeader>
              <SortHeader column="published" sort={sort} onSort={onSort} className="num">
                Claims published
              </SortHeader>
              <th scope="col" className="source-uses-column">
                Figures and events
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.ceil(shown.length / CHUNK) }, (_, i) => i * CHUNK).map((from) => (
              <SourceChunk
                key={from}
                uses={shown}
                from={from}
                opened={shown
                  .slice(from, from + CHUNK)
                  .filter((u) => isOpen(u.source.id))
                  .map((u) => u.source.id)
                  .join(' ')}
                lookAlikes={lookAlikes}
                onToggle={onToggle}
                onReveal={reveal}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function SourcesPage({ datasetId }: { datasetId: string }) {
  const query = useSources(datasetId);
  return (
    <>
      <PageHeading title="Sources" />
      <p>Every organisation and outlet this dataset cites, with the claims each made and published.</p>
      <QueryState query={query} what="sources" loading={<StatePanel kind="loading" title="Loading the sources…" />}>
        {(slice) => <SourceIndex slice={slice} />}
      </QueryState>
    </>
  );
}
