// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText, JSON_SCHEMA_FILE } from './json-schema';
import { seedJson } from '../test/fixtures';

const written = readFileSync(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url), 'utf8');
const schema = JSON.parse(datasetJsonSchemaText()) as Schema;
const seed = seedJson();

describe('seeds/dataset.schema.json', () => {
  it('is the schema generated from src/data/schema.ts', () => {
    expect(written === datasetJsonSchemaText(), `${JSON_SCHEMA_FILE} is out of date: run npm run schema`).toBe(true);
  });

  it('accepts the seed', () => {
    expect(schemaErrors(schema, seed)).toEqual([]);
  });

  it('accepts a history point keyed by measure', () => {
    const history = [{ date: '2023-09-18', values: { killed: 1, injured: 10 }, citations: ['zartonk-casualties'] }];
    const withHistory = {
      ...seed,
      figures: seed.figures.map((f) => (f.id === 'casualties-19-september' ? { ...f, history } : f)),
    };
    expect(schemaErrors(schema, withHistory)).toEqual([]);
  });

  it('refuses a misspelt key', () => {
    const misspelt = { ...seed, figures: [{ ...seed.figures[0], lable: 'x' }, ...seed.figures.slice(1)] };
    expect(schemaErrors(schema, misspelt)).toContain('.figures[0]: matches 0 of oneOf');
  });

  it('refuses a count that is not a whole number', () => {
    const fractional = JSON.parse(JSON.stringify(seed).replace('"value":120000', '"value":1.5')) as unknown;
    expect(schemaErrors(schema, fractional)).toContain('.figures[0]: matches 0 of oneOf');
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
