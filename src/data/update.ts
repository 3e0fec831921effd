import { z } from 'zod';
import {
  countFigureSchema,
  datasetSchema,
  datasetShapeSchema,
  durationFigureSchema,
  idSchema,
  measureSchema,
  statusSchema,
  type CountFigure,
  type Dataset,
  type DurationFigure,
  type HistoryPoint,
} from './schema';
import { compareDates } from './dates';
import { formatPath, type Validated, type ValidationIssue } from './validate';

/*
 * A partial update changes a dataset without retyping it: new figures for
 * existing figures, plus any sources, citations and events they need. Every
 * field reuses the dataset schema's own definition, so an update can never
 * accept a value the dataset would refuse.
 */

/* Everything but the key may be left out: it is then kept from the current measure. */
export const measureUpdateSchema = measureSchema.partial({ label: true, qualifier: true });

/*
 * One object for both kinds, because the kind is the existing figure's: which
 * fields apply is checked against it when the update is applied.
 */
export const figureUpdateSchema = z.strictObject({
  id: idSchema,
  date: countFigureSchema.shape.date.optional(),
  measures: z.array(measureUpdateSchema).min(1, 'Give at least one measure').max(10).optional(),
  start: durationFigureSchema.shape.start.optional(),
  end: durationFigureSchema.shape.end,
  citations: countFigureSchema.shape.citations,
  status: statusSchema.optional(),
  note: countFigureSchema.shape.note,
});

const { sources, citations, events, asOf } = datasetShapeSchema.shape;

export const partialUpdateSchema = z.strictObject({
  dataset: idSchema,
  asOf: asOf.optional(),
  sources: sources.optional(),
  citations: citations.optional(),
  events: events.optional(),
  figures: z.array(figureUpdateSchema).max(100_000).optional(),
});

export type FigureUpdate = z.infer<typeof figureUpdateSchema>;
export type PartialUpdate = z.infer<typeof partialUpdateSchema>;

const LISTS = ['sources', 'citations', 'events', 'figures'] as const;
type List = (typeof LISTS)[number];
const COUNT_ONLY = ['date', 'measures'] as const;
const DURATION_ONLY = ['start', 'end'] as const;

/**
 * Merges an update into a dataset and validates the result with every rule a
 * whole dataset must pass. Issue paths point into the update where the
 * problem lies there; problems only visible in the merged dataset keep its
 * path and say "After merging".
 */
export function applyUpdate(dataset: Dataset, update: PartialUpdate, now: string): Validated<Dataset> {
  const issues = checkUpdate(dataset, update);
  if (issues.length > 0) return { ok: false, issues };

  const figures = new Map((update.figures ?? []).map((u) => [u.id, u]));
  const merged: Dataset = {
    ...dataset,
    asOf: update.asOf ?? dataset.asOf,
    revision: dataset.revision + 1,
    updatedAt: now,
    sources: upsert(dataset.sources, update.sources),
    citations: upsert(dataset.citations, update.citations),
    events: upsert(dataset.events, update.events),
    figures: dataset.figures.map((figure) => {
      const change = figures.get(figure.id);
      if (!change) return figure;
      return figure.kind === 'count' ? mergeCount(figure, change) : mergeDuration(figure, change);
    }),
  };

  const result = datasetSchema.safeParse(merged);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const inUpdate = locateInUpdate(issue.path, merged, update);
      return inUpdate
        ? { path: formatPath(inUpdate), message: issue.message }
        : { path: formatPath(issue.path), message: `After merging: ${issue.message}` };
    }),
  };
}

