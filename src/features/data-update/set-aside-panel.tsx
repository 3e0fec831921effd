import { useSetAside } from '../../api/get-set-aside';
import { formatDateTime } from '../../data/schema/dates';
import { megabytes, plural } from '../../data/words/format';
import { downloadText } from '../../components/download';

/*
 * A saved copy found damaged is never deleted: it is set aside, and listed
 * here to download whole, so the changes in it can be recovered by hand.
 */
export function SetAsidePanel({ enabled }: { enabled: boolean }) {
  const query = useSetAside(enabled);
  const copies = query.data?.copies ?? [];
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="set-aside-heading" className="detail-section">
      <h2 id="set-aside-heading">Damaged copies set aside</h2>
      <p>
        {copies.length} {plural(copies.length, 'saved copy', 'saved copies')} could not be read in full and{' '}
        {copies.length === 1 ? 'was' : 'were'} kept aside in this browser, untouched. Download one to recover what it
        holds; the file may need repair before it can be imported.
      </p>
      <ul className="set-aside-list">
        {copies.map((copy) => (
          <li key={copy.key}>
            <code>{copy.dataset}</code>, set aside {formatDateTime(copy.setAsideAt)} ({megabytes(copy.text.length)} MB){' '}
            <button
              type="button"
              onClick={() =>
                downloadText(`${copy.dataset}.set-aside.${copy.setAsideAt.replace(/[:.]/g, '-')}.json`, copy.text)
              }
            >
              Download
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
