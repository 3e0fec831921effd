import type { Figure, Status } from '../data/schema/schema';
import { currentDisagreements } from '../data/ledger/claims';
import { disagreementText, type DatasetIndex } from '../data/words/figures';
import { Link } from '../router/router';

/*
 * What a figure's card says under its value: that the value is an
 * allegation, and where parties disagree on it that day. With `claimsHref`
 * each disagreement links to the claims behind it.
 */
export function FigureNotes({
  figure,
  index,
  status,
  claimant,
  claimsHref,
}: {
  figure: Figure;
  index: DatasetIndex;
  status: Status | undefined;
  claimant: string | undefined;
  claimsHref?: string;
}) {
  const disagreements = figure.kind === 'count' ? currentDisagreements(figure, index.claims, index.claimantOf) : [];
  return (
    <>
      {status === 'alleged' && claimant && (
        <p className="allegation-note">Allegation by {claimant}, not independently verified.</p>
      )}
      {disagreements.map((d) => (
        <p key={d.measure.key} className="contested-note">
          <span aria-hidden="true">⇄ </span>
          {claimsHref === undefined ? disagreementText(d) : <Link to={claimsHref}>{disagreementText(d)}</Link>}
        </p>
      ))}
    </>
  );
}
