import type { ReactNode } from 'react';
import { useDatasets } from '../../api/get-datasets';
import { useRevision } from '../../api/get-revision';
import type { RevisionAsked } from '../../data/schema/permalink';
import type { Dataset, DatasetList } from '../../data/schema/schema';
import { RevisionMissing, RevisionState } from '../../components/revision-notice';

function FetchedRevision({
  datasetId,
  revision,
  list,
  children,
}: {
  datasetId: string;
  revision: number;
  list: DatasetList | undefined;
  children: (dataset: Dataset) => ReactNode;
}) {
  const { query, missing } = useRevision(datasetId, revision);
  return (
    <RevisionState
      revision={revision}
      query={query}
      missing={missing}
      current={list?.datasets.find((d) => d.id === datasetId)}
      datasetId={datasetId}
      currentHref="/"
    >
      {children}
    </RevisionState>
  );
}

/*
 * The dashboard pinned to a revision (`/?revision=3`); the revision comes
 * whole, every claim in it.
 */
export function RevisionDashboard({
  datasetId,
  asked,
  children,
}: {
  datasetId: string;
  asked: Exclude<RevisionAsked, { kind: 'current' }>;
  children: (dataset: Dataset) => ReactNode;
}) {
  const list = useDatasets().data;
  if (asked.kind === 'invalid') {
    const title = list?.datasets.find((d) => d.id === datasetId)?.title ?? datasetId;
    return <RevisionMissing asked={asked} datasetTitle={title} currentHref="/" />;
  }
  return (
    <FetchedRevision datasetId={datasetId} revision={asked.revision} list={list}>
      {children}
    </FetchedRevision>
  );
}
