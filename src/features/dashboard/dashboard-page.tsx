import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParam } from '../../router/router';
import { useDashboard } from '../../api/get-dashboard';
import { useLoadWholeDataset } from '../../api/get-dataset';
import { useOtherFigures } from '../../api/get-other-figures';
import type { DashboardData, Dataset, Figure } from '../../data/schema/schema';
import { indexDataset, OTHER_FIGURES_PAGE_SIZE, splitFigures, type DatasetIndex } from '../../data/words/figures';
import { formatDate, formatDateTime } from '../../data/schema/dates';
import { readRevisionParam, REVISION_PARAM } from '../../data/schema/permalink';
import { DateText } from '../../components/date-text';
import { LoadingFigures } from '../../components/loading-figures';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { SectionBoundary } from '../../components/section-boundary';
import { ShareButton } from '../../components/share-button';
import { nearScreen } from '../../components/near-screen';
import { FigureCard } from './figure-card';
import { EventList } from './event-list';

/* Only a permalink to a revision needs it (`/?revision=3`): its code stays off the first screen. */
const RevisionDashboard = lazy(() => import('./revision-dashboard').then((m) => ({ default: m.RevisionDashboard })));

/*
 * Below the fold: its code loads when a reader scrolls towards the section
 * rendered ahead of time, not with the first screen. A dashboard drawn in the
 * browser has no such section yet, so it loads the code at once.
 */
const downloadsSeen = nearScreen('.downloads');
const ClaimDownloads = lazy(() =>
  downloadsSeen.reached
    .then(() => import('../../components/claim-downloads'))
    .then((m) => ({ default: m.ClaimDownloads })),
);

interface FigureGridProps {
  figures: Figure[];
  dataset: Dataset;
  index: DatasetIndex;
  /** Set when the page is pinned to a revision: the figures' links keep to it. */
  revision?: number;
}

function FigureGrid({ figures, dataset, index, revision }: FigureGridProps) {
  return (
    <ul className="figure-grid">
      {figures.map((figure) => (
        <li key={figure.id}>
          <SectionBoundary what={`the figure “${figure.label}”`}>
            <FigureCard figure={figure} dataset={dataset} index={index} revision={revision} />
          </SectionBoundary>
        </li>
      ))}
    </ul>
  );
}

/* The dashboard's part of the dataset lacks these figures' claims: each page of them comes with its own. */
function OtherFiguresPage({ datasetId, page }: { datasetId: string; page: number }) {
  const query = useOtherFigures(datasetId, page);
  const index = useMemo(() => (query.data ? indexDataset(query.data) : null), [query.data]);
  return (
    <QueryState query={query} what="figures" loading={<LoadingFigures />}>
      {(dataset) => index && <FigureGrid figures={dataset.figures} dataset={dataset} index={index} />}
    </QueryState>
  );
}

/*
 * A dataset may hold hundreds of figures beyond the headline ones: they are
 * fetched and rendered a page at a time, on request, so the first screen stays fast.
 */
function MoreFigures({ count, datasetId, pinned }: { count: number; datasetId: string; pinned?: Pinned }) {
  const [shown, setShown] = useState(0);
  const next = Math.min(OTHER_FIGURES_PAGE_SIZE, count - shown);
  const pages = Math.ceil(shown / OTHER_FIGURES_PAGE_SIZE);
  return (
    <section aria-labelledby="more-figures-heading">
      <h2 id="more-figures-heading">Other figures ({count.toLocaleString('en-GB')})</h2>
      {pinned
        ? shown > 0 && (
            <FigureGrid
              figures={pinned.rest.slice(0, shown)}
              dataset={pinned.dataset}
              index={pinned.index}
              revision={pinned.dataset.revision}
            />
          )
        : Array.from({ length: pages }, (_, i) => <OtherFiguresPage key={i + 1} datasetId={datasetId} page={i + 1} />)}
      {next > 0 && (
        <p>
          <button type="button" className="secondary" onClick={() => setShown(shown + next)}>
            {shown === 0 ? `Show ${next === count ? `all ${next}` : `the first ${next}`}` : `Show ${next} more`}
          </button>{' '}
          {shown > 0 && <span className="muted">{(count - shown).toLocaleString('en-GB')} not shown yet</span>}
        </p>
      )}
    </section>
  );
}

