import { Link } from '../../components/router';
import type { Dataset, Figure } from '../../data/schema';
import { figureAttributions, figureDate, figureSentence, type DatasetIndex } from '../../data/figures';
import { isContested } from '../../data/history';
import { ageAgainstDataset } from '../../data/staleness';
import { plural } from '../../data/format';
import { DateText } from '../../components/date-text';
import { FigureValue } from '../../components/figure-value';
import { SourceBadge } from '../../components/source-badge';
import { StatusBadge } from '../../components/status-badge';

interface FigureCardProps {
  figure: Figure;
  dataset: Pick<Dataset, 'asOf'>;
  index: DatasetIndex;
}

export function FigureCard({ figure, dataset, index }: FigureCardProps) {
  const attributions = figureAttributions(figure, index);
  const claimant = attributions[0]?.claimant;
  const date = figureDate(figure, dataset.asOf);
  const contested = figure.kind === 'count' && isContested(figure);
  const href = `/figures/${figure.id}`;
  return (
    <figure className={`figure-card status-${figure.status}`} aria-label={figureSentence(figure, dataset, index)}>
      <figcaption className="figure-label">
        <Link to={href}>{figure.label}</Link>
      </figcaption>
      <FigureValue figure={figure} asOf={dataset.asOf} />
      {figure.status === 'alleged' && claimant && (
        <p className="allegation-note">Allegation by {claimant}, not independently verified.</p>
      )}
      {contested && (
        <p className="contested-note">
          <span aria-hidden="true">⇄ </span>Contested: {figure.otherClaims!.length} other{' '}
          {plural(figure.otherClaims!.length, 'claim')}
        </p>
      )}
      <footer className="figure-meta">
        <StatusBadge status={figure.status} />
        <Link to={`${href}#sources`} className="source-link">
          <SourceBadge attribution={attributions[0]} others={attributions.length - 1} />
        </Link>
        <span className="figure-date" title={ageAgainstDataset(date, dataset.asOf)}>
          <span className="visually-hidden">As of </span>
          <DateText date={date} />
        </span>
      </footer>
    </figure>
  );
}
