import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePutDataset } from '../../api/put-dataset';
import { datasetQueryOptions } from '../../api/get-dataset';
import { ApiError } from '../../api/client';
import type { Dataset } from '../../data/schema/schema';
import { megabytes, plural } from '../../data/words/format';
import { diffDatasets, isEmptyDiff, type DatasetDiff } from '../../data/formats/diff';
import { MAX_IMPORT_BYTES, type ImportResult } from '../../data/formats/import';
import { decodeUpload } from '../../data/checks/decode-upload';
import { checkImport } from './check-import';
import type { ValidationIssue } from '../../data/checks/validate';
import { IssueList } from '../../components/error-details';
import { StatePanel } from '../../components/state-panel';
import { signInNeeded } from './sign-in-needed';
import { alreadyInRecordText, ChangePreview } from './change-preview';
import type { AlreadyInRecord } from '../../data/formats/update';

/* Notices (such as a file converted from the earlier format) come with either outcome. */
type Checked = { origin: string; input: string; notices: string[] } & (
  | { state: 'invalid'; issues: ValidationIssue[] }
  | {
      state: 'valid';
      kind: ImportResult['kind'];
      candidate: Dataset;
      basedOn: number;
      diff: DatasetDiff;
      alreadyInRecord?: AlreadyInRecord;
      /** Nothing in it is new: there is nothing to apply. */
      nothingNew: boolean;
    }
);

const MAX_SHOWN_ISSUES = 200;

/* CSV is offered beside JSON: the text of either goes to the same check, which tells the formats apart. */
const PREVIEW_OF: Record<ImportResult['kind'], string> = {
  dataset: 'the imported dataset',
  update: 'the partial update',
  rows: 'the spreadsheet rows',
};

export const ACCEPTED_FILES = '.json,.csv,application/json,text/csv';

/* What to check: pasted text, or a file read only once it is known to be small enough. */
type Source = { origin: string; loadCurrent: () => Promise<Dataset> } & ({ input: string } | { file: File });

