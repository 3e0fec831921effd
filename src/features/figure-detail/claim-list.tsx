import { Fragment, memo, startTransition, useEffect, useId, useMemo, useState } from 'react';
import type { Claim, CountFigure } from '../../data/schema/schema';
import { claimAttributionText, type DatasetIndex } from '../../data/words/figures';
import { formatCount, statusLabel } from '../../data/words/format';
import { openingWords } from '../../data/words/fold';
import { allDisagreements, claimantCounts } from '../../data/ledger/claim-history';
import { claimsOfFigure, shownClaims, standingOf, valueFor, type ClaimIndex } from '../../data/ledger/claims';
import { DateText } from '../../components/date-text';
import { MeasureValue } from '../../components/figure-value';
import { claimantOrder, seriesLook, sourceName } from './chart-data';
import { shapePath } from './marker-shape';
import { useRenderedAhead } from './after-page';

/*
 * A record of a few hundred claims is listed whole; a longer ledger opens on
 * its latest claims and older ones come a page at a time, so a figure with
 * thousands stays quick.
 */
const LIST_WHOLE_UP_TO = 300;
const PAGE = 100;

/*
 * Rows are added to the page this many at a time, each batch in a task of
 * its own, so a list of hundreds never holds the page up for long. The HTML
 * rendered ahead of time holds them all already.
 */
const BATCH = 40;
function useRowsDrawn(wanted: number): number {
  const ahead = useRenderedAhead();
  const [drawn, setDrawn] = useState(ahead ? Infinity : BATCH);
  useEffect(() => {
    if (drawn >= wanted) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((n) => n + BATCH)));
    return () => clearTimeout(timer);
  }, [drawn, wanted]);
  return drawn;
}

function Standing({ claim, claims }: { claim: Claim; claims: ClaimIndex }) {
  const standing = standingOf(claim, claims);
  if (standing === 'retraction') {
    const target = claims.byId.get(claim.retracts ?? '');
    return (
      <span className="claim-standing">
        Withdraws the claim of {target ? <DateText date={target.date} /> : claim.retracts}
      </span>
    );
  }
  if (standing === 'retracted') {
    const by = claims.retractedBy.get(claim.id)!;
    return (
      <span className="claim-standing">
        <strong>Retracted</strong> on <DateText date={by.date} />
        {by.note && `: ${by.note}`}
      </span>
    );
  }
  if (standing === 'superseded') {
    const by = claims.supersededBy.get(claim.id)!;
    return (
      <span className="claim-standing">
        <strong>Superseded</strong> by the claim of <DateText date={by.date} />
        {by.time && ` ${by.time}`}
      </span>
    );
  }
  return null;
}

/* A long note shows its opening words, and the whole on request; a short one shows whole. */
function Note({ text }: { text: string }) {
  const opening = openingWords(text);
  if (!opening) return <span className="claim-note">{text}</span>;
  return (
    <details className="claim-note claim-note-fold">
      <summary>
        <span className="note-opening">{opening}… </span>
        <span className="note-more">more</span>
        <span className="note-less">less</span>
      </summary>
      {text}
    </details>
  );
}

interface RowProps {
  claim: Claim;
  figure: CountFigure;
  index: DatasetIndex;
  shown: boolean;
  contested: boolean;
}

/* One claim on one row. Rows are memoised: narrowing the list adds and removes rows, never redraws the others. */
const ClaimRow = memo(function ClaimRow({ claim, figure, index, shown, contested }: RowProps) {
  const citation = index.citations.get(claim.citation);
  const attribution = claimAttributionText(claim, index);
  const standing = standingOf(claim, index.claims);
  const values = figure.measures.flatMap((measure) => {
    const value = valueFor(claim, measure.key);
    return value ? [{ measure, value }] : [];
  });
  return (
    <tr id={`claim-${claim.id}`} className={`claim-${standing}`}>
      <th scope="row" className="claim-when">
        <DateText date={claim.date} />
        {claim.time && (
          <>
            {' '}
            <time dateTime={`${claim.date}T${claim.time}`}>{claim.time}</time>
          </>
        )}
      </th>
      <td className="claim-value">
        {standing === 'retraction' ? (
          <span className="muted">—</span>
        ) : (
          values.map(({ measure, value }, i) => (
            <Fragment key={measure.key}>
              {i > 0 && '; '}
              <span className="claim-measure">
                <MeasureValue measure={measure} value={value} />
              </span>
            </Fragment>
          ))
        )}
        {shown && <span className="claim-flag">Current value</span>}
        {contested && (
          <span className="claim-flag contested-flag">
            Parties disagree<span className="visually-hidden"> that day</span>
          </span>
        )}
      </td>
      <td className="claim-by">
        {citation ? (
          <a href={citation.url} target="_blank" rel="noopener noreferrer">
            {attribution}
            <span className="visually-hidden"> (opens the publication in a new tab)</span>
          </a>
        ) : (
          attribution
        )}
      </td>
      <td className="claim-status">{statusLabel(claim.status)}</td>
      <td className="claim-notes">
        <Standing claim={claim} claims={index.claims} />
        {claim.note && <Note text={claim.note} />}
      </td>
    </tr>
  );
});

