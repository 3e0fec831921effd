import { z } from 'zod';
import {
  claimSchema,
  datasetAboutSchema,
  datasetShapeSchema,
  figureSchema,
  headlinesSchema,
  idSchema,
  topicSchema,
  type Citation,
  type Claim,
  type CrisisEvent,
  type Dataset,
  type Figure,
} from '../schema/schema';
import { datasetSchema } from '../ledger/dataset-schema';
import { compareDates } from '../schema/dates';
import { formatPath } from '../checks/issue-places';
import type { Validated, ValidationIssue } from '../schema/issues';
import { safeCheck, validateWith } from '../checks/validate';
import {
  convertLegacyFigureUpdates,
  convertUpdateHeadlineFlags,
  hasHeadlineFlags,
  LEGACY_UPDATE_NOTICE,
  legacyUpdateFiguresSchema,
  looksLegacyUpdate,
} from '../checks/legacy';
import { currentValues, indexClaims } from '../ledger/claims';
import { checkMergedDataset } from '../checks/merged-check';
import { splitFigures } from '../words/figures';

/*
 * An update appends records to a dataset: new claims (never replacing one
 * already there: a correction is a new claim that supersedes it), new or
 * redefined figures, and the sources, citations and events they need; and
 * the maintainers' choices: the headline figures, the topics, what the
 * about page says. Every record reuses the dataset schema's own definition,
 * so an update can never accept a value the dataset would refuse.
 *
 * Applying is idempotent: what is already in the record (the same claim,
 * whatever its id; the same event; a record identical to the stored one) is
 * counted, not added again, and an update that brings nothing new leaves the
 * dataset as it was, revision and all.
 */

const { sources, citations, events, asOf } = datasetShapeSchema.shape;

export const partialUpdateSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  dataset: idSchema,
  asOf: asOf.optional(),
  about: datasetAboutSchema.optional(),
  headlines: headlinesSchema.optional(),
  topics: z.array(topicSchema).max(1000).optional(),
  sources: sources.optional(),
  citations: citations.optional(),
  figures: z.array(figureSchema).max(100_000).optional(),
  claims: z.array(claimSchema).max(2_000_000).optional(),
  events: events.optional(),
});

export type PartialUpdate = z.infer<typeof partialUpdateSchema>;

const LISTS = ['topics', 'sources', 'citations', 'figures', 'claims', 'events'] as const;
type List = (typeof LISTS)[number];

/** Records an update gave that the dataset already held, so they were not added again. */
export interface AlreadyInRecord {
  claims: number;
  events: number;
}

/**
 * A merged update: the dataset it makes, what of it was already in the
 * record, and whether nothing changed at all (then `data` is the dataset
 * given, the same revision and updatedAt).
 */
export type Merged =
  | { ok: true; data: Dataset; alreadyInRecord: AlreadyInRecord; unchanged: boolean }
  | { ok: false; issues: ValidationIssue[] };

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
export function applyUpdate(dataset: Dataset, given: PartialUpdate, now: string, options: UpdateOptions = {}): Merged {
  /*
   * Records as the schema gives them (trimmed, in NFC), so they compare with
   * the stored ones; when the dataset is as the schema gave it too, the merged
   * dataset need not be read again whole.
   */
  const read = safeCheck(partialUpdateSchema, given);
  const update = read.success ? read.data : given;
  const issues = [...checkUpdate(dataset, update), ...checkNotFuture(update, now)];
  if (issues.length > 0) return { ok: false, issues };

  const mergedCitations = upsert(dataset.citations, update.citations);
  const fresh = newClaims(dataset, update, mergedCitations);
  const freshEvents = newEvents(dataset.events, update.events);
  const alreadyInRecord = { claims: fresh.already, events: freshEvents.already };
  const kept: PartialUpdate = {
    ...update,
    claims: fresh.claims,
    ...(update.figures && { figures: update.figures.map((f) => withClaimIds(f, fresh.renamed)) }),
  };

  const merged: Dataset = {
    ...dataset,
    asOf: update.asOf ?? laterOf(dataset.asOf, latestDate({ ...kept, events: freshEvents.added })),
    ...(update.about && { about: sameJson(update.about, dataset.about) ? dataset.about : update.about }),
    ...(update.headlines && {
      headlines: sameJson(update.headlines, dataset.headlines) ? dataset.headlines : update.headlines,
    }),
    ...(update.topics !== undefined &&
      update.topics.length > 0 && { topics: upsert(dataset.topics ?? [], update.topics) }),
    sources: upsert(dataset.sources, update.sources),
    citations: mergedCitations,
    figures: upsert(dataset.figures, kept.figures),
    claims: fresh.claims.length ? [...dataset.claims, ...fresh.claims] : dataset.claims,
    events: freshEvents.events,
  };
  if (sameRecord(dataset, merged)) return { ok: true, data: dataset, alreadyInRecord, unchanged: true };
  merged.revision = dataset.revision + 1;
  merged.updatedAt = now;

  const result = options.checked && read.success ? checkMergedDataset(merged) : safeCheck(datasetSchema, merged);
  if (result.success) return { ok: true, data: result.data, alreadyInRecord, unchanged: false };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const inUpdate = locateInUpdate(issue.path, merged, dataset, update, fresh.keptAt);
      return inUpdate
        ? { path: formatPath(inUpdate), message: issue.message }
        : { path: formatPath(issue.path), message: `After merging: ${issue.message}` };
    }),
  };
}

