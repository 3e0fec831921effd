import { useId } from 'react';
import type { Dataset } from '../data/schema/schema';
import { DATA_LICENSE } from '../data/words/license';
import { SITE_NAME } from './page-heading';

/* The writers (and the CSV library) load when a reader asks for a file, not with the page. */
const loadWriters = () =>
  Promise.all([import('../data/formats/downloads'), import('../data/formats/export'), import('./download')]);

async function download(load: () => Promise<Dataset>, figureId: string | undefined, format: 'csv' | 'json') {
  const [[writers, , { downloadText }], dataset] = await Promise.all([loadWriters(), load()]);
  const rows = writers.claimRows(dataset, figureId === undefined ? undefined : [figureId]);
  const name = writers.claimsFileName(dataset, figureId, format);
  if (format === 'csv') downloadText(name, writers.claimsCsv(rows), 'text/csv;charset=utf-8');
  else downloadText(name, writers.claimsJson(writers.downloadMeta(dataset, rows, SITE_NAME), rows));
}

async function downloadDataset(load: () => Promise<Dataset>) {
  const [[, { exportDatasetText, exportFileName }, { downloadText }], dataset] = await Promise.all([
    loadWriters(),
    load(),
  ]);
  downloadText(exportFileName(dataset), exportDatasetText(dataset));
}

/*
 * Downloads of the claims shown, every row with its claimant, outlet, article
 * and standing, so the numbers keep their sources wherever they go.
 */
interface ClaimDownloadsProps {
  dataset: Dataset;
  figureId?: string;
  /** The whole dataset, which a page rendered ahead of time does not hold: files always carry every claim. */
  loadWhole: () => Promise<Dataset>;
}

export function ClaimDownloads({ dataset, figureId, loadWhole }: ClaimDownloadsProps) {
  const headingId = useId();
  const what = figureId === undefined ? 'every claim' : 'this figure’s claims';
  return (
    <section aria-labelledby={headingId} className="downloads">
      <h2 id={headingId}>Download</h2>
      <p className="muted">
        One row per reported value, with who claimed it, the outlet, the link to the article, its status and whether it
        still stands; a second header row carries HXL hashtags. Revision {dataset.revision}; data under{' '}
        <a href={DATA_LICENSE.url}>{DATA_LICENSE.name}</a>: credit the claimant and this dashboard.
      </p>
      <p className="download-buttons">
        <button type="button" className="secondary" onClick={() => void download(loadWhole, figureId, 'csv')}>
          {`Download ${what} (CSV)`}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void download(loadWhole, figureId, 'json')}>
          {`Download ${what} (JSON)`}
        </button>
        {figureId === undefined && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={() => void downloadDataset(loadWhole)}>
              Download the whole dataset (JSON)
            </button>
          </>
        )}
      </p>
    </section>
  );
}
