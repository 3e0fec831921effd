import { useState } from 'react';
import type { Claim, CountFigure } from '../../data/schema/schema';
import { claimAttributionText, type DatasetIndex } from '../../data/words/figures';
import { statusLabel } from '../../data/words/format';
import { allDisagreements } from '../../data/ledger/claim-history';
import { claimsOfFigure, shownClaims, standingOf, valueFor, type ClaimIndex } from '../../data/ledger/claims';
import { DateText } from '../../components/date-text';
import { MeasureValue } from '../../components/figure-value';

/* A long ledger opens on its latest claims; older ones come a page at a time, so a figure with thousands stays quick. */
const PAGE = 50;

function Standing({ claim, claims }: { claim: Claim; claims: ClaimIndex }) {
  const standing = standingOf(claim, claims);
  if (standing === 'retraction') {
    const target = claims.byId.get(claim.retracts ?? '');
    return (
      <p className="claim-standing">
        Withdraws the claim of {target ? <DateText date={target.date} /> : claim.retracts}
      </p>
    );
  }
  if (standing === 'retracted') {
    const by = claims.retractedBy.get(claim.id)!;
    return (
      <p className="claim-standing">
        <strong>Retracted</strong> on <DateText date={by.date} />
        {by.note && `: ${by.note}`}
      </p>
    );
  }
  if (standing === 'superseded') {
    const by = claims.supersededBy.get(claim.id)!;
    return (
      <p className="claim-standing">
        <strong>Superseded</strong> by the claim of <DateText date={by.date} />
        {by.time && ` ${by.time}`}
      </p>
    );
  }
  return null;
}

/*
 * Every claim about the figure, newest first, none dropped or ranked: its
 * values, who made it and who published it (linked to the publication), how
 * sure, and whether it still stands.
 */
export function ClaimList({ figure, index }: { figure: CountFigure; index: DatasetIndex }) {
  const [shownCount, setShownCount] = useState(PAGE);
  const all = claimsOfFigure(figure.id, index.claims).reverse();
  if (all.length === 0) return <p>No claim about this figure is recorded yet.</p>;

  const shown = new Set(shownClaims(figure, index.claims).map((c) => c.id));
  const contested = new Set(
    allDisagreements(figure, index.claims, index.claimantOf).flatMap((d) => d.claims.map((c) => c.id)),
  );
  const rows = all.slice(0, shownCount);

  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Every claim about this figure">
        <table className="claim-list">
          <caption className="visually-hidden">
            Every claim about {figure.label}, newest first, with who made it, who published it, and whether it still
            stands
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Claimed by</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((claim) => {
              const citation = index.citations.get(claim.citation);
              const attribution = claimAttributionText(claim, index);
              const standing = standingOf(claim, index.claims);
              return (
                <tr key={claim.id} id={`claim-${claim.id}`} className={`claim-${standing}`}>
                  <th scope="row">
                    <DateText date={claim.date} />
                    {claim.time && (
                      <>
                        {' '}
                        <time dateTime={`${claim.date}T${claim.time}`}>{claim.time}</time>
                      </>
                    )}
                  </th>
                  <td>
                    {standing === 'retraction' ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul className="claim-values">
                        {figure.measures.flatMap((measure) => {
                          const value = valueFor(claim, measure.key);
                          return value
                            ? [
                                <li key={measure.key}>
                                  <MeasureValue measure={measure} value={value} />
                                </li>,
                              ]
                            : [];
                        })}
                      </ul>
                    )}
                    {shown.has(claim.id) && <p className="claim-flag">Shown as the current value</p>}
                    {contested.has(claim.id) && (
                      <p className="claim-flag contested-flag">Other parties disagree that day</p>
                    )}
                  </td>
                  <td>
                    {citation ? (
                      <a href={citation.url} target="_blank" rel="noopener noreferrer">
                        {attribution}
                        <span className="visually-hidden"> (opens the publication in a new tab)</span>
                      </a>
                    ) : (
                      attribution
                    )}
                  </td>
                  <td>{statusLabel(claim.status)}</td>
                  <td>
                    <Standing claim={claim} claims={index.claims} />
                    {claim.note && <p className="claim-note">{claim.note}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {all.length > rows.length && (
        <p>
          <button type="button" onClick={() => setShownCount((n) => n + PAGE)}>
            Show {Math.min(PAGE, all.length - rows.length)} older claims
          </button>{' '}
          <span className="muted">
            {rows.length} of {all.length} shown
          </span>
        </p>
      )}
    </>
  );
}
