import { describe, expect, it } from 'vitest';
import { exportDatasetText, exportFileName } from './export';
import { parseImport } from './import';
import { seedDataset } from '../../test/fixtures';

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

  it('names the file after the dataset and its revision', () => {
    expect(exportFileName({ id: 'x', revision: 7 })).toBe('x.r7.json');
  });
});
