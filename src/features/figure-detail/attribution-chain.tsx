import type { Citation } from '../../data/schema/schema';
import type { DatasetIndex } from '../../data/words/figures';
import { sourceKindLabel } from '../../data/words/sources';
import { DateText } from '../../components/date-text';

function SourceName({ id, index }: { id: string; index: DatasetIndex }) {
  const source = index.sources.get(id);
  if (!source) return <cite>{id}</cite>;
  return (
    <>
      <cite>{source.name}</cite> <span className="muted">({sourceKindLabel(source.kind)})</span>
    </>
  );
}

/* Who claimed it, who published it, where and when: one citation spelled out, said once when claimant and outlet are the same. */
export function AttributionChain({ citation, index }: { citation: Citation; index: DatasetIndex }) {
  const same = citation.claimedBy === citation.publishedBy;
  return (
    <dl className="attribution-chain">
      {same ? (
        <>
          <dt>Claimed and published by</dt>
          <dd>
            <SourceName id={citation.claimedBy} index={index} />
          </dd>
        </>
      ) : (
        <>
          <dt>Claimed by</dt>
          <dd>
            <SourceName id={citation.claimedBy} index={index} />
          </dd>
          <dt>Published by</dt>
          <dd>
            <SourceName id={citation.publishedBy} index={index} />
          </dd>
        </>
      )}
      <dt>Publication</dt>
      <dd>
        <a href={citation.url} target="_blank" rel="noopener noreferrer">
          {citation.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </dd>
      <dt>Published on</dt>
      <dd>
        <DateText date={citation.publishedOn} style="long" />
      </dd>
      <dt>Retrieved</dt>
      <dd>{citation.retrievedOn ? <DateText date={citation.retrievedOn} style="long" /> : 'Not recorded'}</dd>
      <dt>Note</dt>
      <dd>{citation.note}</dd>
    </dl>
  );
}
