// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText, JSON_SCHEMA_FILE, UPDATE_SCHEMA_FILE, updateJsonSchemaText } from './json-schema';
import { seedJson } from '../test/fixtures';
import { UPDATE_EXAMPLES } from '../test/examples';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const schema = JSON.parse(datasetJsonSchemaText()) as Schema;
const updateSchema = JSON.parse(updateJsonSchemaText()) as Schema;
const seed = seedJson();

describe('seeds/dataset.schema.json', () => {
  it('is the schema generated from src/data/schema/schema.ts', () => {
    expect(
      read(JSON_SCHEMA_FILE) === datasetJsonSchemaText(),
      `${JSON_SCHEMA_FILE} is out of date: run npm run schema`,
    ).toBe(true);
  });

  it('accepts the seed', () => {
    expect(schemaErrors(schema, seed)).toEqual([]);
  });

  it('accepts a claim with a time, a range and a note', () => {
    const claim = {
      ...seed.claims[0],
      id: 'population-range',
      time: '22:30',
      values: [{ measure: 'population', low: 100000, high: 120000 }],
      note: 'A range.',
    };
    expect(schemaErrors(schema, { ...seed, claims: [...seed.claims, claim] })).toEqual([]);
  });

  it('accepts a retraction and a correction', () => {
    const { values: _values, ...target } = seed.claims[0]!;
    const retraction = { ...target, id: 'withdrawn', retracts: target.id, note: 'Withdrawn.' };
    const correction = { ...seed.claims[1], id: 'corrected', supersedes: seed.claims[1]!.id };
    expect(schemaErrors(schema, { ...seed, claims: [...seed.claims, retraction, correction] })).toEqual([]);
  });

  it('refuses a misspelt key in a figure', () => {
    const misspelt = { ...seed, figures: [{ ...seed.figures[0], lable: 'x' }, ...seed.figures.slice(1)] };
    expect(schemaErrors(schema, misspelt)).toContain('.figures[0]: matches 0 of oneOf');
  });

  it('refuses a misspelt key in a claim', () => {
    const misspelt = { ...seed, claims: [{ ...seed.claims[0], figuer: 'x' }, ...seed.claims.slice(1)] };
    expect(schemaErrors(schema, misspelt)).toContain('.claims[0]: has unknown key figuer');
  });

  it('refuses a count in a breakdown that is not a whole number', () => {
    const fractional = JSON.parse(JSON.stringify(seed).replace('"value":1,', '"value":0.5,')) as unknown;
    expect(schemaErrors(schema, fractional)).toContain(
      '.claims[1].values[0].breakdown[0].value: is not a multiple of 1',
    );
  });

  it('refuses a figure with a value of its own, as the earlier format wrote it', () => {
    const legacy = { ...seed, figures: [{ ...seed.figures[0], date: '2023-09-19' }, ...seed.figures.slice(1)] };
    expect(schemaErrors(schema, legacy)).toContain('.figures[0]: matches 0 of oneOf');
  });
});

describe('seeds/update.schema.json', () => {
  it('is the schema generated from src/data/formats/update.ts', () => {
    expect(
      read(UPDATE_SCHEMA_FILE) === updateJsonSchemaText(),
      `${UPDATE_SCHEMA_FILE} is out of date: run npm run schema`,
    ).toBe(true);
  });

  it.each(Object.entries(UPDATE_EXAMPLES))('accepts the example %s', (_name, example) => {
    expect(schemaErrors(updateSchema, example)).toEqual([]);
  });

  it('refuses a misspelt key in an update', () => {
    const { claims, ...rest } = UPDATE_EXAMPLES.LATER_POPULATION_UPDATE;
    expect(schemaErrors(updateSchema, { ...rest, claim: claims })).toContain(': has unknown key claim');
  });

  it('refuses an update without the dataset it is for', () => {
    const { dataset: _dataset, ...rest } = UPDATE_EXAMPLES.LATER_POPULATION_UPDATE;
    expect(schemaErrors(updateSchema, rest)).toContain(': misses dataset');
  });

  it('refuses a figure update in the earlier format, which only the app converts', () => {
    const legacy = {
      dataset: seed.id,
      figures: [{ id: 'population-under-blockade', measures: [{ key: 'population', value: 1 }], citations: ['x'] }],
    };
    expect(schemaErrors(updateSchema, legacy)).toContain('.figures[0]: matches 0 of oneOf');
  });
});

/*
 * Just enough JSON Schema to check the generated file without a dependency.
 * A keyword it does not know throws, so a new kind of rule cannot pass unchecked.
 */
type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: unknown): boolean {
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function schemaErrors(schema: Schema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const fail = (what: string) => errors.push(`${path}: ${what}`);
  const num = (arg: unknown) => arg as number;
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const text = typeof value === 'string' ? value : null;
    const n = typeof value === 'number' ? value : null;
    const list = Array.isArray(value) ? value : null;
    const object = isObject(value) ? value : null;
    switch (keyword) {
      case 'type':
        if (!hasType(value, arg)) fail(`is not ${String(arg)}`);
        break;
      case 'properties':
        for (const [key, sub] of Object.entries(arg as Record<string, Schema>)) {
          if (object && key in object) errors.push(...schemaErrors(sub, object[key], `${path}.${key}`));
        }
        break;
      case 'required':
        for (const key of arg as string[]) if (object && !(key in object)) fail(`misses ${key}`);
        break;
      case 'additionalProperties':
        for (const [key, item] of Object.entries(object ?? {})) {
          if (isObject(schema.properties) && key in schema.properties) continue;
          if (arg === false) fail(`has unknown key ${key}`);
          else errors.push(...schemaErrors(arg as Schema, item, `${path}.${key}`));
        }
        break;
      case 'propertyNames':
        for (const key of Object.keys(object ?? {}))
          errors.push(...schemaErrors(arg as Schema, key, `${path}.${key} (name)`));
        break;
      case 'items':
        list?.forEach((item, i) => errors.push(...schemaErrors(arg as Schema, item, `${path}[${i}]`)));
        break;
      case 'oneOf': {
        const matches = (arg as Schema[]).filter((option) => schemaErrors(option, value, path).length === 0).length;
        if (matches !== 1) fail(`matches ${matches} of oneOf`);
        break;
      }
      case 'enum':
        if (!(arg as unknown[]).includes(value)) fail('is not one of the allowed values');
        break;
      case 'const':
        if (value !== arg) fail(`is not ${JSON.stringify(arg)}`);
        break;
      case 'pattern':
        if (text !== null && !new RegExp(arg as string, 'u').test(text)) fail(`does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (text !== null && [...text].length < num(arg)) fail('is too short');
        break;
      case 'maxLength':
        if (text !== null && [...text].length > num(arg)) fail('is too long');
        break;
      case 'minimum':
        if (n !== null && n < num(arg)) fail('is too small');
        break;
      case 'exclusiveMinimum':
        if (n !== null && n <= num(arg)) fail('is too small');
        break;
      case 'maximum':
        if (n !== null && n > num(arg)) fail('is too large');
        break;
      case 'multipleOf':
        if (n !== null && n % num(arg) !== 0) fail(`is not a multiple of ${num(arg)}`);
        break;
      case 'minItems':
        if (list && list.length < num(arg)) fail('has too few items');
        break;
      case 'maxItems':
        if (list && list.length > num(arg)) fail('has too many items');
        break;
      default:
        throw new Error(`The test's JSON Schema checker does not know "${keyword}"`);
    }
  }
  return errors;
}
