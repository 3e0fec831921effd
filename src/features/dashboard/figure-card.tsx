import type { CountFigure, Dataset, DurationFigure, Figure, Measure } from '../../data/schema';
import { durationOf, figureAttributions, figureDate, figureSentence, type DatasetIndex } from '../../data/figures';
import { formatCount, qualifierWord } from '../../data/format';
import { DateText } from '../../components/date-text';
import { SourceBadge } from '../../components/source-badge';
import { StatusBadge } from '../../components/status-badge';

function QualifiedNumber({ value, qualifier }: Pick<Measure, 'value' | 'qualifier'>) {
  const word = qualifierWord(qualifier);
  return (
    <>
      {word && <span className="qualifier">{word} </span>}
      <data value={value}>{formatCount(value)}</data>
    </>
  );
}

function CountValue({ figure }: { figure: CountFigure }) {
  return (
    <ul className="measures">
      {figure.measures.map((measure) => (
        <li key={measure.key} className="measure">
          <span className="measure-value">
            <QualifiedNumber value={measure.value} qualifier={measure.qualifier} />
          </span>{' '}
          <span className="measure-label">{measure.value === 1 && measure.singular ? measure.singular : measure.label}</span>
          {measure.breakdown?.map((part) => (
            <span key={part.label} className="breakdown">
              {', of whom '}
              <QualifiedNumber value={part.value} qualifier={part.qualifier} />{' '}
              {part.value === 1 && part.singular ? part.singular : part.label}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function DurationValue({ figure, asOf }: { figure: DurationFigure; asOf: string }) {
  const duration = durationOf(figure, asOf);
  return (
    <>
      <p className="measure">
        <span className="measure-value">
          <data value={duration.days}>{formatCount(duration.days)}</data>
        </span>{' '}
        <span className="measure-label">{duration.days === 1 ? 'day' : 'days'}</span>
      </p>
      <p className="duration-span">
        from <DateText date={duration.start} /> to <DateText date={duration.end} />
        {duration.ongoing && <span className="ongoing">, the dataset’s date, and still ongoing then</span>}
      </p>
    </>
  );
}

interface FigureCardProps {
  figure: Figure;
  dataset: Pick<Dataset, 'asOf'>;
  index: DatasetIndex;
}

export function FigureCard({ figure, dataset, index }: FigureCardProps) {
  const attributions = figureAttributions(figure, index);
  const claimant = attributions[0]?.claimant;
  return (
    <figure className={`figure-card status-${figure.status}`} aria-label={figureSentence(figure, dataset, index)}>
      <figcaption className="figure-label">{figure.label}</figcaption>
      {figure.kind === 'duration' ? <DurationValue figure={figure} asOf={dataset.asOf} /> : <CountValue figure={figure} />}
      {figure.status === 'alleged' && claimant && (
        <p className="allegation-note">Allegation by {claimant}, not independently verified.</p>
      )}
      <footer className="figure-meta">
        <StatusBadge status={figure.status} />
        <SourceBadge attribution={attributions[0]} others={attributions.length - 1} />
        <span className="figure-date">
          <span className="visually-hidden">As of </span>
          <DateText date={figureDate(figure, dataset.asOf)} />
        </span>
      </footer>
    </figure>
  );
}
