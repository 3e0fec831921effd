import type { CountFigure } from '../../data/schema';
import { attributionLine, attributionOf } from '../../data/attribution';
import type { DatasetIndex } from '../../data/figures';
import { formatQualified, statusLabel } from '../../data/format';
import { claimsAbout } from '../../data/history';
import { DateText } from '../../components/date-text';

/* Every party's number side by side, in the order of the data: the page never picks a winner. */
export function OtherClaims({ figure, index }: { figure: CountFigure; index: DatasetIndex }) {
  const claims = claimsAbout(figure);
  if (claims.length === 1) {
    return <p>No other party’s number for this is recorded in the data.</p>;
  }
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Claims about this figure">
      <table>
        <caption className="visually-hidden">Every claim about {figure.label}, with its source and date</caption>
        <thead>
          <tr>
            <th scope="col">Claimed by</th>
            {figure.measures.map((m) => (
              <th key={m.key} scope="col">
                {m.label}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim, i) => {
            const who = attributionLine(
              claim.citations.flatMap((id) => {
                const c = index.citations.get(id);
                return c ? [attributionOf(c, index.sources)] : [];
              }),
              3,
            );
            return (
              <tr key={i}>
                <th scope="row">
                  {who}
                  {claim.shown && <span className="muted"> (the figure shown)</span>}
                </th>
                {figure.measures.map((m) => {
                  const value = claim.values[m.key];
                  return (
                    <td key={m.key} className="num">
                      {value === undefined ? '—' : formatQualified(value, claim.qualifiers[m.key] ?? 'exact')}
                    </td>
                  );
                })}
                <td>{statusLabel(claim.status)}</td>
                <td>
                  <DateText date={claim.date} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
