import { findHiddenCharacter, hasLetterOrDigit } from '../schema/text';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../../../test/property';
import { seedDataset } from '../../../test/fixtures';
import {
  QUALIFIERS,
  SOURCE_KINDS,
  STATUSES,
  type Claim,
  type ClaimValue,
  type Dataset,
  type Measure,
} from '../schema/schema';
import { applyUpdate, type PartialUpdate } from './update';
import { exportDatasetText, JSON_SCHEMA_REF } from './export';
import { parseDataset } from '../checks/validate';
import { compareDates, daysBetween } from '../schema/dates';

/*
 * Random sequences of valid updates: new sources and citations, new claims
 * on the figures there are, now and then a new figure or a correction. Since
 * an update only appends, applying them one by one must give what one update
 * holding them all gives; every dataset on the way must come back
 * unchanged from its exported file; and applying an update a second time
 * must change nothing at all.
 */

const seed: Dataset = seedDataset();
const RUNS = 200;
const FIRST_DAY = '2023-09-01';
/* The seed's cumulative count is dated 19 September: later claims on it never make that claim a fall. */
const CUMULATIVE_FROM = '2023-09-19';

/* Any text a name may hold: something visible to name it by, nothing hidden (those are refused, tested elsewhere). */
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() !== '' && hasLetterOrDigit(s) && findHiddenCharacter(s, false) === null);

const valuePlan = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), n: fc.nat(1_000_000), qualifier: fc.constantFrom(...QUALIFIERS) }),
  fc.record({ kind: fc.constant('range' as const), a: fc.nat(1_000_000), b: fc.nat(1_000_000) }),
);

const claimPlan = fc.record({
  figure: fc.nat(),
  measures: fc.nat(),
  values: fc.array(valuePlan, { minLength: 3, maxLength: 3 }),
  day: fc.nat(),
  time: fc.option(fc.nat(24 * 60 - 1)),
  status: fc.constantFrom(...STATUSES),
  citation: fc.nat(),
  note: fc.option(text),
  corrects: fc.option(fc.nat(), { freq: 4 }),
});