/* A revision, fetched whole: every figure and its claims are in it already. */
interface Pinned {
  dataset: Dataset;
  index: DatasetIndex;
  rest: Figure[];
}

/* The current data is the dashboard's part of it, which counts the other figures; a revision holds them all. */
function DatasetView({ dataset, atRevision = false }: { dataset: Dataset | DashboardData; atRevision?: boolean }) {
  const loadCurrent = useLoadWholeDataset(dataset.id);
  const loadWhole = atRevision ? () => Promise.resolve(dataset) : loadCurrent;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const { headline: figures, rest } = useMemo(() => splitFigures(dataset), [dataset]);
  const pinned = atRevision ? { dataset, index, rest } : undefined;
  const others = 'otherFigures' in dataset ? dataset.otherFigures : rest.length;
  const { hash } = useLocation();

  /*
   * Whenever no HTML from the build holds the downloads' place (back on the
   * dashboard after leaving it, or the section drawn afresh because newer
   * data came before its code), their code loads at once.
   */
  useEffect(() => {
    if (!document.querySelector('.downloads')) downloadsSeen.now();
  });

  // Links from the sources page point at an event (#event-…); focus it, which scrolls it into view, once the data is there.
  useEffect(() => {
    if (hash.startsWith('#event-')) document.getElementById(hash.slice(1))?.focus();
  }, [hash]);

  return (
    <>
      <header className="dataset-header">
        <PageHeading title={dataset.title} />
        <p className="dataset-meta">
          {dataset.region} · Situation as of <DateText date={dataset.asOf} style="long" />
          <span className="dataset-revision">
            {' '}
            · Revision {dataset.revision}, last edited {formatDateTime(dataset.updatedAt)}
          </span>
        </p>
        <ShareButton
          title={dataset.title}
          text={`Key figures for ${dataset.region}, as of ${formatDate(dataset.asOf, 'long')}, each with its source`}
        />
      </header>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Key figures</h2>
        {figures.length === 0 ? (
          <StatePanel kind="empty" title="This dataset holds no figures yet.">
            <p>Figures appear here once a maintainer adds them to the data.</p>
          </StatePanel>
        ) : (
          <FigureGrid figures={figures} dataset={dataset} index={index} revision={pinned?.dataset.revision} />
        )}
      </section>

      {others > 0 && <MoreFigures count={others} datasetId={dataset.id} pinned={pinned} />}

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Timeline</h2>
        <SectionBoundary what="the timeline">
          <EventList events={dataset.events} index={index} />
        </SectionBoundary>
      </section>

      {/* Its own boundary: if its code cannot load (offline), only this section says so and the figures stay. */}
      <SectionBoundary what="the downloads">
        <Suspense fallback={null}>
          <ClaimDownloads dataset={dataset} loadWhole={loadWhole} />
        </Suspense>
      </SectionBoundary>
    </>
  );
}

function CurrentDashboard({ datasetId }: { datasetId: string }) {
  const query = useDashboard(datasetId);
  return (
    <QueryState query={query} what="figures" loading={<LoadingFigures />}>
      {(dataset) => <DatasetView dataset={dataset} />}
    </QueryState>
  );
}

export function DashboardPage({ datasetId }: { datasetId: string }) {
  const asked = readRevisionParam(useSearchParam(REVISION_PARAM));
  if (asked.kind === 'current') return <CurrentDashboard datasetId={datasetId} />;
  return (
    <Suspense fallback={<LoadingFigures />}>
      <RevisionDashboard datasetId={datasetId} asked={asked}>
        {(dataset) => <DatasetView dataset={dataset} atRevision />}
      </RevisionDashboard>
    </Suspense>
  );
}
