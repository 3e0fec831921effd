import { z } from 'zod';
import { claimSchema, datasetShapeSchema, figureSchema, idSchema, type Dataset } from '../schema/schema';
import { datasetSchema } from '../ledger/dataset-schema';
import { compareDates } from '../schema/dates';
import { formatPath } from '../checks/issue-places';
import type { Validated, ValidationIssue } from '../schema/issues';
import { safeCheck, validateWith } from '../checks/validate';
import {
  convertLegacyFigureUpdates,
  LEGACY_UPDATE_NOTICE,
  legacyUpdateFiguresSchema,
  looksLegacyUpdate,
} from '../checks/legacy';
import { currentValues, indexClaims } from '../ledger/claims';
import { checkMergedDataset } from '../checks/merged-check';

/*
 * An update appends records to a dataset: new claims (never replacing one
 * already there: a correction is a new claim that supersedes it), new or
 * redefined figures, and the sources, citations and events they need. Every
 * record reuses the dataset schema's own definition, so an update can never
 * accept a value the dataset would refuse.
 */

const { sources, citations, events, asOf } = datasetShapeSchema.shape;

export const partialUpdateSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  dataset: idSchema,
  asOf: asOf.optional(),
  sources: sources.optional(),
  citations: citations.optional(),
  figures: z.array(figureSchema).max(100_000).optional(),
  claims: z.array(claimSchema).max(2_000_000).optional(),
  events: events.optional(),
});

export type PartialUpdate = z.infer<typeof partialUpdateSchema>;

const LISTS = ['sources', 'citations', 'figures', 'claims', 'events'] as const;
type List = (typeof LISTS)[number];

/* The latest date an update speaks of: the dataset's date moves up to it unless the update names its own. */
function latestDate(update: PartialUpdate): string | undefined {
  const dates = [
    ...(update.claims ?? []).map((c) => c.date),
    ...(update.events ?? []).map((e) => e.date),
    ...(update.citations ?? []).map((c) => c.publishedOn),
  ];
  return dates.reduce<string | undefined>(
    (max, d) => (max === undefined || compareDates(d, max) > 0 ? d : max),
    undefined,
  );
}

function laterOf(a: string, b: string | undefined): string {
  return b !== undefined && compareDates(b, a) > 0 ? b : a;
}

export interface UpdateOptions {
  /** The dataset is as the schema gave it and unchanged since (the server's stored revision): see data/merged-check. */
  checked?: boolean;
}

/**
 * Merges an update into a dataset and validates the result with every rule a
 * whole dataset must pass. Issue paths point into the update where the
 * problem lies there; problems only visible in the merged dataset keep its
 * path and say "After merging".
 */
export function applyUpdate(
  dataset: Dataset,
  given: PartialUpdate,
  now: string,
  options: UpdateOptions = {},
): Validated<Dataset> {
  const issues = [...checkUpdate(dataset, given), ...checkNotFuture(given, now)];
  if (issues.length > 0) return { ok: false, issues };
  // Records read by the schema's own definitions, so the merged dataset need not be read again whole.
  const read = options.checked ? safeCheck(partialUpdateSchema, given) : null;
  const update = read?.success ? read.data : given;

  const merged: Dataset = {
    ...dataset,
    asOf: update.asOf ?? laterOf(dataset.asOf, latestDate(update)),
    revision: dataset.revision + 1,
    updatedAt: now,
    sources: upsert(dataset.sources, update.sources),
    citations: upsert(dataset.citations, update.citations),
    figures: upsert(dataset.figures, update.figures),
    claims: [...dataset.claims, ...(update.claims ?? [])],
    events: upsert(dataset.events, update.events),
  };

  const result = read?.success ? checkMergedDataset(merged) : safeCheck(datasetSchema, merged);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const inUpdate = locateInUpdate(issue.path, merged, dataset, update);
      return inUpdate
        ? { path: formatPath(inUpdate), message: issue.message }
        : { path: formatPath(issue.path), message: `After merging: ${issue.message}` };
    }),
  };
}

/**
 * An update as a person or an older tool may hand it over: an update in the
 * earlier format (new values written into figures) is converted to claims
 * first, and says so.
 */
