import type { DatasetDiff, ListChanges } from '../../data/diff';
import { DateText } from '../../components/date-text';

function listLine(name: string, changes: ListChanges): string | null {
  const parts = (['added', 'changed', 'removed'] as const)
    .filter((kind) => changes[kind] > 0)
    .map((kind) => `${changes[kind]} ${kind}`);
  return parts.length ? `${name}: ${parts.join(', ')}` : null;
}

/* What applying would change, figure by figure: old value and date beside the new. */
export function ChangePreview({ diff }: { diff: DatasetDiff }) {
  const lists = [
    listLine('Sources', diff.sources),
    listLine('Citations', diff.citations),
    listLine('Events', diff.events),
  ].filter((line): line is string => line !== null);
  const texts = (['asOf', 'title', 'region'] as const).flatMap((key) => {
    const change = diff[key];
    return change ? [{ key, ...change }] : [];
  });

  return (
    <>
      {diff.figures.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Figure changes">
          <table className="preview-table">
            <caption>Figures that would change</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Now</th>
                <th scope="col">After applying</th>
              </tr>
            </thead>
            <tbody>
              {diff.figures.map((f) => (
                <tr key={f.id} className={`change-${f.change}`}>
                  <th scope="row">
                    {f.label} <span className="muted">({f.change})</span>
                  </th>
                  <td>
                    {f.before ? (
                      <>
                        {f.before.value}, <DateText date={f.before.date} />
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {f.after ? (
                      <>
                        <strong>{f.after.value}</strong>, <DateText date={f.after.date} />
                      </>
                    ) : (
                      'removed'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(lists.length > 0 || texts.length > 0) && (
        <ul className="preview-other">
          {texts.map((t) => (
            <li key={t.key}>
              {t.key === 'asOf' ? 'Dataset date' : t.key}: {t.before} → <strong>{t.after}</strong>
            </li>
          ))}
          {lists.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
