import { useDataset } from '../../api/get-dataset';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { ImportPanel } from './import-panel';
import { RevisionPanel } from './revision-panel';

export function UpdatePage({ datasetId }: { datasetId: string }) {
  const query = useDataset(datasetId);
  return (
    <>
      <PageHeading title="Update data" />
      <QueryState query={query} what="data" loading={<StatePanel kind="loading" title="Loading the current data…" />}>
        {(dataset) => (
          <>
            <RevisionPanel dataset={dataset} />
            <ImportPanel dataset={dataset} />
            <details className="format-help">
              <summary>What a partial update looks like</summary>
              <p>
                Name the dataset and each figure to change, with its new values, date and citation. The value it
                replaces moves into the figure’s history. New citations and sources go in the same document.
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
    "title": "…", "url": "https://…", "publishedOn": "2023-09-19",
    "note": "In your own words: what was counted."
  }],
  "figures": [{
    "id": "population-under-blockade",
    "date": "2023-09-19",
    "measures": [{ "key": "population", "value": 100000, "qualifier": "about" }],
    "citations": ["new-report"]
  }]
}`;
