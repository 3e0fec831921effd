import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HmrContext } from 'vite';
import { seedsPlugin } from './seeds-plugin';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'seeds-plugin-'));
  await mkdir(join(root, 'seeds'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/* Saves a seed file and runs the watcher on it, returning what it printed and what it sent to the page. */
async function save(name: string, text: string) {
  const file = join(root, 'seeds', name);
  await writeFile(file, text);
  const errors: string[] = [];
  const sent: unknown[] = [];
  const server = {
    config: { root, logger: { info: () => {}, error: (line: string) => errors.push(line) } },
    ws: { send: (payload: unknown) => sent.push(payload) },
  };
  const hook = seedsPlugin().handleHotUpdate as (context: HmrContext) => Promise<unknown>;
  const handled = await hook({ file, server } as unknown as HmrContext);
  return { errors, sent, handled };
}

describe('seeds watcher', () => {
  it('prints a syntax error once as file:line:column, as npm run validate does', async () => {
    const { errors } = await save('x.json', '{\n  "id" "x"\n}');
    expect(errors.slice(1)).toEqual([
      '  seeds/x.json:2:8: Not valid JSON: Expected ":" after a property name but found """',
    ]);
  });

  it('prints a schema problem with its path', async () => {
    const { errors } = await save('x.json', '[]');
    expect(errors.slice(1)).toEqual([
      '  seeds/x.json: (whole document): Invalid input: expected object, received array',
    ]);
  });

  it('sends the text to the page and keeps Vite from reloading it', async () => {
    const { sent, handled } = await save('x.json', '{}');
    expect(sent).toEqual([{ type: 'custom', event: 'seeds:changed', data: { file: 'seeds/x.json', text: '{}' } }]);
    expect(handled).toEqual([]);
  });
});
