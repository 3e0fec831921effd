import { useMemo } from 'react';
import { useDataset } from '../../api/get-dataset';
import { ApiError } from '../../api/client';
import type { Dataset } from '../../data/schema';
import { headlineFigures, indexDataset } from '../../data/figures';
import { formatDateTime } from '../../data/dates';
import { DateText } from '../../components/date-text';
import { StatePanel } from '../../components/state-panel';
import { ErrorDetails } from '../../components/error-details';
import { FigureCard } from './figure-card';
import { EventList } from './event-list';

function LoadingFigures() {
  return (
    <>
      <StatePanel kind="loading" title="Loading the latest figures…" />
      <ul className="figure-grid" aria-hidden="true">
        {[0, 1, 2].map((n) => (
          <li key={n} className="figure-card skeleton" />
        ))}
      </ul>
    </>
  );
}

function DatasetView({ dataset }: { dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const figures = headlineFigures(dataset.figures);
  return (
    <>
      <header className="dataset-header">
        <h1>{dataset.title}</h1>
        <p className="dataset-meta">
          {dataset.region} · Situation as of <DateText date={dataset.asOf} style="long" />
          <span className="dataset-revision">
            {' '}
            · Revision {dataset.revision}, last edited {formatDateTime(dataset.updatedAt)}
          </span>
        </p>
      </header>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Key figures</h2>
        {figures.length === 0 ? (
          <StatePanel kind="empty" title="This dataset holds no figures yet.">
            <p>Figures appear here once a maintainer adds them to the data.</p>
          </StatePanel>
        ) : (
          <ul className="figure-grid">
            {figures.map((figure) => (
              <li key={figure.id}>
                <FigureCard figure={figure} dataset={dataset} index={index} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Timeline</h2>
        <EventList events={dataset.events} index={index} />
      </section>
    </>
  );
}

export function DashboardPage({ datasetId }: { datasetId: string }) {
  const query = useDataset(datasetId);

  if (query.isPending) return <LoadingFigures />;

  if (query.isError && !query.data) {
    return (
      <StatePanel
        kind="error"
        title="The figures could not be loaded."
        action={
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? 'Retrying…' : 'Try again'}
          </button>
        }
      >
        <ErrorDetails error={query.error} />
      </StatePanel>
    );
  }

  return (
    <>
      {query.isError && (
        <StatePanel kind="notice" title="Could not refresh the figures; showing the last ones received.">
          <p>
            {query.error instanceof ApiError ? query.error.message : 'Unknown error'}. Last fetched{' '}
            {formatDateTime(new Date(query.dataUpdatedAt).toISOString())}.
          </p>
        </StatePanel>
      )}
      <DatasetView dataset={query.data} />
    </>
  );
}
