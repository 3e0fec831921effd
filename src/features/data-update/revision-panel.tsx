import { useState } from 'react';
import { useUndoDataset } from '../../api/undo-dataset';
import { useResetDataset } from '../../api/reset-dataset';
import type { Dataset } from '../../data/schema/schema';
import { exportDatasetText, exportFileName } from '../../data/formats/export';
import { formatDateTime } from '../../data/schema/dates';
import { StatePanel } from '../../components/state-panel';
import { signInNeeded } from './sign-in-needed';
import { downloadText } from '../../components/download';

interface RevisionPanelProps {
  dataset: Dataset;
  /** Every claim, for the export: `dataset` may be only the part of it the page was rendered with. */
  loadWhole: () => Promise<Dataset>;
  writable: boolean;
}

async function exportWhole(loadWhole: () => Promise<Dataset>) {
  const whole = await loadWhole();
  downloadText(exportFileName(whole), exportDatasetText(whole));
}

export function RevisionPanel({ dataset, loadWhole, writable }: RevisionPanelProps) {
  const undo = useUndoDataset(dataset.id);
  const reset = useResetDataset(dataset.id);
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const failure = undo.error ?? reset.error;

  /*
   * While a request is pending the buttons say so with aria-disabled rather
   * than disabled: a disabled button drops keyboard focus to the page body.
   */
  const onUndo = () => {
    if (undo.isPending) return;
    reset.reset();
    undo.mutate(dataset.revision, {
      onSuccess: (d) =>
        setMessage(
          `Undone: the data is back as it was before revision ${dataset.revision} (now revision ${d.revision}).`,
        ),
    });
  };
  const onReset = () => {
    if (reset.isPending) return;
    undo.reset();
    reset.mutate(dataset.revision, {
      onSuccess: (d) => {
        setConfirmReset(false);
        setMessage(`Reset to the seed data (now revision ${d.revision}). Undo brings back what was there.`);
      },
    });
  };

  return (
    <section aria-labelledby="revision-heading" className="detail-section">
      <h2 id="revision-heading">Current data</h2>
      <p>
        Revision {dataset.revision}, last edited {formatDateTime(dataset.updatedAt)}.
      </p>
      <div className="actions">
        {writable && (
          <button type="button" onClick={onUndo} aria-disabled={undo.isPending || undefined}>
            {undo.isPending ? 'Undoing…' : 'Undo last change'}
          </button>
        )}
        <button type="button" onClick={() => void exportWhole(loadWhole)}>
          Export JSON
        </button>
        {!writable ? null : confirmReset ? (
          <span className="confirm" role="group" aria-label="Confirm reset">
            <span>Replace the current data with the seed file’s? You can undo it.</span>{' '}
            <button type="button" className="danger" onClick={onReset} aria-disabled={reset.isPending || undefined}>
              Reset to seed data
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirmReset(false)}>
              Keep the current data
            </button>
          </span>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmReset(true)}>
            Reset to seed data…
          </button>
        )}
      </div>
      <div aria-live="polite">
        {failure && signInNeeded(failure) ? (
          <StatePanel kind="notice" title="Nothing was changed: sign in to save changes.">
            <p>Sign in with your editor token above, then try again.</p>
          </StatePanel>
        ) : failure ? (
          <StatePanel kind="error" title="Nothing was changed.">
            <p>{failure.message}.</p>
          </StatePanel>
        ) : (
          message && <StatePanel kind="success" title={message} />
        )}
      </div>
    </section>
  );
}
