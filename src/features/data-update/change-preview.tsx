import { useId, useMemo } from 'react';
import type { Claim, Dataset, Figure } from '../../data/schema/schema';
import type {
  DatasetDiff,
  FieldChange,
  FigureChange,
  FigureState,
  HeadlinesChange,
  ListChanges,
  NewSource,
  TopicsChange,
} from '../../data/formats/diff';
import type { AlreadyInRecord } from '../../data/formats/update';
import {
  claimAttributionText,
  indexDataset,
  measureValueText,
  numberText,
  type DatasetIndex,
} from '../../data/words/figures';
import { plural } from '../../data/words/format';
import { sourceKindLabel } from '../../data/words/sources';
import { DateText } from '../../components/date-text';
import { StatusBadge } from '../../components/status-badge';

/* An update may add hundreds of claims to one figure; past this many the rest are counted, so the preview stays readable. */
export const CLAIMS_SHOWN_PER_FIGURE = 20;

function listLine(name: string, changes: ListChanges): string | null {
  const parts = (['added', 'changed', 'removed'] as const)
    .filter((kind) => changes[kind] > 0)
    .map((kind) => `${changes[kind]} ${kind}`);
  return parts.length ? `${name}: ${parts.join(', ')}` : null;
}

/** "A", "A and B", "A, B and C". */
function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/* Each value as the dashboard would word it, with its qualifier or range and unit. */
function claimValuesText(claim: Claim, figure: Figure | undefined): string {
  const count = figure?.kind === 'count' ? figure : undefined;
  return (claim.values ?? [])
    .map((value) => {
      const measure = count?.measures.find((m) => m.key === value.measure);
      return measure ? measureValueText(measure, value, count) : `${numberText(value, {})} ${value.measure}`;
    })
    .join('; ');
}

/** "3 claims", "3 claims and 1 event": what an import gave that the data already holds. */
export function alreadyInRecordText(already: AlreadyInRecord): string {
  const claims = `${already.claims} ${plural(already.claims, 'claim')}`;
  return already.events > 0 ? `${claims} and ${already.events} ${plural(already.events, 'event')}` : claims;
}

function When({ claim }: { claim: Pick<Claim, 'date' | 'time'> }) {
  return (
    <>
      <DateText date={claim.date} />
      {claim.time && (
        <>
          {' '}
          <time dateTime={`${claim.date}T${claim.time}`}>{claim.time}</time>
        </>
      )}
    </>
  );
}

/* The earlier claim a correction or retraction points at, named so it can be found on the figure page. */
function TargetClaim({ id, figure, index }: { id: string; figure: Figure | undefined; index: DatasetIndex }) {
  const target = index.claims.byId.get(id);
  if (!target) return <code>{id}</code>;
  return (
    <>
      the claim of <When claim={target} /> by {claimAttributionText(target, index)} ({claimValuesText(target, figure)})
    </>
  );
}

function ClaimItem({ claim, figure, index }: { claim: Claim; figure: Figure | undefined; index: DatasetIndex }) {
  return (
    <li className="preview-claim">
      <span className="preview-claim-when">
        <When claim={claim} />
      </span>{' '}
      <span className="preview-claim-value">
        {claim.retracts !== undefined ? 'Retraction' : claimValuesText(claim, figure)}
      </span>{' '}
      <span className="preview-claim-meta">
        {claimAttributionText(claim, index)} <StatusBadge status={claim.status} />
      </span>{' '}
      {claim.supersedes !== undefined && (
        <span className="preview-claim-link">
          Corrects <TargetClaim id={claim.supersedes} figure={figure} index={index} />
          {claim.note && `: ${claim.note}`}
        </span>
      )}
      {claim.retracts !== undefined && (
        <span className="preview-claim-link">
          Withdraws <TargetClaim id={claim.retracts} figure={figure} index={index} />
          {claim.note && `: ${claim.note}`}
        </span>
      )}
    </li>
  );
}

interface FigureClaimsProps {
  change: FigureChange;
  figure?: Figure;
  index: DatasetIndex;
  headingId: string;
}

function FigureClaims({ change, figure, index, headingId }: FigureClaimsProps) {
  const count = change.newClaims.length;
  const rest = count - CLAIMS_SHOWN_PER_FIGURE;
  return (
    <section className="preview-figure-claims" aria-labelledby={headingId}>
      <h5 id={headingId}>
        {change.label} <span className="muted">· {`${count} new ${plural(count, 'claim')}`}</span>
      </h5>
      <ol className="preview-claims">
        {change.newClaims.slice(0, CLAIMS_SHOWN_PER_FIGURE).map((claim) => (
          <ClaimItem key={claim.id} claim={claim} figure={figure} index={index} />
        ))}
      </ol>
      {rest > 0 && (
        <p className="muted">
          and {rest} more new {plural(rest, 'claim')} about this figure, not listed here
        </p>
      )}
    </section>
  );
}

