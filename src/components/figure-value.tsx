import type { CountFigure, DurationFigure, Figure, Measure } from '../data/schema';
import { durationOf } from '../data/figures';
import { formatCount, plural, qualifierWord } from '../data/format';
import { DateText } from './date-text';

export function QualifiedNumber({ value, qualifier }: Pick<Measure, 'value' | 'qualifier'>) {
  const word = qualifierWord(qualifier);
  return (
    <>
      {word && <span className="qualifier">{word} </span>}
      <data value={value}>{formatCount(value)}</data>
    </>
  );
}

function label(item: { value: number; label: string; singular?: string }): string {
  return item.value === 1 && item.singular ? item.singular : item.label;
}

function CountValue({ figure }: { figure: CountFigure }) {
  return (
    <ul className="measures">
      {figure.measures.map((measure) => (
        <li key={measure.key} className="measure">
          <span className="measure-value">
            <QualifiedNumber value={measure.value} qualifier={measure.qualifier} />
          </span>{' '}
          <span className="measure-label">{label(measure)}</span>
          {measure.breakdown?.map((part) => (
            <span key={part.label} className="breakdown">
              {', of whom '}
              <QualifiedNumber value={part.value} qualifier={part.qualifier} /> {label(part)}
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
        <span className="measure-label">{plural(duration.days, 'day')}</span>
      </p>
      <p className="duration-span">
        from <DateText date={duration.start} /> to <DateText date={duration.end} />
        {duration.ongoing && <span className="ongoing">, the dataset’s date, and still ongoing then</span>}
      </p>
    </>
  );
}

/* The value of any figure as markup: numbers in <data>, dates in <time>, qualifiers as words. */
export function FigureValue({ figure, asOf }: { figure: Figure; asOf: string }) {
  return figure.kind === 'duration' ? <DurationValue figure={figure} asOf={asOf} /> : <CountValue figure={figure} />;
}
