import type { Attribution } from '../data/words/attribution';
import { plural } from '../data/words/format';

/* "Source: Zartonk Media via Medya News", with the names as <cite> and the word "Source" for screen readers only. */
export function SourceBadge({ attribution, others = 0 }: { attribution: Attribution | undefined; others?: number }) {
  if (!attribution) return <span className="source-badge source-missing">Source missing</span>;
  return (
    <span className="source-badge">
      <span className="visually-hidden">Source:</span> <cite>{attribution.claimant}</cite>
      {attribution.via && (
        <>
          {' '}
          <span className="via">via</span> <cite>{attribution.via}</cite>
        </>
      )}
      {others > 0 && ` and ${others} other ${plural(others, 'source')}`}
    </span>
  );
}
