import { describe, expect, it } from 'vitest';
import { exportDatasetText, exportFileName } from './export';
import { parseImport } from './import';
import { seedDataset } from '../../../test/fixtures';

const seed = seedDataset();

describe('export', () => {
  it('gives back an identical dataset when imported again', () => {
    const { kind, result } = parseImport(exportDatasetText(seed), seed, '2026-11-24T10:00:00Z');
    expect(kind).toBe('dataset');
    expect(result.ok && result.data).toEqual({ ...seed, $schema: './dataset.schema.json' });
  });

  it('puts the JSON Schema reference first and ends with a newline', () => {
    const text = exportDatasetText({ ...seed, $schema: 'elsewhere.json' });
    expect(text.startsWith('{\n  "$schema": "./dataset.schema.json",\n  "id": "nagorno-karabakh-2023-09"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('lists the claims between the figures and the events', () => {
    const keys = Object.keys(JSON.parse(exportDatasetText(seed)) as object);
    expect(keys.slice(-3)).toEqual(['figures', 'claims', 'events']);
  });

  it('writes the keys of every claim in one order, whatever order they came in', () => {
    const [first, ...rest] = seed.claims;
    const reversed = Object.fromEntries(Object.entries(first!).reverse()) as typeof first;
    const text = exportDatasetText({ ...seed, claims: [reversed!, ...rest] });
    const claim = (JSON.parse(text) as { claims: object[] }).claims[0]!;
    expect(Object.keys(claim)).toEqual(['id', 'figure', 'date', 'values', 'status', 'citation']);
  });

  it('writes a claim value’s measure first and a range’s low end before its high end', () => {
    const [first, ...rest] = seed.claims;
    const range = { high: 130000, low: 110000, measure: 'population' };
    const text = exportDatasetText({ ...seed, claims: [{ ...first!, values: [range] }, ...rest] });
    expect(text).toContain('"measure": "population",\n          "low": 110000,\n          "high": 130000');
  });

  it('names the file after the dataset and its revision', () => {
    expect(exportFileName({ id: 'x', revision: 7 })).toBe('x.r7.json');
  });
});
