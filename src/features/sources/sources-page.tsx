import { Link } from '../../router/router';
import { useDataset } from '../../api/get-dataset';
import type { Dataset } from '../../data/schema';
import { sourceKindLabel, sourceUsage } from '../../data/sources';
import { DateText } from '../../components/date-text';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';

function roleText(roles: Set<'claimed' | 'published'>): string {
  if (roles.size === 2) return 'claimed and published';
  return roles.has('claimed') ? 'claimed' : 'published';
}

function SourceList({ dataset }: { dataset: Dataset }) {
  const uses = sourceUsage(dataset);
  if (uses.length === 0) return <p>This dataset names no sources yet.</p>;
  return (
    <ul className="source-list">
      {uses.map(({ source, figures, events }) => (
        <li key={source.id} id={`source-${source.id}`} className="source-entry">
          <h2>{source.name}</h2>
          <p className="muted">
            {sourceKindLabel(source.kind)}
            {source.url && (
              <>
                {' · '}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  Website<span className="visually-hidden"> of {source.name} (opens in a new tab)</span>
                </a>
              </>
            )}
          </p>
          {figures.length === 0 && events.length === 0 ? (
            <p>Not cited by any figure or event.</p>
          ) : (
            <ul className="source-uses">
              {figures.map((f) => (
                <li key={f.id}>
                  Figure: <Link to={`/figures/${f.id}`}>{f.label}</Link>{' '}
                  <span className="muted">({roleText(f.roles)})</span>
                </li>
              ))}
              {events.map((e) => (
                <li key={e.id}>
                  Event, <DateText date={e.date} />: <Link to={`/#event-${e.id}`}>{e.title}</Link>{' '}
                  <span className="muted">({roleText(e.roles)})</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SourcesPage({ datasetId }: { datasetId: string }) {
  const query = useDataset(datasetId);
  return (
    <>
      <PageHeading title="Sources" />
      <p>Every organisation and outlet this dataset cites, and the figures and events that rest on each.</p>
      <QueryState query={query} what="sources" loading={<StatePanel kind="loading" title="Loading the sources…" />}>
        {(dataset) => <SourceList dataset={dataset} />}
      </QueryState>
    </>
  );
}
