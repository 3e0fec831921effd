import { z } from 'zod';
import {
  breakdownItemSchema,
  countSchema,
  datasetShapeSchema,
  durationFigureSchema,
  idSchema,
  isoDateSchema,
  MAX_HEADLINES,
  qualifierSchema,
  statusSchema,
  type Claim,
  type CountFigure,
  type Dataset,
  type Figure,
} from '../schema/schema';
import { compareDates } from '../schema/dates';

/*
 * The first data format kept each figure's value inside the figure, with its
 * earlier values in `history` and other parties' numbers in `otherClaims`.
 * Files and exports in that format are still read: they are converted to
 * claims, one per citation, so that nothing they said is lost.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const citationIds = z.array(idSchema).min(1, 'Cite at least one citation');
const valuesByMeasure = z.record(idSchema, countSchema);

const legacyMeasureSchema = z.strictObject({
  key: idSchema,
  label: text(120),
  singular: text(120).optional(),
  value: countSchema,
  qualifier: qualifierSchema,
  breakdown: z.array(breakdownItemSchema).max(50).optional(),
});

const legacyCountSchema = z.strictObject({
  id: idSchema,
  label: text(160),
  status: statusSchema,
  citations: citationIds,
  headline: z.boolean().optional(),
  note: text(2000).optional(),
  kind: z.literal('count'),
  unit: text(40),
  date: isoDateSchema,
  measures: z.array(legacyMeasureSchema).min(1).max(10),
  cumulative: z.boolean().optional(),
  history: z
    .array(
      z.strictObject({
        date: isoDateSchema,
        values: valuesByMeasure,
        citations: citationIds,
        note: text(2000).optional(),
      }),
    )
    .max(100_000)
    .optional(),
  otherClaims: z
    .array(
      z.strictObject({
        date: isoDateSchema,
        values: valuesByMeasure,
        qualifier: qualifierSchema,
        status: statusSchema,
        citations: citationIds,
        note: text(2000).optional(),
      }),
    )
    .max(1000)
    .optional(),
});

const legacyDurationSchema = durationFigureSchema.safeExtend({ headline: z.boolean().optional() });

export const legacyDatasetSchema = datasetShapeSchema.omit({ claims: true, figures: true }).extend({
  figures: z.array(z.discriminatedUnion('kind', [legacyCountSchema, legacyDurationSchema])).max(100_000),
});

type LegacyCount = z.infer<typeof legacyCountSchema>;
export type LegacyDataset = z.infer<typeof legacyDatasetSchema>;

/** A document in the first format: figures carry their own values and there is no claims list. */
export function looksLegacy(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, 'claims')) return false;
  const figures = (value as { figures?: unknown }).figures;
  return (
    Array.isArray(figures) &&
    figures.some(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        (f as { kind?: unknown }).kind === 'count' &&
        (Object.hasOwn(f, 'date') || Object.hasOwn(f, 'citations')),
    )
  );
}

export const LEGACY_NOTICE =
  'This file is in the earlier format (values inside figures); it was converted to claims, one per cited report. Export to save it in the current format.';

export function convertLegacyDataset(legacy: LegacyDataset): Dataset {
  const taken = new Set<string>();
  const claims: Claim[] = [];
  const figures: Figure[] = legacy.figures.map((figure) => {
    if (figure.kind === 'count') return convertCount(figure, claims, taken);
    const { headline: _headline, ...duration } = figure;
    return duration;
  });
  const { figures: _figures, ...rest } = legacy;
  const headlines = legacy.headlines ?? headlinesOf(legacy.figures);
  return { ...rest, ...(headlines && { headlines }), figures, claims };
}

/*
 * Before the dataset listed its headline figures in `headlines`, each figure
 * said whether it was one (`"headline": true`). Such files, exports and saved
 * copies are still read: the marked figures become the list, in the figures'
 * order.
 */

/** The ids of the figures marked headline, in order, at most as many as a dataset may list; none when none is marked. */
function headlinesOf(figures: { id: string; headline?: unknown }[]): string[] | undefined {
  const marked = figures.filter((f) => f.headline === true).map((f) => f.id);
  return marked.length > 0 ? marked.slice(0, MAX_HEADLINES) : undefined;
}