async function checkSource(source: Source): Promise<Checked> {
  const { origin } = source;
  const invalid = (message: string): Checked => ({
    state: 'invalid',
    origin,
    input: '',
    notices: [],
    issues: [{ path: '', message }],
  });
  let input: string;
  if ('file' in source) {
    if (source.file.size > MAX_IMPORT_BYTES) {
      return invalid(`The file is ${megabytes(source.file.size)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await source.file.arrayBuffer());
    } catch {
      return invalid('The file could not be read');
    }
    // The same rule as the command line: UTF-8 or refused by name, never read with replacement characters.
    const decoded = decodeUpload(bytes);
    if (!decoded.ok) return { state: 'invalid', origin, input: '', notices: [], issues: decoded.issues };
    input = decoded.data;
  } else input = source.input;

  const fileName = 'file' in source ? source.file.name : undefined;
  const current = await source.loadCurrent();
  const { kind, result, notices, alreadyInRecord, unchanged } = await checkImport(
    input,
    current,
    new Date().toISOString(),
    fileName,
  );
  if (!result.ok) return { state: 'invalid', origin, input, notices, issues: result.issues };
  const diff = diffDatasets(current, result.data);
  return {
    state: 'valid',
    origin,
    input,
    notices,
    kind,
    candidate: result.data,
    basedOn: current.revision,
    diff,
    alreadyInRecord,
    nothingNew: unchanged === true || isEmptyDiff(diff),
  };
}

/*
 * Paste or pick JSON, see every problem or a preview of the change, then
 * apply it. Nothing reaches the data until Apply, and a refused change leaves
 * the figures as they were.
 */
interface ImportPanelProps {
  dataset: Dataset;
  /** Every claim, to check an import against: `dataset` may be only the part of it the page was rendered with. */
  loadWhole: () => Promise<Dataset>;
  writable: boolean;
}

export function ImportPanel({ dataset, loadWhole, writable }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const put = usePutDataset(dataset.id);
  /*
   * Only the latest mutate call's callbacks run, so when checks overlap (another
   * paste or file meanwhile) the last one started is the one shown. The check
   * runs in the page, so it needs no network.
   */
  const check = useMutation({ mutationFn: checkSource, networkMode: 'always' });
  const queryClient = useQueryClient();
  const resultRef = useRef<HTMLDivElement>(null);
  const textId = useId();
  const fileId = useId();
  const readOnlyId = useId();
  const applied = put.isSuccess ? put.data.revision : null;

  const run = (source: Source) =>
    check.mutate(source, {
      onSuccess: (next) => {
        setChecked(next);
        put.reset();
        // Move focus to the outcome so keyboard and screen-reader users hear it at once.
        requestAnimationFrame(() => resultRef.current?.focus());
      },
    });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) run({ origin: `the file ${file.name}`, file, loadCurrent: loadWhole });
  };

  const apply = () => {
    // Pending is told with aria-disabled, not disabled, so keyboard focus stays on the button.
    if (checked?.state !== 'valid' || put.isPending) return;
    put.mutate(
      { dataset: checked.candidate, revision: checked.basedOn },
      {
        onSuccess: () => {
          setChecked(null);
          setText('');
          requestAnimationFrame(() => resultRef.current?.focus());
        },
        onError: (error) => {
          // On a conflict, fetch the latest data so the preview can be made again against it.
          if (error instanceof ApiError && error.status === 409)
            void queryClient.invalidateQueries(datasetQueryOptions(dataset.id));
          requestAnimationFrame(() => resultRef.current?.focus());
        },
      },
    );
  };

  const stalePreview = checked?.state === 'valid' && checked.basedOn !== dataset.revision;
  const conflict = put.error instanceof ApiError && put.error.status === 409;

  return (
    <section aria-labelledby="import-heading" className="detail-section">
      <h2 id="import-heading">Import</h2>
      <p>
        Paste or choose a whole dataset, a partial update that adds claims (JSON), or spreadsheet rows, one report per
        row (CSV). It is checked against the schema and shown as a preview; nothing changes until you apply it.
      </p>
      <div className="field">
        <label htmlFor={textId}>Paste JSON or CSV</label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => run({ origin: 'the pasted text', input: text, loadCurrent: loadWhole })}>
          Check
        </button>
        <span className="field-inline">
          <label htmlFor={fileId}>Or choose a JSON or CSV file</label>{' '}
          <input id={fileId} type="file" accept={ACCEPTED_FILES} onChange={onFile} />
        </span>
        <span className="muted" role="status">
          {check.isPending ? 'Checking…' : ''}
        </span>
      </div>

      <div ref={resultRef} tabIndex={-1} className="import-result">
        {checked?.state === 'valid' && <h3>Preview of {PREVIEW_OF[checked.kind]}</h3>}
        {/* Always in the page, so a screen reader hears the notices that appear in it; under the heading of a preview. */}
        <div role="status" className="import-notices">
          {checked && checked.notices.length > 0 && (
            <div className="state-panel state-notice">
              {checked.notices.map((notice) => (
                <p key={notice}>{notice}</p>
              ))}
            </div>
          )}
        </div>
        {checked?.state === 'invalid' && (
          <StatePanel
            kind="error"
            title={`Nothing was changed: ${checked.origin} has ${checked.issues.length} ${plural(checked.issues.length, 'problem')} to fix.`}
          >
            <IssueList issues={checked.issues} max={MAX_SHOWN_ISSUES} />
          </StatePanel>
        )}

        {checked?.state === 'valid' && (
          <div className="preview">
            {checked.nothingNew ? (
              <p>
                {checked.alreadyInRecord
                  ? `Nothing new: ${alreadyInRecordText(checked.alreadyInRecord)} already in the record.`
                  : 'Nothing new: the data already says the same.'}{' '}
                There is nothing to apply.
              </p>
            ) : (
              <ChangePreview diff={checked.diff} after={checked.candidate} alreadyInRecord={checked.alreadyInRecord} />
            )}
            {stalePreview && (
              <StatePanel
                kind="notice"
                title="The data changed since this preview was made."
                action={
                  <button
                    type="button"
                    onClick={() => run({ origin: checked.origin, input: checked.input, loadCurrent: loadWhole })}
                  >
                    Check again against the latest data
                  </button>
                }
              >
                <p>Your change has not been applied. Check it again, then apply it if the preview is still right.</p>
              </StatePanel>
            )}
            <div className="actions">
              {!checked.nothingNew && (
                <button
                  type="button"
                  onClick={apply}
                  disabled={!writable || stalePreview}
                  aria-disabled={put.isPending || undefined}
                  aria-describedby={writable ? undefined : readOnlyId}
                >
                  {put.isPending ? 'Applying…' : 'Apply'}
                </button>
              )}
              <button type="button" className="secondary" onClick={() => setChecked(null)}>
                {checked.nothingNew ? 'Close' : 'Cancel'}
              </button>
            </div>
            {!writable && !checked.nothingNew && (
              <p id={readOnlyId} className="hint">
                Apply is off: this copy is read-only. Edit the seed file with this change and build again.
              </p>
            )}
          </div>
        )}

        {put.isError && signInNeeded(put.error) ? (
          <StatePanel kind="notice" title="Not applied: sign in to save changes.">
            <p>Your change is kept here. Sign in with your editor token above, then apply it again.</p>
          </StatePanel>
        ) : (
          put.isError && (
            <StatePanel kind="error" title={conflict ? 'Not applied: someone else changed the data.' : 'Not applied.'}>
              <p>{put.error.message}.</p>
              {put.error instanceof ApiError && <IssueList issues={put.error.issues} max={MAX_SHOWN_ISSUES} />}
            </StatePanel>
          )
        )}

        {applied !== null && (
          <StatePanel kind="success" title={`Applied. The dashboard now shows revision ${applied}.`}>
            <p>Use Undo below to go back to the previous revision.</p>
          </StatePanel>
        )}
      </div>
    </section>
  );
}