function ClaimantMarker({ look }: { look: ReturnType<typeof seriesLook> }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" className="legend-marker" aria-hidden="true">
      <path d={shapePath(look.shape, 8, 8, 5)} fill={look.colour} />
    </svg>
  );
}

const claimsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'claim' : 'claims'}`;
const partiesText = (n: number) => `${formatCount(n)} ${n === 1 ? 'party' : 'parties'}`;

/*
 * Narrows the list to the claims of the parties ticked; none ticked, every
 * party's. Each party carries its marker in the chart, where the chosen
 * ones are brought forward.
 */
function ClaimantFilter({
  claimants,
  chosen,
  onChoose,
}: {
  claimants: { claimant: string; name: string; claims: number; look?: ReturnType<typeof seriesLook> }[];
  chosen: ReadonlySet<string>;
  onChoose: (chosen: ReadonlySet<string>) => void;
}) {
  const toggle = (claimant: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(claimant);
    else next.delete(claimant);
    onChoose(next);
  };
  return (
    <fieldset className="claimant-filter">
      <legend>Show only the claims of</legend>
      {claimants.map(({ claimant, name, claims, look }) => (
        <label key={claimant}>
          <input
            type="checkbox"
            checked={chosen.has(claimant)}
            onChange={(event) => toggle(claimant, event.target.checked)}
          />{' '}
          {look && <ClaimantMarker look={look} />}{' '}
          <span>
            {name} <span className="muted">({formatCount(claims)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const NONE: ReadonlySet<string> = new Set();

/*
 * Every claim about the figure, newest first, none dropped or ranked: its
 * values, who made it and who published it (linked to the publication), how
 * sure, and whether it still stands. `chosen` narrows it to some claimants.
 */
export function ClaimList({
  figure,
  index,
  chosen = NONE,
  onChoose,
}: {
  figure: CountFigure;
  index: DatasetIndex;
  chosen?: ReadonlySet<string>;
  onChoose?: (chosen: ReadonlySet<string>) => void;
}) {
  const [pages, setPages] = useState(1);
  const countId = useId();
  const all = useMemo(() => claimsOfFigure(figure.id, index.claims).reverse(), [figure, index]);
  const shown = useMemo(() => new Set(shownClaims(figure, index.claims).map((c) => c.id)), [figure, index]);
  const contested = useMemo(
    () => new Set(allDisagreements(figure, index.claims, index.claimantOf).flatMap((d) => d.claims.map((c) => c.id))),
    [figure, index],
  );
  const claimants = useMemo(() => {
    const order = claimantOrder(figure, index);
    return claimantCounts(all, index.claimantOf)
      .map((c) => {
        const i = order.get(c.claimant);
        return { ...c, name: sourceName(c.claimant, index), look: i === undefined ? undefined : seriesLook(i) };
      })
      .sort((a, b) => (order.get(a.claimant) ?? Infinity) - (order.get(b.claimant) ?? Infinity));
  }, [all, figure, index]);
  const filtered = useMemo(
    () => (chosen.size ? all.filter((claim) => chosen.has(index.claimantOf(claim))) : all),
    [all, chosen, index],
  );
  const limit = filtered.length <= LIST_WHOLE_UP_TO ? filtered.length : pages * PAGE;
  const drawn = useRowsDrawn(limit);
  if (all.length === 0) return <p>No claim about this figure is recorded yet.</p>;

  const rows = filtered.slice(0, Math.min(limit, drawn));
  const filtering = chosen.size > 0;

  return (
    <>
      {onChoose && claimants.length > 1 && <ClaimantFilter claimants={claimants} chosen={chosen} onChoose={onChoose} />}
      <p className="claim-count">
        <span id={countId} role="status">
          {filtering
            ? `${formatCount(filtered.length)} of ${claimsText(all.length)} shown, from ${formatCount(chosen.size)} of ${partiesText(claimants.length)}`
            : `${claimsText(all.length)} from ${partiesText(claimants.length)}`}
          {limit < filtered.length && `; the latest ${formatCount(limit)} listed`}
        </span>
        {filtering && onChoose && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={() => onChoose(NONE)}>
              Show every party’s claims
            </button>
          </>
        )}
      </p>
      <table className="claim-list" aria-describedby={countId}>
        <caption className="visually-hidden">
          Every claim about {figure.label}, newest first, with who made it, who published it, and whether it still
          stands
        </caption>
        <thead>
          <tr>
            <th scope="col" className="claim-when">
              Date
            </th>
            <th scope="col" className="claim-value">
              Value
            </th>
            <th scope="col" className="claim-by">
              Claimed by
            </th>
            <th scope="col" className="claim-status">
              Status
            </th>
            <th scope="col" className="claim-notes">
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => (
            <ClaimRow
              key={claim.id}
              claim={claim}
              figure={figure}
              index={index}
              shown={shown.has(claim.id)}
              contested={contested.has(claim.id)}
            />
          ))}
        </tbody>
      </table>
      {filtered.length > limit && (
        <p>
          <button type="button" onClick={() => setPages((n) => n + 1)}>
            Show {formatCount(Math.min(PAGE, filtered.length - limit))} older claims
          </button>{' '}
          <span className="muted">
            {formatCount(limit)} of {formatCount(filtered.length)} listed
          </span>
        </p>
      )}
    </>
  );
}