/** A document whose figures mark the headline ones themselves, with no `headlines` list of its own. */
export function hasHeadlineFlags(value: unknown): value is { figures: Record<string, unknown>[] } {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, 'headlines')) return false;
  const figures = (value as { figures?: unknown }).figures;
  return (
    Array.isArray(figures) &&
    figures.some((f) => typeof f === 'object' && f !== null && Object.hasOwn(f, 'headline')) &&
    figures.every(
      (f) => typeof f !== 'object' || f === null || !Object.hasOwn(f, 'headline') || typeof f.headline === 'boolean',
    )
  );
}

export function headlineNotice(marked: number): string {
  const dropped =
    marked > MAX_HEADLINES
      ? ` Only the first ${MAX_HEADLINES} of the ${marked} marked are kept as headlines: the others are listed below them.`
      : '';
  return `This file marks its headline figures on each figure ("headline": true); they were converted to the dataset's "headlines" list, in the figures' order.${dropped} Export to save it in the current format.`;
}

/** The same document with the marks turned into `headlines`, and a notice saying so. Leaves the given value alone. */
export function convertHeadlineFlags(value: { figures: Record<string, unknown>[] }): {
  value: unknown;
  notice: string;
} {
  const figures = value.figures.map((figure) => {
    if (typeof figure !== 'object' || figure === null) return figure;
    const { headline: _headline, ...rest } = figure;
    return rest;
  });
  const marked = value.figures.filter((f) => typeof f === 'object' && f !== null && f.headline === true);
  const headlines = headlinesOf(marked.map((f) => ({ id: String(f.id), headline: true })));
  return { value: { ...value, ...(headlines && { headlines }), figures }, notice: headlineNotice(marked.length) };
}

