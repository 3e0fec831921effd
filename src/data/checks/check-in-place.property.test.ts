import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../../../test/property';
import { largeDataset } from '../../../test/fixtures';
import { datasetSchema } from '../ledger/dataset-schema';
import { datasetInPlaceSchema } from './check-in-place';
import { safeCheck } from './validate';

/*
 * Checking a dataset's lists item by item, in place, must answer exactly as
 * checking the whole: the same decision, the same problems at the same paths
 * in the same order, and the same dataset, key order included.
 */

const LISTS = ['sources', 'citations', 'figures', 'claims', 'events'] as const;
const base = JSON.parse(JSON.stringify(largeDataset(12, 25))) as Record<(typeof LISTS)[number], unknown[]>;
const RUNS = 400;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function expectSameAnswer(doc: unknown) {
  const whole = safeCheck(datasetSchema, structuredClone(doc));
  const inPlace = safeCheck(datasetInPlaceSchema(), structuredClone(doc));
  expect(inPlace).toEqual(whole);
  if (whole.success && inPlace.success) expect(JSON.stringify(inPlace.data)).toBe(JSON.stringify(whole.data));
  return whole;
}

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('', ' ', '2023-02-30', '9999-12-31', 'javascript:alert(1)', '\u202e', '__proto__', 'x'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom<Json>(0, -0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, true, null, [], {}),
  fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as Json),
);

/* Where in a list: its first item, one in the middle, or its last. */
const place = fc.constantFrom('first', 'middle', 'last');

const damage = fc.record({
  list: fc.constantFrom(...LISTS),
  place,
  kind: fc.constantFrom('set', 'delete', 'add-key', 'replace-item', 'pad-text', 'reorder-keys'),
  pick: fc.nat(),
  value: anyValue,
});

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function indexAt(length: number, where: string) {
  if (where === 'first') return 0;
  return where === 'last' ? length - 1 : Math.floor(length / 2);
}

function damaged(damages: Damage[]) {
  const doc = structuredClone(base);
  for (const d of damages) {
    const items = doc[d.list]!;
    const i = indexAt(items.length, d.place);
    const item = items[i] as Record<string, Json>;
    // An item an earlier damage replaced may be no object at all.
    if (d.kind !== 'replace-item' && (typeof item !== 'object' || item === null || Array.isArray(item))) continue;
    const keys = Object.keys(item);
    const key = keys[d.pick % Math.max(keys.length, 1)] ?? 'id';
    if (d.kind === 'set') item[key] = d.value;
    else if (d.kind === 'delete') delete item[key];
    else if (d.kind === 'add-key') item[`extra${d.pick % 3}`] = d.value;
    else if (d.kind === 'replace-item') items[i] = d.value;
    // Valid, but not the JSON the schema gives back: text it trims, keys out of its order.
    else if (d.kind === 'pad-text' && typeof item[key] === 'string') item[key] = ` ${item[key]} `;
    else if (d.kind === 'reorder-keys') items[i] = Object.fromEntries(Object.entries(item).reverse());
  }
  return doc;
}

describe('checking the lists in place', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('accepts the undamaged dataset, giving the same dataset as the whole check', () => {
    expect(expectSameAnswer(base).success).toBe(true);
  });

  it(`answers as the whole check for ${RUNS} datasets damaged in the first, a middle or the last item of a list`, () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        if (!expectSameAnswer(damaged(damages)).success) refused += 1;
      }),
      propertyRuns(RUNS),
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(RUNS);
  });

  it('gives problems in the first, a middle and the last claim at their own places, then the later lists', () => {
    const doc = structuredClone(base);
    const claims = doc.claims as Record<string, Json>[];
    const last = claims.length - 1;
    claims[0]!.status = 'rumoured';
    delete claims[150]!.citation;
    claims[last]!.date = '2023-02-30';
    (doc.events[0] as Record<string, Json>).kind = 'party';
    const result = expectSameAnswer(doc);
    expect(result.success ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'claims.0.status',
      'claims.150.citation',
      `claims.${last}.date`,
      'events.0.kind',
    ]);
  });

  it('runs the integrity rules as the whole check does when an item has only problems that let them run', () => {
    const doc = structuredClone(base);
    (doc.claims[3] as Record<string, Json>).date = '2023-02-30';
    (doc.claims[4] as Record<string, Json>).citation = 'nowhere';
    const result = expectSameAnswer(doc);
    expect(result.success ? [] : result.issues.map((issue) => issue.path.join('.'))).toContain('claims.4.citation');
  });

  it('answers as the whole check for a document that is not a dataset, or whose lists are not lists', () => {
    for (const doc of [null, [], 'text', 7, {}, { ...base, claims: {} }, { ...base, sources: null, events: 'x' }]) {
      expectSameAnswer(doc);
    }
  });

  it('refuses a list longer than its limit with one problem, as the whole check does', () => {
    const result = expectSameAnswer({ ...base, figures: new Array(100_001).fill(0) });
    expect(result.success ? [] : result.issues).toHaveLength(1);
  });

  it('answers as the whole check for more problems than can be listed', () => {
    expectSameAnswer({ ...base, claims: new Array(100_000).fill({}) });
  });
});