/* The checks that need the current dataset but not the merge: they can name the exact field of the update. */
function checkUpdate(dataset: Dataset, update: PartialUpdate): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path: formatPath(path), message });

  if (update.dataset !== dataset.id) {
    add(['dataset'], `This update is for dataset "${update.dataset}", but the dataset open is "${dataset.id}"`);
  }
  if (update.asOf && compareDates(update.asOf, dataset.asOf) < 0) {
    add(['asOf'], `The dataset's date cannot move backwards: it is ${dataset.asOf}, the update says ${update.asOf}`);
  }
  if (!update.asOf && LISTS.every((list) => !update[list]?.length)) {
    add([], 'The update changes nothing: give at least one of asOf, sources, citations, events or figures');
  }
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    update[list]?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add([list, i, 'id'], `"${item.id}" is already in ${list}[${first}]: give each id once per update`);
    });
  }

  const existing = new Map(dataset.figures.map((f) => [f.id, f]));
  update.figures?.forEach((change, i) => {
    const at = (...rest: PropertyKey[]) => ['figures', i, ...rest];
    const figure = existing.get(change.id);
    if (!figure) {
      add(
        at('id'),
        `No such figure "${change.id}": an update changes existing figures; add new ones by importing a whole dataset`,
      );
      return;
    }
    const [foreign, other] = figure.kind === 'count' ? [DURATION_ONLY, 'duration'] : [COUNT_ONLY, 'count'];
    for (const field of foreign) {
      if (change[field] !== undefined)
        add(at(field), `"${change.id}" is a ${figure.kind}: "${field}" belongs to a ${other} figure`);
    }
    if (figure.kind === 'duration') return;

    for (const field of COUNT_ONLY) {
      if (change[field] === undefined) add(at(field), `An update to the count "${change.id}" needs "${field}"`);
    }
    if (change.date && compareDates(change.date, figure.date) < 0) {
      add(at('date'), `Earlier than the figure's current date (${figure.date}): an update cannot go back in time`);
    }
    const keys = figure.measures.map((m) => m.key);
    const given = new Set<string>();
    change.measures?.forEach((measure, j) => {
      if (!keys.includes(measure.key)) {
        add(at('measures', j, 'key'), `Unknown measure "${measure.key}": this figure measures ${keys.join(', ')}`);
      } else if (given.has(measure.key)) {
        add(at('measures', j, 'key'), `Measure "${measure.key}" is given twice`);
      }
      given.add(measure.key);
    });
  });
  return issues;
}

/* Replaces items by id and appends new ones, keeping the dataset's order. */
function upsert<T extends { id: string }>(items: T[], changes: T[] = []): T[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const known = new Set(items.map((item) => item.id));
  return [...items.map((item) => byId.get(item.id) ?? item), ...changes.filter((c) => !known.has(c.id))];
}

/*
 * The current state becomes a history point, note included: a count's note
 * explains its current value (the cumulative rule reads it so), so it goes
 * with that value and the new value carries only the update's note.
 */
function mergeCount(figure: CountFigure, change: FigureUpdate): CountFigure {
  const point: HistoryPoint = {
    date: figure.date,
    values: Object.fromEntries(figure.measures.map((m) => [m.key, m.value])),
    citations: figure.citations,
    note: figure.note,
  };
  const measures = new Map((change.measures ?? []).map((m) => [m.key, m]));
  return {
    ...figure,
    date: change.date ?? figure.date,
    measures: figure.measures.map((m) => ({ ...m, ...measures.get(m.key) })),
    citations: change.citations,
    status: change.status ?? figure.status,
    note: change.note,
    history: [...(figure.history ?? []), point],
  };
}

/* A duration has no history to keep an old note in, so its note stays unless replaced. */
function mergeDuration(figure: DurationFigure, change: FigureUpdate): DurationFigure {
  return {
    ...figure,
    start: change.start ?? figure.start,
    end: change.end ?? figure.end,
    citations: change.citations,
    status: change.status ?? figure.status,
    note: change.note ?? figure.note,
  };
}

/* Where in the update a problem found in the merged dataset was written, or null when the update did not write it. */
function locateInUpdate(path: PropertyKey[], merged: Dataset, update: PartialUpdate): PropertyKey[] | null {
  const [list, index, ...rest] = path;
  if (!isList(list) || typeof index !== 'number') return null;

  const id = merged[list][index]?.id;
  const i = update[list]?.findIndex((item) => item.id === id) ?? -1;
  if (i < 0) return null;
  if (list !== 'figures') return [list, i, ...rest];

  const change = update.figures?.[i];
  const figure = merged.figures[index];
  if (!change || !figure) return null;
  const [field, m, ...inMeasure] = rest;
  if (field === 'measures' && typeof m === 'number' && figure.kind === 'count') {
    const key = figure.measures[m]?.key;
    const j = change.measures?.findIndex((measure) => measure.key === key) ?? -1;
    const given = change.measures?.[j];
    if (!given) return null;
    // A breakdown kept from before that no longer fits points at the new value that broke it.
    if (inMeasure[0] === 'breakdown' && !given.breakdown) return ['figures', i, 'measures', j, 'value'];
    return ['figures', i, 'measures', j, ...inMeasure];
  }
  return typeof field === 'string' && field in change ? ['figures', i, ...rest] : null;
}

function isList(value: PropertyKey | undefined): value is List {
  return LISTS.includes(value as List);
}
