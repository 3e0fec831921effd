import { useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, useLoadWholeDataset } from '../../api/get-dataset';
import { dashboardQueryOptions } from '../../api/get-dashboard';
import { API_WRITABLE } from '../../api/client';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { SectionBoundary } from '../../components/section-boundary';
import { ImportPanel } from './import-panel';
import { RevisionHistory } from './revision-history';
import { RevisionPanel } from './revision-panel';
import { SetAsidePanel } from './set-aside-panel';
import { SignInPanel } from './sign-in-panel';

/*
 * `writable` is false on a static build, which has no API to write to: the
 * page still checks, previews and exports JSON, and says how changes are made
 * there instead.
 *
 * The page rendered ahead of time carries only the dashboard's part of the
 * data (its revision and date are all the page shows before its scripts
 * run), so its size does not grow with the claims. That part stands in until
 * the whole dataset arrives; what needs every claim (the export, the check of
 * an import) waits for it.
 */
export function UpdatePage({ datasetId, writable = API_WRITABLE }: { datasetId: string; writable?: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...datasetQueryOptions(datasetId),
    placeholderData: () => queryClient.getQueryData(dashboardQueryOptions(datasetId).queryKey),
  });
  const loadWhole = useLoadWholeDataset(datasetId);
  return (
    <>
      <PageHeading title="Update data" />
      <QueryState query={query} what="data" loading={<StatePanel kind="loading" title="Loading the current data…" />}>
        {(dataset) => (
          <>
            {!writable && (
              <StatePanel kind="notice" title="This copy of the dashboard is read-only.">
                <p>
                  It is a static site with no API to save to. You can still check a file, preview what it would change
                  and export the current data. To change the figures, edit the JSON in <code>seeds/</code> and build the
                  site again, or build it with <code>VITE_API_BASE_URL</code> pointing at an API that accepts updates.
                </p>
              </StatePanel>
            )}
            <SectionBoundary what="who is signed in">
              <SignInPanel enabled={writable} />
            </SectionBoundary>
            <SectionBoundary what="the current revision">
              <RevisionPanel dataset={dataset} loadWhole={loadWhole} writable={writable} />
            </SectionBoundary>
            <SectionBoundary what="the damaged copies set aside">
              <SetAsidePanel enabled={writable} />
            </SectionBoundary>
            <SectionBoundary what="the import form">
              <ImportPanel dataset={dataset} loadWhole={loadWhole} writable={writable} />
            </SectionBoundary>
            <SectionBoundary what="the history of changes">
              <RevisionHistory datasetId={dataset.id} enabled={writable} />
            </SectionBoundary>
            <details className="format-help">
              <summary>What a partial update looks like</summary>
              <p>
                Name the dataset and add claims: each says which figure it is about, its date, its values and its
                citation. Claims are added, never replaced: to correct one, add a claim with{' '}
                <code>{'"supersedes": "its id"'}</code>; to withdraw one, a claim with <code>{'"retracts"'}</code> and a
                note saying why. New citations and sources go in the same document.
              </p>
              <pre>{PARTIAL_EXAMPLE}</pre>
            </details>
          </>
        )}
      </QueryState>
    </>
  );
}

const PARTIAL_EXAMPLE = `{
  "dataset": "nagorno-karabakh-2023-09",
  "citations": [{
    "id": "new-report", "claimedBy": "medya-news", "publishedBy": "medya-news",
    "title": "…", "url": "https://…", "publishedOn": "2023-09-20",
    "note": "In your own words: what was counted."
  }],
  "claims": [{
    "id": "population-2023-09-20-medya",
    "figure": "population-under-blockade",
    "date": "2023-09-20",
    "values": [{ "measure": "population", "value": 100000, "qualifier": "about" }],
    "status": "reported",
    "citation": "new-report"
  }]
}`;
