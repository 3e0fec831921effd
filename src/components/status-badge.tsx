import type { Status } from '../data/schema/schema';
import { statusLabel } from '../data/words/format';

/* A glyph and a word for each status, so the status never rests on colour alone. */
const GLYPHS: Record<Status, string> = {
  reported: '●',
  alleged: '!',
  confirmed: '✓',
  estimated: '≈',
  disputed: '⇄',
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      {statusLabel(status)}
    </span>
  );
}
