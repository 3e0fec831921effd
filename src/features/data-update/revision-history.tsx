import { useState } from 'react';
import { useRevisions } from '../../api/get-revisions';
import { useFetchRevision } from '../../api/get-revision';
import type { CURATION_PARTS, RevisionSummary } from '../../data/schema/schema';
import { exportDatasetText, exportFileName } from '../../data/formats/export';
import { formatDateTime } from '../../data/schema/dates';
import { plural } from '../../data/words/format';
import { downloadText } from '../../components/download';
import { StatePanel } from '../../components/state-panel';

const ACTIONS: Record<RevisionSummary['action'], string> = {
  seed: 'Seed data',
  put: 'Whole dataset replaced',
  update: 'Update applied',
  undo: 'Undo',
  reset: 'Reset to seed data',
};

const LISTS = ['figures', 'claims', 'sources', 'citations', 'events'] as const;
const SINGULAR = { figures: 'figure', claims: 'claim', sources: 'source', citations: 'citation', events: 'event' };

const CURATION_WORDS: Record<(typeof CURATION_PARTS)[number], string> = {
  headlines: 'headline figures changed',
  topics: 'topics changed',
  about: 'about page changed',
};

/** "2 claims added, 1 figure changed, topics changed", or "no change". */
export function changesText(changes: RevisionSummary['changes']): string {
  const parts = LISTS.flatMap((list) =>
    (['added', 'changed', 'removed'] as const).flatMap((kind) => {
      const n = changes[list][kind];
      return n ? [`${n} ${plural(n, SINGULAR[list], list)} ${kind}`] : [];
    }),
  );
  const curation = (changes.curation ?? []).map((part) => CURATION_WORDS[part]);
  const all = [...parts, ...curation];
  return all.length ? all.join(', ') : 'no change';
}

/* The audit trail: who changed the data, when and how much, each revision downloadable as it was. */
export function RevisionHistory({ datasetId, enabled }: { datasetId: string; enabled: boolean }) {
  const query = useRevisions(datasetId, enabled);
  const fetchRevision = useFetchRevision(datasetId);
  const [failure, setFailure] = useState<string | null>(null);
  // Nothing until the trail arrives: a page rendered ahead of time has no history to show, nor a loading state.
  if (!enabled || query.isPending) return null;

  const download = (n: number) => {
    setFailure(null);
    fetchRevision(n).then(
      (dataset) => downloadText(exportFileName(dataset), exportDatasetText(dataset)),
      (error: unknown) =>
        setFailure(`Revision ${n} could not be downloaded: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const revisions = query.data?.pages.flatMap((page) => page.revisions) ?? [];
  return (
    <section aria-labelledby="history-heading" className="detail-section">
      <h2 id="history-heading">History of changes</h2>
      {query.isError && (
        <StatePanel kind="error" title="The history could not be loaded.">
          <p>{query.error.message}.</p>
        </StatePanel>
      )}
      {revisions.length > 0 && (
        <ol className="revision-list" aria-label="Revisions, newest first">
          {revisions.map((entry) => (
            <li key={entry.revision}>
              <strong>Revision {entry.revision}</strong>: {ACTIONS[entry.action]} by {entry.editor}
              {entry.at && <>, {formatDateTime(entry.at)}</>}; {changesText(entry.changes)}.{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Download revision ${entry.revision}`}
                onClick={() => download(entry.revision)}
              >
                Download
              </button>
            </li>
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => !query.isFetchingNextPage && void query.fetchNextPage()}
          aria-disabled={query.isFetchingNextPage || undefined}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Show earlier changes'}
        </button>
      )}
      <div aria-live="polite">{failure && <StatePanel kind="error" title={failure} />}</div>
    </section>
  );
}
