import { useEffect, useMemo } from 'react';
import { useLocation } from '../../components/router';
import { useDataset } from '../../api/get-dataset';
import type { Dataset } from '../../data/schema';
import { headlineFigures, indexDataset } from '../../data/figures';
import { formatDateTime } from '../../data/dates';
import { DateText } from '../../components/date-text';
import { LoadingFigures } from '../../components/loading-figures';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { FigureCard } from './figure-card';
import { EventList } from './event-list';

function DatasetView({ dataset }: { dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const figures = headlineFigures(dataset.figures);
  const { hash } = useLocation();

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
  return (
    <QueryState query={query} what="figures" loading={<LoadingFigures />}>
      {(dataset) => <DatasetView dataset={dataset} />}
    </QueryState>
  );
}
