import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/schema';
import { MAX_IMPORT_BYTES, parseImport } from './import';
import { parseDataset } from '../checks/validate';
import { seedDataset } from '../../../test/fixtures';

/*
 * Inputs built to hurt: too big, too deep, too long. Each must be refused
 * with a message that says what is wrong, at once, and without throwing.
 * How long each took is printed for the record, not asserted.
 */

const seed: Dataset = seedDataset();
const NOW = '2026-11-24T12:00:00.000Z';

function refuse(name: string, text: string) {
  const started = performance.now();
  const { result } = parseImport(text, seed, NOW);
  console.log(`${name}: ${(text.length / 1e6).toFixed(1)} MB refused in ${Math.round(performance.now() - started)} ms`);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('very large or deep inputs', () => {
  it('refuses a 20 MB text before reading it, giving both sizes', () => {
    const issues = refuse('20 MB text', JSON.stringify({ ...seed, title: 'x'.repeat(20 * 1024 * 1024) }));
    expect(issues).toEqual([{ path: '', message: 'The text is 20 MB; the limit is 10 MB' }]);
  });

  it('counts bytes, not characters: 4 million three-byte characters are over the limit', () => {
    const text = JSON.stringify({ ...seed, title: '€'.repeat(4 * 1024 * 1024) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refuse('12 MB of multi-byte text', text)[0]!.message).toMatch(/^The text is 12 MB; the limit is 10 MB$/);
  });

  it('refuses a million-element array where a short list belongs, with one issue, not a million', () => {
    const issues = refuse('a million figures', JSON.stringify({ ...seed, figures: new Array(1_000_000).fill(0) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'figures', message: expect.stringMatching(/100000 items/) });
  });

  it('refuses a million-element list of figures in a partial update', () => {
    const issues = refuse(
      'a million figures in an update',
      JSON.stringify({ dataset: seed.id, figures: new Array(1_000_000).fill({}) }),
    );
    expect(issues[0]).toMatchObject({ path: 'figures' });
  });

  it('refuses a partial update of 100,000 empty claims, within the size limit, without throwing', () => {
    const issues = refuse(
      '100,000 empty claims in an update',
      JSON.stringify({ dataset: seed.id, claims: new Array(100_000).fill({}) }),
    );
    expect(issues[0]!.message).toMatch(/too many problems/i);
  });

  it('refuses a dataset of 100,000 empty claims without throwing', () => {
    const issues = refuse(
      '100,000 empty claims in a dataset',
      JSON.stringify({ ...seed, claims: new Array(100_000).fill({}) }),
    );
    expect(issues[0]!.message).toMatch(/too many problems/i);
  });

  it('lists each problem of a list of broken claims too short to overflow', () => {
    const issues = refuse(
      '1,000 empty claims in an update',
      JSON.stringify({ dataset: seed.id, claims: new Array(1000).fill({}) }),
    );
    expect(issues.filter((i) => i.path === 'claims[999].id')).toHaveLength(1);
  });

  it('refuses arrays nested 100,000 deep, saying where', () => {
    const text = `{"dataset":"${seed.id}","figures":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(refuse('arrays nested 100,000 deep', text)[0]).toMatchObject({ path: 'figures[0]' });
  });

  it('refuses objects nested 100,000 deep inside a dataset, saying where', () => {
    const nested = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = JSON.stringify({ ...seed, figures: [] }).replace('"figures":[]', `"figures":${nested}`);
    expect(refuse('objects nested 100,000 deep', text)[0]).toMatchObject({ path: 'figures' });
  });

  it('refuses unclosed nesting a million deep as broken JSON, with its line and column', () => {
    const issues = refuse('a million unclosed brackets', '['.repeat(1_000_000));
    expect(issues[0]).toMatchObject({ path: '', line: 1, message: expect.stringMatching(/^Not valid JSON/) });
  });

  it('reads well-formed nesting 200,000 deep without overflowing the stack, then says it is not a dataset', () => {
    const result = parseDataset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(result.ok ? [] : result.issues).toEqual([{ path: '', message: expect.stringMatching(/expected object/) }]);
  });
});
