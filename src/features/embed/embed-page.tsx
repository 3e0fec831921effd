import { useEffect, useMemo } from 'react';
import { useParams } from '../../router/router';
import { useFigure } from '../../api/get-figure';
import type { Dataset, Figure, Status } from '../../data/schema/schema';
import {
  disagreementText,
  figureCitations,
  figureDate,
  figureSentence,
  figureStatus,
  figureTime,
  indexDataset,
  type DatasetIndex,
} from '../../data/words/figures';
import { currentDisagreements } from '../../data/ledger/claims';
import { attributionOf } from '../../data/words/attribution';
import { dataLicense } from '../../data/words/license';
import { DateText } from '../../components/date-text';
import { FigureValue } from '../../components/figure-value';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { StatusBadge } from '../../components/status-badge';
import { pageTitle, SITE_NAME } from '../../components/page-heading';

/*
 * A card's notes, as on the dashboard, but where parties disagree first: the
 * status line below already says when the value is an allegation, and two
 * lines may not hold both notes when names run long.
 */
function EmbedNotes({
  figure,
  index,
  status,
  claimant,
}: {
  figure: Figure;
  index: DatasetIndex;
  status: Status | undefined;
  claimant: string | undefined;
}) {
  const disagreements = figure.kind === 'count' ? currentDisagreements(figure, index.claims, index.claimantOf) : [];
  const alleged = status === 'alleged' && claimant;
  if (disagreements.length === 0 && !alleged) return null;
  return (
    <div className="embed-notes">
      {disagreements.map((d) => (
        <p key={d.measure.key} className="contested-note">
          <span aria-hidden="true">⇄ </span>
          {disagreementText(d)}
        </p>
      ))}
      {alleged && <p className="allegation-note">Allegation by {claimant}, not independently verified.</p>}
    </div>
  );
}

/*
 * A figure's card for other sites to frame. It must read complete without
 * JavaScript (its HTML is served with no script at all), so it uses plain
 * links: each source opens its article in a new tab, and the way back to
 * the dashboard replaces the whole host page (target _top), never the frame.
 *
 * Its height is bounded whatever the data (see embedHeights): each part has
 * a fixed number of lines, a long label, note or name ending in an ellipsis,
 * read whole by screen readers and given in full on the figure's page.
 */
export function EmbedFigure({ figure, dataset }: { figure: Figure; dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const status = figureStatus(figure, index);
  const date = figureDate(figure, dataset.asOf, index);
  const time = figureTime(figure, index);
  const citations = [...new Set(figureCitations(figure, index))].flatMap((id) => index.citations.get(id) ?? []);
  const claimant = citations[0] && attributionOf(citations[0], index.sources).claimant;
  const license = dataLicense(dataset);
  useEffect(() => {
    document.title = pageTitle(figure.label);
  }, [figure.label]);
  return (
    <figure className={`embed-card status-${status ?? 'none'}`} aria-label={figureSentence(figure, dataset, index)}>
      <figcaption className="figure-label">{figure.label}</figcaption>
      <div className="embed-value">
        <FigureValue figure={figure} asOf={dataset.asOf} index={index} />
      </div>
      <EmbedNotes figure={figure} index={index} status={status} claimant={claimant} />
      <footer>
        <p className="embed-meta">
          {status && <StatusBadge status={status} />}
          <span className="figure-date">
            <span className="visually-hidden">As of </span>
            <DateText date={date} />
            {time && <time dateTime={`${date}T${time}`}> {time}</time>}
          </span>
        </p>
        <p className="embed-sources">
          Source:{' '}
          {citations.length === 0
            ? 'missing'
            : citations.map((citation, i) => {
                const { claimant: by, via } = attributionOf(citation, index.sources);
                return (
                  <span key={citation.id}>
                    {i > 0 && ', '}
                    <a href={citation.url} target="_blank" rel="noopener noreferrer">
                      <cite dir="auto">{by}</cite>
                      {via && (
                        <>
                          {' '}
                          via <cite dir="auto">{via}</cite>
                        </>
                      )}
                      <span className="visually-hidden"> (opens the article in a new tab)</span>
                    </a>
                  </span>
                );
              })}
        </p>
      </footer>
      <p className="embed-credit">
        Data{' '}
        <a href={license.url} target="_blank" rel="noopener noreferrer license">
          {license.name}
        </a>{' '}
        ·{' '}
        <a href={`/figures/${figure.id}`} target="_top">
          Every claim and its history on the {SITE_NAME}
        </a>
      </p>
    </figure>
  );
}

export function EmbedPage({ datasetId }: { datasetId: string }) {
  const { figureId = '' } = useParams();
  const query = useFigure(datasetId, figureId);
  return (
    <main className="embed">
      <QueryState query={query} what="figure" loading={<StatePanel kind="loading" title="Loading the figure…" />}>
        {(dataset) => {
          const figure = dataset.figures.find((f) => f.id === figureId);
          return figure ? (
            <EmbedFigure figure={figure} dataset={dataset} />
          ) : (
            <p>There is no figure “{figureId}” in this dataset.</p>
          );
        }}
      </QueryState>
    </main>
  );
}
