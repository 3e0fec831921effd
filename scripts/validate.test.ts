// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_FILE, seedText } from '../test/fixtures';

/* The real command, in a child process, as `npm run validate` starts it. */
const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'validate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const seed = seedText();

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 0 for a valid dataset', () => {
    const path = file('valid.json', seed);
    expect(validate(path)).toMatchObject({ status: 0, stdout: `✓ ${path}\n` });
  });

  it('exits 1 and prints file:line:column for a syntax error', () => {
    const path = file('syntax.json', seed.replace('"asOf": "2023-09-19",', '"asOf": "2023-09-19"'));
    expect(validate(path)).toMatchObject({
      status: 1,
      stdout: expect.stringContaining(`${path}:7:3: Not valid JSON:`),
    });
  });

  it('exits 1 and prints the path of a value of the wrong type', () => {
    const path = file('wrong-type.json', seed.replace('"revision": 1', '"revision": "1"'));
    expect(validate(path)).toMatchObject({
      status: 1,
      stdout: `${path}: revision: Invalid input: expected number, received string\n`,
    });
  });

  it('exits 1 for a file that does not exist', () => {
    const path = join(folder, 'missing.json');
    expect(validate(path)).toMatchObject({ status: 1, stdout: `${path}: No such file\n` });
  });

  it('checks every dataset in seeds/ but not the JSON Schema when given no file', () => {
    expect(validate()).toMatchObject({ status: 0, stdout: `✓ ${SEED_FILE}\n` });
  });
});
