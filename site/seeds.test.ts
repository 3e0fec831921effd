// @vitest-environment node
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeeds, seedNames } from './seeds';

const seed = new URL('../seeds/nagorno-karabakh-2023-09.json', import.meta.url);
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'seeds-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the seed reader', () => {
  it('takes the JSON datasets, sorted, and leaves out the JSON Schemas and other files', async () => {
    for (const name of ['b.json', 'dataset.schema.json', 'notes.md', 'a.json'])
      await writeFile(join(folder, name), '{}');
    expect(await seedNames(folder)).toEqual(['a.json', 'b.json']);
  });

  it('reads the valid datasets and writes each problem of the others as every command does', async () => {
    await copyFile(seed, join(folder, 'good.json'));
    await writeFile(join(folder, 'broken.json'), '{\n  "id": \n}');
    await writeFile(join(folder, 'wrong.json'), '{"id": 3}');
    const { datasets, problems } = await readSeeds(folder);
    expect(datasets.map((d) => d.id)).toEqual(['nagorno-karabakh-2023-09']);
    expect(problems[0]).toMatch(/^seeds\/broken\.json:3:1: /);
    expect(problems.slice(1).every((line) => /^seeds\/wrong\.json: [\w[\].]+: /.test(line))).toBe(true);
    expect(problems.length).toBeGreaterThan(1);
  });
});
