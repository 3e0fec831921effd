import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../../../test/property';
import type { Dataset } from '../schema/schema';
import { parseDataset, validateDataset, type ValidationIssue } from './validate';
import { parseImport } from '../formats/import';
import { exportDatasetText } from '../formats/export';
import { LATER_POPULATION_UPDATE } from '../../../test/examples';
import { seedDataset } from '../../../test/fixtures';

/*
 * Thousands of datasets and updates made by damaging the seed at random
 * places. Whatever arrives, the validator must answer (never throw), and a
 * refusal must say where.
 */

const seed: Dataset = seedDataset();
const NOW = '2026-11-24T12:00:00.000Z';
const RUNS = 1500;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/* Every place in a JSON value, containers included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/relative/path',
  'https:evil',
  '2023-02-30',
  '2023-13-01',
  '9999-12-31',
  '0000-00-00',
  '',
  ' ',
  '\u0000',
  '\u202e',
  '__proto__',
];

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom<Json>(0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, true, false, null, [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as Json),
);

type Mutation =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'id', 'url', '__proto__', 'constructor'),
    value: anyValue,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

function mutate(original: Json, mutations: Mutation[]): Json {
  let doc = structuredClone(original);
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.kind === 'set') doc = m.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, doc) as Record<
      string | number,
      Json
    >;
    const key = path.at(-1)!;
    const target = parent[key]!;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.kind === 'add-key' && target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else if (m.kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(target));
  }
  return doc;
}

function urlsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : urlsOf(v)));
  }
  return [];
}

function expectExplained(issues: ValidationIssue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.trim()).not.toBe('');
  }
}

describe('validating damaged datasets', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it(`answers every one of ${RUNS} damaged seeds, and says where each refused one is wrong`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = mutate(seed as unknown as Json, mutations);
        const result = validateDataset(doc);
        if (result.ok) {
          accepted += 1;
          for (const url of urlsOf(result.data)) expect(url).toMatch(/^https?:\/\//);
          return;
        }
        expectExplained(result.issues);
        // The damage is inside the document, so some problem points into it.
        if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
          expect(result.issues.some((i) => i.path !== '')).toBe(true);
        }
      }),
      propertyRuns(RUNS),
    );
    // Some damage (a changed note, a new title) leaves a valid dataset; most does not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
  });

  it(`answers ${RUNS} arbitrary JSON documents and texts without throwing`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 })), (text) => {
        const result = parseDataset(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expectExplained(result.issues);
      }),
      propertyRuns(RUNS),
    );
  });
});

const UPDATE = LATER_POPULATION_UPDATE as Json;

describe('importing damaged partial updates', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('applies the undamaged template', () => {
    expect(parseImport(JSON.stringify(UPDATE), seed, NOW).result.ok).toBe(true);
  });

  it(`answers ${RUNS} damaged updates: a refusal says where, an acceptance is a valid dataset`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const { result } = parseImport(JSON.stringify(mutate(UPDATE, mutations)), seed, NOW);
        if (result.ok) expect(validateDataset(result.data).ok).toBe(true);
        else expectExplained(result.issues);
      }),
      propertyRuns(RUNS),
    );
  });
});

describe('export, then import', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');

  it(`gives back the same dataset, for ${RUNS} datasets with arbitrary text and numbers`, () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 10_000_000 }), (title, note, value) => {
        const edited = structuredClone(seed);
        edited.title = title;
        edited.citations[0]!.note = note;
        edited.claims.find((c) => c.figure === 'population-under-blockade')!.values![0]!.value = value;
        // The dataset as the schema keeps it (text trimmed): that is what gets exported.
        const checked = validateDataset(edited);
        fc.pre(checked.ok);
        const dataset = checked.data;
        const { result } = parseImport(exportDatasetText(dataset), dataset, NOW);
        expect(result.ok).toBe(true);
        // The file points editors at the JSON Schema; everything else comes back as it was.
        if (result.ok) expect(result.data).toEqual({ ...dataset, $schema: './dataset.schema.json' });
      }),
      propertyRuns(RUNS),
    );
  });
});
