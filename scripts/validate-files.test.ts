import { describe, expect, it } from 'vitest';
import { datasetFiles, validateFiles } from './validate-files';
import { seedJson } from '../test/fixtures';

const valid = JSON.stringify(seedJson(), null, 2);

function withError(code: string): () => never {
  return () => {
    throw Object.assign(new Error(`${code}: something`), { code });
  };
}

const files: Record<string, string> = {
  'seeds/good.json': valid,
  'seeds/syntax.json': '{\n  "id": "x",\n  "asOf" "2023-09-19"\n}',
  'seeds/wrong-type.json': valid.replace('"value": 120000', '"value": "120000"'),
};
const read = (path: string) => files[path] ?? withError('ENOENT')();

describe('validateFiles', () => {
  it('prints a tick for a valid file', () => {
    expect(validateFiles(['seeds/good.json'], read)).toEqual({ lines: ['✓ seeds/good.json'], ok: true });
  });

  it('prints a syntax error as file:line:column', () => {
    expect(validateFiles(['seeds/syntax.json'], read).lines).toEqual([
      'seeds/syntax.json:3:10: Not valid JSON: Expected ":" after a property name but found """',
    ]);
  });

  it('prints a schema problem with its path', () => {
    expect(validateFiles(['seeds/wrong-type.json'], read).lines).toEqual([
      'seeds/wrong-type.json: figures[0].measures[0].value: Must be a number',
    ]);
  });

  it('prints a problem of the whole document without a path', () => {
    expect(validateFiles(['seeds/array.json'], () => '[]').lines).toEqual([
      'seeds/array.json: (whole document): Invalid input: expected object, received array',
    ]);
  });

  it('says a missing file does not exist', () => {
    expect(validateFiles(['seeds/missing.json'], read).lines).toEqual(['seeds/missing.json: No such file']);
  });

  it('says a folder is not a JSON file', () => {
    expect(validateFiles(['seeds'], withError('EISDIR')).lines).toEqual(['seeds: This is a folder, not a JSON file']);
  });

  it('passes on the reason for any other read error', () => {
    expect(validateFiles(['seeds/locked.json'], withError('EACCES')).lines).toEqual([
      'seeds/locked.json: Cannot read the file: EACCES: something',
    ]);
  });

  it('fails when any one file fails', () => {
    expect(validateFiles(['seeds/good.json', 'seeds/missing.json'], read).ok).toBe(false);
  });

  it('reports every file, the valid ones included', () => {
    expect(validateFiles(['seeds/missing.json', 'seeds/good.json'], read).lines).toEqual([
      'seeds/missing.json: No such file',
      '✓ seeds/good.json',
    ]);
  });
});

describe('datasetFiles', () => {
  it('keeps JSON datasets, sorted, and leaves out the JSON Schema and other files', () => {
    expect(datasetFiles(['b.json', 'dataset.schema.json', 'notes.md', 'a.json'])).toEqual(['a.json', 'b.json']);
  });
});
