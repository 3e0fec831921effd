import type { Citation } from '../data/schema/schema';

/*
 * Links straight to the publications behind a record, one per distinct
 * address, so the original is one click away wherever the record is shown.
 */
export function ArticleLinks({
  citationIds,
  citations,
}: {
  citationIds: readonly string[];
  citations: Map<string, Pick<Citation, 'url' | 'title'>>;
}) {
  const found = citationIds.flatMap((id) => citations.get(id) ?? []);
  const distinct = [...new Map(found.map((c) => [c.url, c])).values()];
  if (distinct.length === 0) return null;
  return (
    <span className="article-links">
      {distinct.map((citation, i) => (
        <span key={citation.url}>
          {i > 0 && ' · '}
          <a href={citation.url} target="_blank" rel="noopener noreferrer">
            {distinct.length === 1 ? 'Read the article' : `Article ${i + 1}`}
            <span className="visually-hidden">: {citation.title} (opens in a new tab)</span>
          </a>
        </span>
      ))}
    </span>
  );
}
