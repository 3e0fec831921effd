import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySheetUpdate, csvToUpdate } from '../../src/data/csv';
import { validateDataset } from '../../src/data/validate';
import seedJson from '../../seeds/nagorno-karabakh-2023-09.json';

const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it('documents a dataset example that the schema accepts', () => {
    const section = readme.slice(readme.indexOf('## The data format'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const result = validateDataset(JSON.parse(block!));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('shows spreadsheet rows that import into the seed', () => {
    const block = /```csv\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const seed = validateDataset(structuredClone(seedJson));
    if (!seed.ok) throw new Error('The seed must be valid');
    const sheet = csvToUpdate(block!, seed.data);
    const result = sheet.ok ? applySheetUpdate(seed.data, sheet.data, '2023-09-22T00:00:00Z') : sheet;
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(sheet.ok && sheet.data.update.claims).toHaveLength(4);
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
