// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { largeDataset } from '../../../test/fixtures';
import { datasetSchema } from '../ledger/dataset-schema';
import { datasetInPlaceSchema } from './check-in-place';
import { parseDataset, readDataset, safeCheck } from './validate';

/*
 * In Node, where zod compiles its object parsers (the command line, the build
 * and the server), checking the lists in place answers as the whole check.
 */

type Item = Record<string, unknown>;
const base = JSON.parse(JSON.stringify(largeDataset(6, 20))) as Record<'sources' | 'claims', Item[]>;

function bothWays(doc: unknown) {
  const whole = safeCheck(datasetSchema, structuredClone(doc));
  const inPlace = safeCheck(datasetInPlaceSchema(), structuredClone(doc));
  expect(inPlace).toEqual(whole);
  if (whole.success && inPlace.success) expect(JSON.stringify(inPlace.data)).toBe(JSON.stringify(whole.data));
  return whole;
}

describe('checking the lists in place, in Node', () => {
  it('gives the same dataset, with text trimmed and keys in the schema order where the file had them otherwise', () => {
    const doc = structuredClone(base);
    doc.sources[0]!.name = `  ${String(doc.sources[0]!.name)}  `;
    doc.claims[7] = Object.fromEntries(Object.entries(doc.claims[7]!).reverse());
    const result = bothWays(doc);
    expect(result.success && result.data.sources[0]!.name).toBe(String(base.sources[0]!.name));
    expect(result.success && Object.keys(result.data.claims[7]!)).toEqual(Object.keys(base.claims[7]!));
  });

  it('gives the same problems, at the same paths, for the first, a middle and the last claim', () => {
    const doc = structuredClone(base);
    const last = doc.claims.length - 1;
    doc.claims[0]!.status = 'rumoured';
    delete doc.claims[60]!.citation;
    doc.claims[last]!.values = [{ measure: 'killed', value: -1, qualifier: 'exact' }];
    const result = bothWays(doc);
    expect(result.success ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'claims.0.status',
      'claims.60.citation',
      `claims.${last}.values.0.value`,
    ]);
  });

  it('reads a file as readDataset reads the same value', () => {
    const text = JSON.stringify({ ...base, claims: [...base.claims, { ...base.claims[0], id: 'x-' }] });
    const result = parseDataset(text);
    expect(result).toMatchObject({ ok: false, issues: [{ path: `claims[${base.claims.length}].id` }] });
    expect(result).toEqual(readDataset(JSON.parse(text)));
    expect(parseDataset(JSON.stringify(base))).toEqual(readDataset(structuredClone(base)));
  });
});