/* Whether merging changed nothing: every part the same object, or the same date, as before. */
function sameRecord(before: Dataset, after: Dataset): boolean {
  return (
    before.asOf === after.asOf &&
    before.about === after.about &&
    before.headlines === after.headlines &&
    before.topics === after.topics &&
    before.sources === after.sources &&
    before.citations === after.citations &&
    before.figures === after.figures &&
    before.claims === after.claims &&
    before.events === after.events
  );
}

/*
 * What makes two claims the same report, whatever their ids: the figure,
 * the values, the day and time, who claimed it, who published it and where
 * (through its citation), and what it corrects or withdraws. Status and note
 * are the maintainers' reading of it, not the report.
 */
function claimIdentity(claim: Claim, citations: Map<string, Citation>): string {
  const citation = citations.get(claim.citation);
  const values = (claim.values ?? [])
    .map((v) => [
      v.measure,
      v.value ?? null,
      v.low ?? null,
      v.high ?? null,
      v.qualifier ?? null,
      (v.breakdown ?? []).map((b) => [b.label, b.value, b.qualifier]),
    ])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  return JSON.stringify([
    claim.figure,
    claim.date,
    claim.time ?? null,
    citation ? [citation.claimedBy, citation.publishedBy, citation.url] : claim.citation,
    claim.supersedes ?? null,
    claim.retracts ?? null,
    values,
  ]);
}

/*
 * The update's claims that are not in the record yet, with the place of each
 * in the update; those that are (an identical claim, under any id) are
 * counted, and whatever in the update named them by their id is pointed at
 * the claim already there.
 */
function newClaims(
  dataset: Dataset,
  update: PartialUpdate,
  citations: Citation[],
): { claims: Claim[]; keptAt: number[]; already: number; renamed: Map<string, string> } {
  const given = update.claims ?? [];
  const renamed = new Map<string, string>();
  if (given.length === 0) return { claims: [], keptAt: [], already: 0, renamed };
  const byCitation = new Map(citations.map((c) => [c.id, c]));
  // Only claims of the same figure and day can be the same: a ledger of a million claims is read, not keyed whole.
  const days = new Map<string, Set<string>>();
  for (const c of given) days.set(c.figure, (days.get(c.figure) ?? new Set()).add(c.date));
  const stored = new Map<string, string>();
  for (const claim of dataset.claims) {
    if (days.get(claim.figure)?.has(claim.date)) stored.set(claimIdentity(claim, byCitation), claim.id);
  }
  const claims: Claim[] = [];
  const keptAt: number[] = [];
  given.forEach((claim, i) => {
    const target = (id: string | undefined) => (id === undefined ? undefined : (renamed.get(id) ?? id));
    const pointed: Claim = {
      ...claim,
      ...(claim.supersedes !== undefined && { supersedes: target(claim.supersedes) }),
      ...(claim.retracts !== undefined && { retracts: target(claim.retracts) }),
    };
    const same = stored.get(claimIdentity(pointed, byCitation));
    if (same !== undefined) {
      renamed.set(claim.id, same);
      return;
    }
    claims.push(pointed.supersedes === claim.supersedes && pointed.retracts === claim.retracts ? claim : pointed);
    keptAt.push(i);
  });
  return { claims, keptAt, already: given.length - claims.length, renamed };
}

/* A figure that names a claim to show, pointed at the one already in the record when the update's copy was left out. */
function withClaimIds(figure: Figure, renamed: Map<string, string>): Figure {
  if (figure.kind !== 'count' || !figure.shown) return figure;
  const claim = renamed.get(figure.shown.claim);
  return claim === undefined ? figure : { ...figure, shown: { ...figure.shown, claim } };
}

/*
 * Events merged by id; an event under a new id with the date, title and kind
 * of one already there is that event: it is counted, and any citation it
 * adds is added to the event already there.
 */
