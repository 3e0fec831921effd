import { Link } from '../../router/router';
import type { Dataset, Figure } from '../../data/schema/schema';
import {
  figureAttributions,
  figureDate,
  figureSentence,
  figureStatus,
  figureTime,
  type DatasetIndex,
} from '../../data/words/figures';
import { ageAgainstDataset } from '../../data/words/staleness';
import { revisionPath } from '../../data/schema/permalink';
import { DateText } from '../../components/date-text';
import { FigureValue } from '../../components/figure-value';
import { FigureNotes } from '../../components/figure-notes';
import { SourceBadge } from '../../components/source-badge';
import { StatusBadge } from '../../components/status-badge';

interface FigureCardProps {
  figure: Figure;
  dataset: Pick<Dataset, 'asOf'>;
  index: DatasetIndex;
  /** The revision the page is pinned to, if any: the figure's page opens at it too. */
  revision?: number;
}

export function FigureCard({ figure, dataset, index, revision }: FigureCardProps) {
  const attributions = figureAttributions(figure, index);
  const claimant = attributions[0]?.claimant;
  const date = figureDate(figure, dataset.asOf, index);
  const time = figureTime(figure, index);
  const status = figureStatus(figure, index);
  const path = `/figures/${figure.id}`;
  const href = revision === undefined ? path : revisionPath(path, revision);
  return (
    <figure className={`figure-card status-${status ?? 'none'}`} aria-label={figureSentence(figure, dataset, index)}>
      <figcaption className="figure-label">
        <Link to={href}>{figure.label}</Link>
      </figcaption>
      <FigureValue figure={figure} asOf={dataset.asOf} index={index} />
      <FigureNotes figure={figure} index={index} status={status} claimant={claimant} claimsHref={`${href}#claims`} />
      <footer className="figure-meta">
        {status && <StatusBadge status={status} />}
        <Link to={`${href}#sources`} className="source-link">
          <SourceBadge attribution={attributions[0]} others={attributions.length - 1} />
        </Link>
        <span className="figure-date" title={ageAgainstDataset(date, dataset.asOf)}>
          <span className="visually-hidden">As of </span>
          <DateText date={date} />
          {time && <time dateTime={`${date}T${time}`}> {time}</time>}
        </span>
      </footer>
    </figure>
  );
}