function convertCount(figure: LegacyCount, claims: Claim[], taken: Set<string>): CountFigure {
  const newId = (date: string) => {
    const base = `${figure.id.slice(0, 60).replace(/-+$/, '')}-${date}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const perCitation = (citations: string[], make: (citation: string) => Omit<Claim, 'id' | 'citation'>) => {
    for (const citation of citations) {
      const claim = make(citation);
      claims.push({ id: newId(claim.date), citation, ...claim });
    }
  };

  const history = [...(figure.history ?? [])].sort((a, b) => compareDates(a.date, b.date));
  for (const point of history) {
    perCitation(point.citations, () => ({
      figure: figure.id,
      date: point.date,
      // Earlier values had no qualifier and were shown as plain numbers.
      values: Object.entries(point.values).map(([measure, value]) => ({ measure, value, qualifier: 'exact' as const })),
      status: figure.status,
      ...(point.note ? { note: point.note } : {}),
    }));
  }
  for (const other of figure.otherClaims ?? []) {
    perCitation(other.citations, () => ({
      figure: figure.id,
      date: other.date,
      values: Object.entries(other.values).map(([measure, value]) => ({
        measure,
        value,
        qualifier: other.qualifier,
      })),
      status: other.status,
      ...(other.note ? { note: other.note } : {}),
    }));
  }
  const firstCurrent = claims.length;
  perCitation(figure.citations, () => ({
    figure: figure.id,
    date: figure.date,
    values: figure.measures.map((m) => ({
      measure: m.key,
      value: m.value,
      qualifier: m.qualifier,
      ...(m.breakdown ? { breakdown: m.breakdown } : {}),
    })),
    status: figure.status,
    ...(figure.note ? { note: figure.note } : {}),
  }));

  // The figure's own value was always the one shown; keep it so when another party spoke later.
  const laterOther = (figure.otherClaims ?? []).some((c) => compareDates(c.date, figure.date) > 0);
  const shownId = claims[firstCurrent]?.id;
  return {
    id: figure.id,
    label: figure.label,
    kind: 'count',
    unit: figure.unit,
    measures: figure.measures.map(({ key, label, singular }) => ({ key, label, ...(singular ? { singular } : {}) })),
    ...(figure.cumulative !== undefined ? { cumulative: figure.cumulative } : {}),
    ...(laterOther && shownId
      ? { shown: { claim: shownId, reason: 'The value this figure showed before its claims were kept one by one.' } }
      : {}),
  };
}

/**
 * An update whose figures say whether they are headlines, as updates did
 * before `headlines`: the figures it marks become the first headline cards,
 * the current ones (`current`, in order) follow unless it unmarks them, and
 * past six the last are no longer headlines. Leaves the given value alone.
 */
export function convertUpdateHeadlineFlags(
  value: { figures: Record<string, unknown>[] },
  current: string[],
): { value: unknown; notice: string } {
  const flagged = (flag: boolean) =>
    value.figures.filter((f) => typeof f === 'object' && f !== null && f.headline === flag).map((f) => String(f.id));
  const [marked, unmarked] = [flagged(true), flagged(false)];
  const list = [...new Set([...marked, ...current.filter((id) => !unmarked.includes(id))])];
  const headlines = list.slice(0, MAX_HEADLINES);
  const dropped = list.slice(MAX_HEADLINES);
  const figures = value.figures.map((figure) => {
    if (typeof figure !== 'object' || figure === null) return figure;
    const { headline: _headline, ...rest } = figure;
    return rest;
  });
  const fell =
    dropped.length > 0
      ? ` ${dropped.map((id) => `"${id}"`).join(' and ')} ${dropped.length === 1 ? 'is' : 'are'} no longer ${dropped.length === 1 ? 'a headline' : 'headlines'}: there are at most ${MAX_HEADLINES}.`
      : '';
  return {
    value: { ...value, ...(headlines.length > 0 && { headlines }), figures },
    notice: `This update marks headline figures on each figure ("headline": true); they were made the first headline cards, the others following in their order.${fell} Give "headlines" instead to choose the order.`,
  };
}

const legacyFigureUpdateSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema.optional(),
  measures: z
    .array(
      legacyMeasureSchema
        .partial({ label: true, qualifier: true, value: true })
        .extend({ value: countSchema.optional() }),
    )
    .min(1)
    .max(10)
    .optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  citations: citationIds,
  status: statusSchema.optional(),
  note: text(2000).optional(),
});

export const legacyUpdateFiguresSchema = z.array(legacyFigureUpdateSchema).max(100_000);
type LegacyFigureUpdate = z.infer<typeof legacyFigureUpdateSchema>;

/** An update in the first format changes figures by id without saying their kind. */
export function looksLegacyUpdate(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const figures = (value as { figures?: unknown }).figures;
  return (
    Array.isArray(figures) && figures.some((f) => typeof f === 'object' && f !== null && !Object.hasOwn(f, 'kind'))
  );
}

export const LEGACY_UPDATE_NOTICE =
  'This update is in the earlier format (new values written into figures); each new value was converted to a claim.';

/*
 * A first-format figure update becomes what it meant: for a count, a new
 * claim per citation (qualifier and status kept from the value shown when
 * left out); for a duration, its new dates. Figures it does not know are
 * passed on unchanged, so the update's own checks name them.
 */
export function convertLegacyFigureUpdates(
  changes: LegacyFigureUpdate[],
  dataset: Dataset,
  shownOf: (figure: CountFigure) => { status?: Claim['status']; qualifiers: Map<string, string> },
): { figures: Figure[]; claims: Claim[]; unknown: number[] } {
  const existing = new Map(dataset.figures.map((f) => [f.id, f]));
  const taken = new Set(dataset.claims.map((c) => c.id));
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const unknown: number[] = [];
  changes.forEach((change, i) => {
    const figure = existing.get(change.id);
    if (!figure) {
      unknown.push(i);
      return;
    }
    if (figure.kind === 'duration') {
      // A new end is dated by the citations the update gives; an end already there keeps its own.
      const end = change.end ?? figure.end;
      const endCitation = change.end !== undefined ? change.citations[0] : figure.endCitation;
      const { end: _end, endCitation: _endCitation, ...rest } = figure;
      figures.push({
        ...rest,
        start: change.start ?? figure.start,
        ...(end !== undefined && endCitation !== undefined ? { end, endCitation } : {}),
        citations: change.citations,
        status: change.status ?? figure.status,
        ...((change.note ?? figure.note) ? { note: change.note ?? figure.note } : {}),
      });
      return;
    }
    const shown = shownOf(figure);
    const date = change.date ?? dataset.asOf;
    for (const citation of change.citations) {
      const base = `${figure.id.slice(0, 60).replace(/-+$/, '')}-${date}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      claims.push({
        id,
        figure: figure.id,
        date,
        values: (change.measures ?? []).flatMap((m) =>
          m.value === undefined
            ? []
            : [
                {
                  measure: m.key,
                  value: m.value,
                  qualifier: m.qualifier ?? qualifierSchema.catch('exact').parse(shown.qualifiers.get(m.key)),
                  ...(m.breakdown ? { breakdown: m.breakdown } : {}),
                },
              ],
        ),
        status: change.status ?? shown.status ?? 'reported',
        citation,
        ...(change.note ? { note: change.note } : {}),
      });
    }
  });
  return { figures, claims, unknown };
}
