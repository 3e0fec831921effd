import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';

const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it('documents a dataset example that the schema accepts', () => {
    const section = readme.slice(readme.indexOf('## The data format'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const result = validateDataset(JSON.parse(block!));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
