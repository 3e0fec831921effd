import { Fragment, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useLocation, useParams, useSearchParam } from '../../router/router';
import { ApiError } from '../../api/client';
import { useFigure } from '../../api/get-figure';
import { useLoadWholeDataset } from '../../api/get-dataset';
import { useDatasets } from '../../api/get-datasets';
import { useRevision } from '../../api/get-revision';
import type { CountFigure, Dataset, Figure } from '../../data/schema/schema';
import {
  disagreementText,
  figureAttributions,
  figureCitations,
  figureDate,
  figureStatus,
  figureValueText,
  indexDataset,
  type DatasetIndex,
} from '../../data/words/figures';
import { attributionLine } from '../../data/words/attribution';
import { statusMeaning } from '../../data/words/format';
import { currentDisagreements, currentValues } from '../../data/ledger/claims';
import { ageAgainstDataset } from '../../data/words/staleness';
import { formatDate } from '../../data/schema/dates';
import { readRevisionParam, REVISION_PARAM, revisionPath, type RevisionAsked } from '../../data/schema/permalink';
import { DateText } from '../../components/date-text';
import { FigureValue } from '../../components/figure-value';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { StatusBadge } from '../../components/status-badge';
import { SectionBoundary } from '../../components/section-boundary';
import { RevisionMissing, RevisionState } from '../../components/revision-notice';
import { ClaimDownloads } from '../../components/claim-downloads';
import { ShareButton } from '../../components/share-button';
import { AttributionChain } from './attribution-chain';
import { DurationTimeline } from './duration-timeline';
import { ChartPending, FigureHistory } from './figure-history';
import { useShownAfterPage } from './after-page';
import { ClaimList } from './claim-list';
import { CiteThis } from './cite-this';
import { EmbedThis } from './embed-this';
import { SITE_NAME } from '../../components/page-heading';

function quoteLine(figure: Figure, dataset: Dataset, index: DatasetIndex, source: string): string {
  const value = figureValueText(figure, dataset.asOf, index);
  return `${figure.label}: ${value} (${source}, ${formatDate(figureDate(figure, dataset.asOf, index), 'long')})`;
}

const NO_CLAIMANT: ReadonlySet<string> = new Set();

/*
 * A count's chart and its claims, which share the claimant filter: the list
 * narrows to the claimants chosen and the chart brings them forward.
 */