function NewSourceItem({ entry }: { entry: NewSource }) {
  const { source, similar } = entry;
  return (
    <li>
      <strong>{source.name}</strong> <span className="muted">({sourceKindLabel(source.kind)})</span>
      {similar.length > 0 && (
        <span className="similar-hint">
          {' '}
          looks like existing {plural(similar.length, 'source')} {andList(similar.map((s) => s.name))}
        </span>
      )}
    </li>
  );
}

/* A changed figure needs no word: its two values say it. */
const CHANGE_WORDS: Record<FigureChange['change'], string | null> = {
  added: 'new figure',
  changed: null,
  removed: 'removed',
};

function sameState(a: FigureState, b: FigureState): boolean {
  return a.value === b.value && a.date === b.date && a.source === b.source && a.status === b.status;
}

/* The value, its date, and who it is credited to: a renamed claimant changes what a reader sees as much as a new number. */
function StateText({ state, strong }: { state: FigureState; strong?: boolean }) {
  return (
    <>
      {strong ? <strong>{state.value}</strong> : state.value}, <DateText date={state.date} />
      <span className="preview-source">
        {' '}
        · {state.source}
        {state.status && state.status !== 'reported' && ` (${state.status})`}
      </span>
    </>
  );
}

function FigureRow({ change }: { change: FigureChange }) {
  const { before, after } = change;
  const unchanged = before && after && sameState(before, after);
  const count = change.newClaims.length;
  return (
    <tr className={`change-${change.change}`}>
      <th scope="row">
        {change.label}
        {CHANGE_WORDS[change.change] && <span className="muted"> ({CHANGE_WORDS[change.change]})</span>}
        {count > 0 && <span className="preview-count">{`${count} new ${plural(count, 'claim')}`}</span>}
      </th>
      <td>{before ? <StateText state={before} /> : '—'}</td>
      <td>
        {!after ? 'removed' : unchanged ? <span className="muted">unchanged</span> : <StateText state={after} strong />}
      </td>
    </tr>
  );
}

const RECORD_WORDS: Record<FieldChange['record'], string> = {
  source: 'Source',
  citation: 'Publication',
  figure: 'Figure',
  event: 'Event',
};

/* Every field of a record already there that would change, before and after, so nothing changes unseen. */
function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Changed records">
      <table className="preview-table preview-fields">
        <caption>Records already in the data that would change</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">After applying</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={`${change.record}-${change.id}-${change.field}`}>
              <th scope="row">
                {RECORD_WORDS[change.record]} {change.name} <span className="muted">({change.id})</span>
              </th>
              <td>{change.field}</td>
              <td className="preview-before">{change.before}</td>
              <td>
                <strong>{change.after}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/* The headline cards place by place, now and after, and those that would no longer be headlines. */