const updatePlan = fc.record({
  advance: fc.nat(3),
  giveAsOf: fc.boolean(),
  sources: fc.array(fc.record({ name: text, kind: fc.constantFrom(...SOURCE_KINDS) }), { maxLength: 2 }),
  citations: fc.array(
    fc.record({ claimedBy: fc.nat(), publishedBy: fc.nat(), title: text, note: text, day: fc.nat() }),
    { maxLength: 2 },
  ),
  figure: fc.option(
    fc.record({
      label: text,
      measures: fc.array(fc.record({ label: text, unit: fc.option(text), decimals: fc.boolean() }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    { freq: 3 },
  ),
  claims: fc.array(claimPlan, { minLength: 1, maxLength: 4 }),
  event: fc.option(fc.record({ title: text, day: fc.nat(), citation: fc.nat() }), { freq: 3 }),
});

type UpdatePlan = typeof updatePlan extends fc.Arbitrary<infer T> ? T : never;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/* A day from `from` to `to`, both included, chosen by `n`. */
function dayBetween(from: string, to: string, n: number): string {
  return addDays(from, n % (daysBetween(from, to) + 1));
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

interface CountInfo {
  id: string;
  measures: Measure[];
  cumulative: boolean;
}

/* Turns plans into updates that are valid one after another, tracking what each one adds. */
function buildUpdates(plans: UpdatePlan[]): PartialUpdate[] {
  const sources = seed.sources.map((s) => s.id);
  const citations = seed.citations.map((c) => c.id);
  const counts: CountInfo[] = seed.figures.flatMap((f) =>
    f.kind === 'count' ? [{ id: f.id, measures: f.measures, cumulative: f.cumulative === true }] : [],
  );
  const ledger: Claim[] = [...seed.claims];
  const replaced = new Set<string>();
  let horizon = seed.asOf;

  return plans.map((plan, u) => {
    horizon = addDays(horizon, plan.advance);
    const update: PartialUpdate = { dataset: seed.id };
    if (plan.giveAsOf) update.asOf = horizon;

    update.sources = plan.sources.map((s, i) => ({ id: `source-${u}-${i}`, name: s.name, kind: s.kind }));
    sources.push(...update.sources.map((s) => s.id));

    update.citations = plan.citations.map((c, i) => ({
      id: `citation-${u}-${i}`,
      claimedBy: pick(sources, c.claimedBy),
      publishedBy: pick(sources, c.publishedBy),
      title: c.title,
      url: `https://example.org/${u}/${i}`,
      publishedOn: dayBetween(FIRST_DAY, horizon, c.day),
      note: c.note,
    }));
    citations.push(...update.citations.map((c) => c.id));

    if (plan.figure) {
      const measures: Measure[] = plan.figure.measures.map((m, i) => ({
        key: `m${i}`,
        label: m.label,
        ...(m.unit === null ? {} : { unit: m.unit }),
        ...(m.decimals ? { decimals: true } : {}),
      }));
      const id = `figure-${u}`;
      update.figures = [{ id, kind: 'count', label: plan.figure.label, unit: 'people', measures }];
      counts.push({ id, measures, cumulative: false });
    }

    update.claims = plan.claims.map((c, i) => {
      const standing = ledger.filter((claim) => claim.values && !replaced.has(claim.id));
      const target = c.corrects === null || standing.length === 0 ? undefined : pick(standing, c.corrects);
      const figure = target ? counts.find((f) => f.id === target.figure)! : pick(counts, c.figure);
      const mask = (c.measures % (2 ** figure.measures.length - 1)) + 1;
      const values = figure.measures.flatMap((measure, m): ClaimValue[] => {
        if (!(mask & (1 << m))) return [];
        const plan = c.values[m]!;
        const scale = (n: number) => (measure.decimals ? n / 8 : n);
        return plan.kind === 'value'
          ? [{ measure: measure.key, value: scale(plan.n), qualifier: plan.qualifier }]
          : [{ measure: measure.key, low: scale(Math.min(plan.a, plan.b)), high: scale(Math.max(plan.a, plan.b)) }];
      });
      const claim: Claim = {
        id: `claim-${u}-${i}`,
        figure: figure.id,
        date: dayBetween(figure.cumulative ? CUMULATIVE_FROM : FIRST_DAY, horizon, c.day),
        ...(c.time === null ? {} : { time: formatTime(c.time) }),
        values,
        status: c.status,
        citation: pick(citations, c.citation),
        // A cumulative count may fall between random values only with a note saying why.
        ...(c.note !== null || figure.cumulative ? { note: c.note ?? 'Recounted.' } : {}),
        ...(target ? { supersedes: target.id } : {}),
      };
      if (target) replaced.add(target.id);
      ledger.push(claim);
      return claim;
    });

    if (plan.event) {
      update.events = [
        {
          id: `event-${u}`,
          date: dayBetween(FIRST_DAY, horizon, plan.event.day),
          kind: 'other',
          title: plan.event.title,
          citations: [pick(citations, plan.event.citation)],
        },
      ];
    }
    return update;
  });
}

function formatTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/* One update holding every record of the sequence, in order; its date is the latest the sequence reaches. */
function batchOf(updates: PartialUpdate[]): PartialUpdate {
  const batch = {
    dataset: seed.id,
    sources: updates.flatMap((u) => u.sources ?? []),
    citations: updates.flatMap((u) => u.citations ?? []),
    figures: updates.flatMap((u) => u.figures ?? []),
    claims: updates.flatMap((u) => u.claims ?? []),
    events: updates.flatMap((u) => u.events ?? []),
  } satisfies PartialUpdate;
  const given = updates.flatMap((u) => (u.asOf ? [u.asOf] : []));
  if (given.length === 0) return batch;
  const dates = [
    ...given,
    ...batch.claims.map((c) => c.date),
    ...batch.citations.map((c) => c.publishedOn),
    ...batch.events.map((e) => e.date),
  ];
  return { ...batch, asOf: dates.reduce((max, d) => (compareDates(d, max) > 0 ? d : max)) };
}

function applied(dataset: Dataset, update: PartialUpdate, now: string): Dataset {
  const result = applyUpdate(dataset, update, now);
  if (!result.ok) throw new Error(`A generated update was refused: ${JSON.stringify(result.issues)}`);
  return result.data;
}

function withoutRevision({ revision: _revision, updatedAt: _updatedAt, ...rest }: Dataset) {
  return rest;
}

const plans = fc.array(updatePlan, { minLength: 1, maxLength: 8 });

describe('a sequence of updates', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it(`gives, applied one by one, what one update holding them all gives, for ${RUNS} sequences`, () => {
    fc.assert(
      fc.property(plans, (sequence) => {
        const updates = buildUpdates(sequence);
        const oneByOne = updates.reduce(
          (dataset, update, i) => applied(dataset, update, `2026-11-24T12:00:0${i}Z`),
          seed,
        );
        const together = applied(seed, batchOf(updates), '2026-11-24T13:00:00Z');
        expect(withoutRevision(oneByOne)).toEqual(withoutRevision(together));
      }),
      propertyRuns(RUNS),
    );
  });

  it(`leaves every dataset on the way unchanged by export and import, for ${RUNS} sequences`, () => {
    fc.assert(
      fc.property(plans, (sequence) => {
        let dataset = seed;
        for (const [i, update] of buildUpdates(sequence).entries()) {
          dataset = applied(dataset, update, `2026-11-24T12:00:0${i}Z`);
          const read = parseDataset(exportDatasetText(dataset));
          expect(read).toEqual({ ok: true, data: { ...dataset, $schema: JSON_SCHEMA_REF }, notices: [] });
        }
      }),
      propertyRuns(RUNS),
    );
  });

  it(`changes nothing when an update is applied again, for ${RUNS} sequences`, () => {
    fc.assert(
      fc.property(plans, (sequence) => {
        let dataset = seed;
        for (const [i, update] of buildUpdates(sequence).entries()) {
          dataset = applied(dataset, update, `2026-11-24T12:00:0${i}Z`);
          const again = applyUpdate(dataset, update, `2026-11-25T12:00:0${i}Z`);
          expect(again).toEqual({
            ok: true,
            data: dataset,
            alreadyInRecord: { claims: update.claims?.length ?? 0, events: update.events?.length ?? 0 },
            unchanged: true,
          });
          expect(again.ok && exportDatasetText(again.data)).toBe(exportDatasetText(dataset));
        }
      }),
      propertyRuns(RUNS),
    );
  });

  it('makes sequences that use each kind of record', () => {
    const samples = fc
      .sample(plans, { seed: propertyRuns(1).seed, numRuns: 50 })
      .map(buildUpdates)
      .flat();
    const claims = samples.flatMap((u) => u.claims ?? []);
    expect({
      corrections: claims.some((c) => c.supersedes),
      ranges: claims.some((c) => c.values?.some((v) => v.low !== undefined)),
      fractions: claims.some((c) => c.values?.some((v) => !Number.isInteger(v.value ?? v.low))),
      figures: samples.some((u) => u.figures?.length),
      sources: samples.some((u) => u.sources?.length),
      events: samples.some((u) => u.events?.length),
      asOf: samples.some((u) => u.asOf),
    }).toEqual({
      corrections: true,
      ranges: true,
      fractions: true,
      figures: true,
      sources: true,
      events: true,
      asOf: true,
    });
  });
});