function newEvents(
  stored: CrisisEvent[],
  given: CrisisEvent[] = [],
): { events: CrisisEvent[]; added: CrisisEvent[]; already: number } {
  const key = (e: CrisisEvent) => JSON.stringify([e.date, e.title, e.kind]);
  const byKey = new Map(stored.map((e) => [key(e), e]));
  const changes: CrisisEvent[] = [];
  let already = 0;
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const event of given) {
    const storedAs = byId.get(event.id);
    if (storedAs && sameJson(storedAs, event)) {
      already++;
      continue;
    }
    const same = storedAs ? undefined : byKey.get(key(event));
    if (!same) {
      changes.push(event);
      continue;
    }
    already++;
    const citations = [...new Set([...same.citations, ...event.citations])];
    if (citations.length > same.citations.length) {
      const widened = { ...same, citations };
      byKey.set(key(event), widened);
      changes.push(widened);
    }
  }
  const events = upsert(stored, changes);
  return { events, added: events.filter((e) => !byId.has(e.id)), already };
}

/**
 * An update as a person or an older tool may hand it over: an update in the
 * earlier format (new values written into figures) is converted to claims
 * first, and says so.
 */
export function readUpdate(given: unknown, dataset: Dataset): Validated<PartialUpdate> & { notices: string[] } {
  const flags = hasHeadlineFlags(given)
    ? convertUpdateHeadlineFlags(
        given,
        splitFigures(dataset).headline.map((f) => f.id),
      )
    : undefined;
  const value = flags?.value ?? given;
  const notices = flags ? [flags.notice] : [];
  if (!looksLegacyUpdate(value)) return { ...validateWith(partialUpdateSchema, value), notices };
  notices.push(LEGACY_UPDATE_NOTICE);
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
  if (!update.asOf && !update.about && !update.headlines && LISTS.every((list) => !update[list]?.length)) {
    add(
      [],
      'The update changes nothing: give at least one of asOf, about, headlines, topics, sources, citations, figures, claims or events',
    );
  }
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    update[list]?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add([list, i, 'id'], `"${item.id}" is already in ${list}[${first}]: give each id once per update`);
    });
  }
  if (update.claims?.length) {
    // One pass over a ledger that may hold millions, looking up the few ids the update gives.
    const given = new Map(update.claims.map((claim, i) => [claim.id, i]));
    const edited: number[] = [];
    for (const stored of dataset.claims) {
      const i = given.get(stored.id);
      // The same claim sent again is already in the record, which applying counts; another under its id is an edit.
      if (i !== undefined && !sameJson(stored, update.claims[i])) edited.push(i);
    }
    for (const i of edited.sort((a, b) => a - b)) {
      const { id } = update.claims[i]!;
      add(
        ['claims', i, 'id'],
        `Claim "${id}" is already recorded, and claims are never edited: add a new claim with "supersedes": "${id}" to correct it`,
      );
    }
  }
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

/*
 * Replaces items by id and appends new ones, keeping the dataset's order. An
 * item the same as the one stored leaves that one in place, and a list that
 * nothing changes is given back as it was.
 */
function upsert<T extends { id: string }>(items: T[], changes: T[] = []): T[] {
  if (changes.length === 0) return items;
  const stored = new Map(items.map((item) => [item.id, item]));
  const byId = new Map<string, T>();
  for (const change of changes) {
    const before = stored.get(change.id);
    if (!before || !sameJson(before, change)) byId.set(change.id, change);
  }
  if (byId.size === 0) return items;
  return [...items.map((item) => byId.get(item.id) ?? item), ...[...byId.values()].filter((c) => !stored.has(c.id))];
}

/* Whether two records say the same, whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

/* Where in the update a problem found in the merged dataset was written, or null when the update did not write it. */
function locateInUpdate(
  path: PropertyKey[],
  merged: Dataset,
  before: Dataset,
  update: PartialUpdate,
  keptAt: number[],
): PropertyKey[] | null {
  const [list, index, ...rest] = path;
  if ((list === 'headlines' && update.headlines) || (list === 'about' && update.about)) return path;
  if (!isList(list) || typeof index !== 'number') return null;
  if (list === 'claims') {
    const i = keptAt[index - before.claims.length];
    return i === undefined ? null : ['claims', i, ...rest];
  }
  const id = merged[list]?.[index]?.id;
  const i = update[list]?.findIndex((item) => item.id === id) ?? -1;
  return i < 0 ? null : [list, i, ...rest];
}

function isList(value: PropertyKey | undefined): value is List {
  return LISTS.includes(value as List);
}