function HeadlineChanges({ change }: { change: HeadlinesChange }) {
  const places = Math.max(change.before.length, change.after.length);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Headline figures">
        <table className="preview-table">
          <caption>Headline figures, in the order the dashboard shows them</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Now</th>
              <th scope="col">After applying</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: places }, (_, i) => {
              const [was, now] = [change.before[i], change.after[i]];
              return (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{was?.label ?? '—'}</td>
                  <td>
                    {was?.id === now?.id ? (
                      <span className="muted">{now?.label ?? '—'}</span>
                    ) : (
                      <strong>{now?.label ?? '—'}</strong>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {change.removed.length > 0 && (
        <p>
          No longer {plural(change.removed.length, 'a headline', 'headlines')}:{' '}
          {andList(change.removed.map((f) => `“${f.label}”`))}, listed with the other figures instead.
        </p>
      )}
    </>
  );
}

function TopicChanges({ change, headingId }: { change: TopicsChange; headingId: string }) {
  const topic = (t: { label: string } | null) => (t ? `“${t.label}”` : 'no topic (Other figures)');
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>Topics</h4>
      <ul>
        {change.added.map((t) => (
          <li key={`added-${t.id}`}>New topic {topic(t)}</li>
        ))}
        {change.renamed.map((t) => (
          <li key={`renamed-${t.id}`}>
            Topic “{t.before}” renamed <strong>“{t.after}”</strong>
          </li>
        ))}
        {change.removed.map((t) => (
          <li key={`removed-${t.id}`}>Topic {topic(t)} removed</li>
        ))}
        {change.moved.map((m) => (
          <li key={`moved-${m.figure.id}`}>
            {m.figure.label}: from {topic(m.from)} to <strong>{topic(m.to)}</strong>
          </li>
        ))}
        {change.reordered && <li>The topics in a new order</li>}
      </ul>
    </section>
  );
}

/*
 * What applying would change: the summary counts, what each figure shows now
 * and after, the sources that would be new (with a hint when one looks like a
 * source already there), and every new claim grouped by figure.
 */
export function ChangePreview({
  diff,
  after,
  alreadyInRecord,
}: {
  diff: DatasetDiff;
  after: Dataset;
  /** What of an update the data already held, so it is not added again. */
  alreadyInRecord?: AlreadyInRecord;
}) {
  const ids = useId();
  const index = useMemo(() => indexDataset(after), [after]);
  const figures = useMemo(() => new Map(after.figures.map((f) => [f.id, f])), [after]);
  const lists = [
    listLine('Claims', diff.claims),
    listLine('Sources', diff.sources),
    listLine('Citations', diff.citations),
    listLine('Events', diff.events),
  ].filter((line): line is string => line !== null);
  const withClaims = diff.figures.filter((f) => f.newClaims.length > 0);

  return (
    <>
      {(lists.length > 0 || diff.asOf || diff.title || diff.region) && (
        <ul className="preview-other">
          {diff.asOf && (
            <li>
              Dataset date: <DateText date={diff.asOf.before} /> →{' '}
              <strong>
                <DateText date={diff.asOf.after} />
              </strong>
            </li>
          )}
          {(['title', 'region'] as const).map((key) => {
            const change = diff[key];
            return (
              change && (
                <li key={key}>
                  {key === 'title' ? 'Title' : 'Region'}: {change.before} → <strong>{change.after}</strong>
                </li>
              )
            );
          })}
          {lists.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {alreadyInRecord && alreadyInRecord.claims + alreadyInRecord.events > 0 && (
        <p>Already in the record, so not added again: {alreadyInRecordText(alreadyInRecord)}.</p>
      )}
      {diff.headlines && <HeadlineChanges change={diff.headlines} />}
      {diff.topics && <TopicChanges change={diff.topics} headingId={`${ids}-topics`} />}
      {diff.ended.length > 0 && (
        <section aria-labelledby={`${ids}-ended`}>
          <h4 id={`${ids}-ended`}>Durations that end</h4>
          <ul>
            {diff.ended.map((ended) => (
              <li key={ended.id}>
                {ended.label}: ends on{' '}
                <strong>
                  <DateText date={ended.end} />
                </strong>
                {ended.before && (
                  <>
                    {' '}
                    (was <DateText date={ended.before} />)
                  </>
                )}
                , according to {ended.source}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.newEvents.length > 0 && (
        <section aria-labelledby={`${ids}-events`}>
          <h4 id={`${ids}-events`}>New events</h4>
          <ul>
            {diff.newEvents.map((event) => (
              <li key={event.id}>
                <DateText date={event.date} /> {event.title} <span className="muted">({event.kind})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.about.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="About the data">
          <table className="preview-table preview-fields">
            <caption>What “About the data” says that would change</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Now</th>
                <th scope="col">After applying</th>
              </tr>
            </thead>
            <tbody>
              {diff.about.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{change.field}</th>
                  <td className="preview-before">{change.before}</td>
                  <td>
                    <strong>{change.after}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.figures.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Figure changes">
          <table className="preview-table">
            <caption>Figures that would change</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Shown now</th>
                <th scope="col">Shown after applying</th>
              </tr>
            </thead>
            <tbody>
              {diff.figures.map((f) => (
                <FigureRow key={f.id} change={f} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.fields.length > 0 && <FieldChanges changes={diff.fields} />}
      {diff.newSources.length > 0 && (
        <section aria-labelledby={`${ids}-sources`}>
          <h4 id={`${ids}-sources`}>New sources</h4>
          <ul className="preview-sources">
            {diff.newSources.map((entry) => (
              <NewSourceItem key={entry.source.id} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      {withClaims.length > 0 && (
        <section aria-labelledby={`${ids}-claims`}>
          <h4 id={`${ids}-claims`}>New claims, by figure</h4>
          {withClaims.map((change) => (
            <FigureClaims
              key={change.id}
              change={change}
              figure={figures.get(change.id)}
              index={index}
              headingId={`${ids}-claims-${change.id}`}
            />
          ))}
        </section>
      )}
    </>
  );
}
