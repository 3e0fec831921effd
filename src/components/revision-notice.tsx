import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Dataset } from '../data/schema/schema';
import type { RevisionAsked } from '../data/schema/permalink';
import { revisionNotice, revisionProblem } from '../data/words/revision-text';
import { Link } from '../router/router';
import { PageHeading } from './page-heading';
import { QueryState } from './query-state';
import { StatePanel } from './state-panel';

type RevisionGiven = Exclude<RevisionAsked, { kind: 'current' }>;

/* Stays on a printed page too: a copy of old numbers must say they are old. */
export function RevisionNotice({
  dataset,
  current,
  currentHref,
}: {
  dataset: Pick<Dataset, 'revision' | 'updatedAt'>;
  current: number | undefined;
  currentHref: string;
}) {
  const notice = revisionNotice(dataset, current);
  return (
    <aside aria-label="Revision shown" className={`revision-notice${notice.current ? ' revision-current' : ''}`}>
      <p>
        <strong>{notice.text}</strong>
        {!notice.current && (
          <>
            {' '}
            <Link to={currentHref}>See the current figures</Link>
          </>
        )}
      </p>
    </aside>
  );
}

/** An address asking for a revision that is not a number, or that this site does not have. */
export function RevisionMissing({
  asked,
  datasetTitle,
  currentHref,
}: {
  asked: RevisionGiven;
  datasetTitle: string;
  currentHref: string;
}) {
  return (
    <>
      <PageHeading title="Revision not found" />
      <StatePanel kind="error" title={revisionProblem(asked, datasetTitle)}>
        {asked.kind === 'revision' && (
          <p>
            The link may be mistyped, or this copy of the site may keep fewer revisions: one served as plain files holds
            only its current revision.
          </p>
        )}
        <p>
          <Link to={currentHref}>See the current figures</Link>
        </p>
      </StatePanel>
    </>
  );
}

interface RevisionStateProps {
  revision: number;
  query: UseQueryResult<Dataset>;
  /** The API answered that there is no such revision. */
  missing: boolean;
  /** The dataset's current revision and title, from the list of datasets, once known. */
  current: { revision: number; title: string } | undefined;
  datasetId: string;
  currentHref: string;
  children: (dataset: Dataset) => ReactNode;
}

/* A page pinned to a revision: its notice on top of what the page shows, or why there is nothing to show. */
export function RevisionState({
  revision,
  query,
  missing,
  current,
  datasetId,
  currentHref,
  children,
}: RevisionStateProps) {
  if (missing) {
    return (
      <RevisionMissing
        asked={{ kind: 'revision', revision }}
        datasetTitle={current?.title ?? datasetId}
        currentHref={currentHref}
      />
    );
  }
  return (
    <QueryState
      query={query}
      what={`figures of revision ${revision}`}
      loading={<StatePanel kind="loading" title={`Loading revision ${revision}…`} />}
    >
      {(dataset) => (
        <>
          <RevisionNotice dataset={dataset} current={current?.revision} currentHref={currentHref} />
          {children(dataset)}
        </>
      )}
    </QueryState>
  );
}