export function readUpdate(value: unknown, dataset: Dataset): Validated<PartialUpdate> & { notices: string[] } {
  if (!looksLegacyUpdate(value)) return { ...validateWith(partialUpdateSchema, value), notices: [] };
  const notices = [LEGACY_UPDATE_NOTICE];
  const { figures, ...rest } = value as Record<string, unknown>;
  const others = validateWith(partialUpdateSchema.omit({ figures: true }), rest);
  const legacy = validateWith(z.object({ figures: legacyUpdateFiguresSchema }), { figures });
  if (!others.ok || !legacy.ok) {
    return { ok: false, issues: [...(others.ok ? [] : others.issues), ...(legacy.ok ? [] : legacy.issues)], notices };
  }
  const claims = indexClaims(dataset.claims);
  const converted = convertLegacyFigureUpdates(legacy.data.figures, dataset, (figure) => {
    const shown = currentValues(figure, claims);
    return {
      status: shown[0]?.claim.status,
      qualifiers: new Map(shown.map((v) => [v.measure.key, v.value.qualifier ?? 'exact'])),
    };
  });
  if (converted.unknown.length > 0) {
    return {
      ok: false,
      issues: converted.unknown.map((i) => ({
        path: formatPath(['figures', i, 'id']),
        message: `No such figure "${legacy.data.figures[i]!.id}": an update in the earlier format changes existing figures only`,
      })),
      notices,
    };
  }
  return {
    ok: true,
    data: {
      ...others.data,
      ...(converted.figures.length ? { figures: converted.figures } : {}),
      ...(converted.claims.length || others.data.claims
        ? { claims: [...(others.data.claims ?? []), ...converted.claims] }
        : {}),
    },
    notices,
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
    add([], 'The update changes nothing: give at least one of asOf, sources, citations, figures, claims or events');
  }
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    update[list]?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add([list, i, 'id'], `"${item.id}" is already in ${list}[${first}]: give each id once per update`);
    });
  }
  const existing = new Set(dataset.claims.map((c) => c.id));
  update.claims?.forEach((claim, i) => {
    if (existing.has(claim.id)) {
      add(
        ['claims', i, 'id'],
        `Claim "${claim.id}" is already recorded, and claims are never edited: add a new claim with "supersedes": "${claim.id}" to correct it`,
      );
    }
  });
  return issues;
}

/*
 * A dataset describes what has happened: nothing in an update may be dated
 * after the day it is applied, or the dataset's date would run ahead and no
 * later update could bring it back (it never moves backwards).
 */
function checkNotFuture(update: PartialUpdate, now: string): ValidationIssue[] {
  const today = now.slice(0, 10);
  const issues: ValidationIssue[] = [];
  const check = (date: string | undefined, path: PropertyKey[]) => {
    if (date !== undefined && compareDates(date, today) > 0) {
      issues.push({ path: formatPath(path), message: `${date} is in the future: the update is applied on ${today}` });
    }
  };
  check(update.asOf, ['asOf']);
  update.claims?.forEach((c, i) => check(c.date, ['claims', i, 'date']));
  update.events?.forEach((e, i) => check(e.date, ['events', i, 'date']));
  update.citations?.forEach((c, i) => check(c.publishedOn, ['citations', i, 'publishedOn']));
  return issues;
}

/* Replaces items by id and appends new ones, keeping the dataset's order. */
function upsert<T extends { id: string }>(items: T[], changes: T[] = []): T[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const known = new Set(items.map((item) => item.id));
  return [...items.map((item) => byId.get(item.id) ?? item), ...changes.filter((c) => !known.has(c.id))];
}

/* Where in the update a problem found in the merged dataset was written, or null when the update did not write it. */
function locateInUpdate(
  path: PropertyKey[],
  merged: Dataset,
  before: Dataset,
  update: PartialUpdate,
): PropertyKey[] | null {
  const [list, index, ...rest] = path;
  if (!isList(list) || typeof index !== 'number') return null;
  if (list === 'claims') {
    const i = index - before.claims.length;
    return i >= 0 ? ['claims', i, ...rest] : null;
  }
  const id = merged[list][index]?.id;
  const i = update[list]?.findIndex((item) => item.id === id) ?? -1;
  return i < 0 ? null : [list, i, ...rest];
}

function isList(value: PropertyKey | undefined): value is List {
  return LISTS.includes(value as List);
}