function CountSections({
  figure,
  index,
  dataset,
  claimsRef,
  historyFirst,
  shown,
}: {
  figure: CountFigure;
  index: DatasetIndex;
  dataset: Dataset;
  claimsRef: RefObject<HTMLElement | null>;
  historyFirst: boolean;
  /** False for the moment the page's first screen is drawn: the chart and the list follow. */
  shown: boolean;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(NO_CLAIMANT);
  const history = (
    <section aria-labelledby="history-heading" className="detail-section">
      <h2 id="history-heading">How it changed over time</h2>
      <SectionBoundary what="the history of this figure">
        {shown ? (
          <FigureHistory figure={figure} index={index} dataset={dataset} highlight={chosen.size ? chosen : null} />
        ) : (
          <ChartPending />
        )}
      </SectionBoundary>
    </section>
  );
  const claims = (
    <section id="claims" ref={claimsRef} tabIndex={-1} aria-labelledby="claims-heading" className="detail-section">
      <h2 id="claims-heading">Every claim</h2>
      <SectionBoundary what="the claims">
        {shown ? (
          <ClaimList figure={figure} index={index} chosen={chosen} onChoose={setChosen} />
        ) : (
          <p className="muted">Listing the claims…</p>
        )}
      </SectionBoundary>
    </section>
  );
  return historyFirst ? (
    <>
      {history}
      {claims}
    </>
  ) : (
    <>
      {claims}
      {history}
    </>
  );
}

/*
 * `whole`: the dataset given holds every claim (a revision is fetched whole), so downloads need not fetch it.
 *
 * A figure with a history opens on it: the value, its status, date and
 * source, then the chart and every claim; how sure, the sources in full, and
 * the ways to share, cite, embed and download follow. A figure of one claim
 * has no history to show, and opens on how sure and where it comes from.
 */
function FigureDetail({ figure, dataset, whole = false }: { figure: Figure; dataset: Dataset; whole?: boolean }) {
  const loadCurrent = useLoadWholeDataset(dataset.id);
  const loadWhole = whole ? () => Promise.resolve(dataset) : loadCurrent;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const location = useLocation();
  const sourcesRef = useRef<HTMLElement>(null);
  const claimsRef = useRef<HTMLElement>(null);
  const source = attributionLine(figureAttributions(figure, index), 2);
  const date = figureDate(figure, dataset.asOf, index);
  const status = figureStatus(figure, index);
  const chosen = figure.kind === 'count' ? currentValues(figure, index.claims).find((v) => v.reason) : undefined;
  const disagreements = figure.kind === 'count' ? currentDisagreements(figure, index.claims, index.claimantOf) : [];
  const historyFirst = figure.kind === 'count' && (index.claims.byFigure.get(figure.id)?.length ?? 0) > 1;
  /*
   * A long ledger takes a moment to list and chart: the value, status and
   * source are drawn first, the rest a moment later, so no task that draws
   * the page is long. A figure of one claim is quick to draw whole, and a
   * link to the claims or the sources lands on them drawn.
   */
  const landing = location.hash === '#claims' || location.hash === '#sources';
  const shown = useShownAfterPage(historyFirst && !landing);

  // The source badge links to #sources, a disagreement and the sources page to #claims: focus lands there, as a same-page anchor would.
  useEffect(() => {
    if (location.hash === '#sources') sourcesRef.current?.focus();
    if (location.hash === '#claims') claimsRef.current?.focus();
  }, [location.hash, location.key, shown]);

  const details = (
    <>
      <section aria-labelledby="status-heading" className="detail-section">
        <h2 id="status-heading">How sure</h2>
        {status && (
          <p className="status-line">
            <StatusBadge status={status} /> {statusMeaning(status)}
          </p>
        )}
        {figure.kind === 'count' && (
          <p className="muted">
            {chosen
              ? `The maintainers chose which claim to show: ${chosen.reason}`
              : `The value shown is the latest claim that still stands; every claim is listed ${historyFirst ? 'above' : 'below'}.`}
          </p>
        )}
        {disagreements.map((d) => (
          <p key={d.measure.key} className="contested-note">
            <strong>{disagreementText(d)}</strong> on <DateText date={d.date} style="long" />; see{' '}
            <a href="#claims">every claim</a>.
          </p>
        ))}
        {figure.note && <p>{figure.note}</p>}
        <p className="quote-line">
          <span className="muted">To quote it:</span> {quoteLine(figure, dataset, index, source)}
        </p>
      </section>

      <section id="sources" ref={sourcesRef} tabIndex={-1} aria-labelledby="sources-heading" className="detail-section">
        <h2 id="sources-heading">Where this number comes from</h2>
        <SectionBoundary what="the sources of this figure">
          {[...new Set(figureCitations(figure, index))].map((id) => {
            const citation = index.citations.get(id);
            return citation ? <AttributionChain key={id} citation={citation} index={index} /> : null;
          })}
        </SectionBoundary>
      </section>
    </>
  );

  return (
    <article className={historyFirst ? 'figure-detail figure-detail-history-first' : 'figure-detail'}>
      <PageHeading title={figure.label} />
      <div className="figure-detail-value">
        <FigureValue figure={figure} asOf={dataset.asOf} index={index} />
      </div>
      <p className="figure-detail-meta">
        {status && (
          <>
            <StatusBadge status={status} />{' '}
          </>
        )}
        As of <DateText date={date} style="long" /> · {ageAgainstDataset(date, dataset.asOf)} · Source: {source}
      </p>
      {historyFirst && disagreements.length > 0 && (
        <p className="contested-note figure-detail-contested">
          {disagreements.map((d, i) => (
            <Fragment key={d.measure.key}>
              {i > 0 && '; '}
              {disagreementText(d)} on <DateText date={d.date} />
            </Fragment>
          ))}{' '}
          (<a href="#claims">see every claim</a>)
        </p>
      )}

      {figure.kind === 'count' ? (
        historyFirst ? (
          <>
            <CountSections
              figure={figure}
              index={index}
              dataset={dataset}
              claimsRef={claimsRef}
              historyFirst
              shown={shown}
            />
            {shown && details}
          </>
        ) : (
          <>
            {details}
            <CountSections
              figure={figure}
              index={index}
              dataset={dataset}
              claimsRef={claimsRef}
              historyFirst={false}
              shown={shown}
            />
          </>
        )
      ) : (
        <>
          {details}
          <section aria-labelledby="timeline-heading" className="detail-section">
            <h2 id="timeline-heading">Timeline</h2>
            <SectionBoundary what="the timeline">
              <DurationTimeline
                figure={figure}
                events={dataset.events}
                asOf={dataset.asOf}
                citations={index.citations}
              />
            </SectionBoundary>
          </section>
        </>
      )}

      {shown && (
        <>
          <ShareButton title={figure.label} text={quoteLine(figure, dataset, index, source)} />
          <CiteThis
            figureId={figure.id}
            path={`/figures/${figure.id}`}
            label={figure.label}
            value={figureValueText(figure, dataset.asOf, index)}
            attributions={figureAttributions(figure, index)}
            date={date}
            siteName={SITE_NAME}
            datasetTitle={dataset.title}
            revision={dataset.revision}
          />
          <EmbedThis figure={figure} />
          {figure.kind === 'count' && <ClaimDownloads dataset={dataset} figureId={figure.id} loadWhole={loadWhole} />}
        </>
      )}
    </article>
  );
}

function FigureNotFound({ figureId, revision }: { figureId: string; revision?: number }) {
  return (
    <>
      <PageHeading title="Figure not found" />
      <p>
        There is no figure “{figureId}” in{' '}
        {revision === undefined ? 'this dataset' : `revision ${revision} of the data`}. It may have been renamed or
        removed. <Link to="/">See all key figures</Link>.
      </p>
    </>
  );
}

function CurrentFigure({ datasetId, figureId }: { datasetId: string; figureId: string }) {
  const query = useFigure(datasetId, figureId);
  // The API answers 404 for a figure the dataset lacks; a static host sends its own page for a missing file.
  const missing = query.data === undefined && query.error instanceof ApiError && query.error.status === 404;
  return missing ? (
    <FigureNotFound figureId={figureId} />
  ) : (
    <QueryState query={query} what="figure" loading={<StatePanel kind="loading" title="Loading the figure…" />}>
      {(dataset) => {
        const figure = dataset.figures.find((f) => f.id === figureId);
        if (!figure) return <FigureNotFound figureId={figureId} />;
        return <FigureDetail figure={figure} dataset={dataset} />;
      }}
    </QueryState>
  );
}

/* The figure as it was at one revision, for a citation or an embed that must keep showing the numbers cited. */
function FigureAtRevision({
  datasetId,
  figureId,
  revision,
  current,
}: {
  datasetId: string;
  figureId: string;
  revision: number;
  current: { revision: number; title: string } | undefined;
}) {
  const { query, missing } = useRevision(datasetId, revision);
  return (
    <RevisionState
      revision={revision}
      query={query}
      missing={missing}
      current={current}
      datasetId={datasetId}
      currentHref={`/figures/${figureId}`}
    >
      {(dataset) => {
        const figure = dataset.figures.find((f) => f.id === figureId);
        if (!figure) return <FigureNotFound figureId={figureId} revision={revision} />;
        return <FigureDetail figure={figure} dataset={dataset} whole />;
      }}
    </RevisionState>
  );
}

function PinnedFigure({
  datasetId,
  figureId,
  asked,
}: {
  datasetId: string;
  figureId: string;
  asked: Exclude<RevisionAsked, { kind: 'current' }>;
}) {
  const current = useDatasets().data?.datasets.find((d) => d.id === datasetId);
  if (asked.kind === 'invalid') {
    return (
      <RevisionMissing asked={asked} datasetTitle={current?.title ?? datasetId} currentHref={`/figures/${figureId}`} />
    );
  }
  return <FigureAtRevision datasetId={datasetId} figureId={figureId} revision={asked.revision} current={current} />;
}

export function FigurePage({ datasetId }: { datasetId: string }) {
  const { figureId = '' } = useParams();
  const asked = readRevisionParam(useSearchParam(REVISION_PARAM));
  return (
    <>
      <p className="back-link">
        <Link to={asked.kind === 'revision' ? revisionPath('/', asked.revision) : '/'}>← All key figures</Link>
      </p>
      {asked.kind === 'current' ? (
        <CurrentFigure datasetId={datasetId} figureId={figureId} />
      ) : (
        <PinnedFigure datasetId={datasetId} figureId={figureId} asked={asked} />
      )}
    </>
  );
}
