import type { BreakdownItem, ClaimValue, CountFigure, DurationFigure, Figure, Measure } from '../data/schema/schema';
import { durationOf, measureLabelRepeats, unitAfterNumber, type DatasetIndex } from '../data/words/figures';
import { currentValues, type ShownValue } from '../data/ledger/claims';
import { formatCount, formatNumber, plural, qualifierWord } from '../data/words/format';
import { DateText } from './date-text';

export function QualifiedNumber({
  value,
  qualifier,
  decimals,
}: Pick<BreakdownItem, 'value' | 'qualifier'> & { decimals?: boolean }) {
  const word = qualifierWord(qualifier);
  return (
    <>
      {word && <span className="qualifier">{word} </span>}
      <data value={value}>{formatNumber(value, decimals)}</data>
    </>
  );
}

/* A claim's number: qualified, or a range with both ends machine-readable. */
export function ClaimNumber({ value, measure }: { value: ClaimValue; measure: Pick<Measure, 'decimals'> }) {
  if (value.value !== undefined) {
    return <QualifiedNumber value={value.value} qualifier={value.qualifier ?? 'exact'} decimals={measure.decimals} />;
  }
  return (
    <>
      <span className="qualifier">between </span>
      <data value={value.low}>{formatNumber(value.low ?? 0, measure.decimals)}</data>
      <span className="qualifier"> and </span>
      <data value={value.high}>{formatNumber(value.high ?? 0, measure.decimals)}</data>
    </>
  );
}

function label(item: { value?: number; label: string; singular?: string }): string {
  return item.value === 1 && item.singular ? item.singular : item.label;
}

type FigureOfMeasure = Pick<CountFigure, 'label' | 'measures' | 'unit'>;

/*
 * A measure with a unit of its own reads "label: number unit"; otherwise the
 * label follows the number. A label that only repeats the unit, or the label
 * of the figure it is the one measure of, is left out: "270 people".
 */
export function MeasureValue({
  measure,
  value,
  figure,
}: {
  measure: Measure;
  value: ClaimValue;
  figure?: FigureOfMeasure;
}) {
  const number = (
    <span className="measure-value">
      <ClaimNumber value={value} measure={measure} />
    </span>
  );
  const repeats = measureLabelRepeats(measure, figure);
  const unit = measure.unit ?? (repeats ? figure?.unit : undefined);
  return (
    <>
      {unit === undefined ? (
        <>
          {number} <span className="measure-label">{label({ ...measure, value: value.value })}</span>
        </>
      ) : (
        <>
          {!repeats && <span className="measure-label">{measure.label}: </span>}
          {number}
          <span className="measure-unit">{unitAfterNumber(unit)}</span>
        </>
      )}
      {value.breakdown?.map((part) => (
        <span key={part.label} className="breakdown">
          {', of whom '}
          <QualifiedNumber value={part.value} qualifier={part.qualifier} /> {label(part)}
        </span>
      ))}
    </>
  );
}

function CountValue({ figure, values }: { figure: CountFigure; values: ShownValue[] }) {
  if (values.length === 0) return <p className="measure muted">No value reported yet</p>;
  return (
    <ul className="measures">
      {values.map(({ measure, value }) => (
        <li key={measure.key} className="measure">
          <MeasureValue measure={measure} value={value} figure={figure} />
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
export function FigureValue({ figure, asOf, index }: { figure: Figure; asOf: string; index: DatasetIndex }) {
  return figure.kind === 'duration' ? (
    <DurationValue figure={figure} asOf={asOf} />
  ) : (
    <CountValue figure={figure} values={currentValues(figure, index.claims)} />
  );
}
