import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetListSchema, errorBodySchema, type Dataset } from '../../src/data/schema/schema';
import { parseImport } from '../../src/data/formats/import';
import { validateDataset, validateWith, type ValidationIssue } from '../../src/data/checks/validate';
import { seedDataset } from '../fixtures';
import { applySheetUpdate, csvToUpdate } from '../../src/data/formats/csv';

const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

interface JsonBlock {
  name: string;
  fragment: boolean;
  text: string;
}

/* Every ```json block, named by the heading above it and its line, so a broken example names itself. */
function jsonBlocks(markdown: string): JsonBlock[] {
  const blocks: JsonBlock[] = [];
  let heading = 'Top';
  let open: { line: number; info: string[]; lines: string[] } | undefined;
  markdown.split('\n').forEach((line, i) => {
    if (open) {
      if (/^```\s*$/.test(line)) {
        if (open.info[0] === 'json') {
          blocks.push({
            name: `${heading} (README.md:${open.line})`,
            fragment: open.info.includes('fragment'),
            text: open.lines.join('\n'),
          });
        }
        open = undefined;
      } else {
        open.lines.push(line);
      }
      return;
    }
    const fence = /^```(.*)$/.exec(line);
    if (fence) open = { line: i + 1, info: fence[1]!.trim().split(/\s+/), lines: [] };
    else heading = /^#+\s+(.*)$/.exec(line)?.[1] ?? heading;
  });
  return blocks;
}

/*
 * What a block is, told by its keys as the app tells them: a partial update
 * names its dataset, an error body has an error, a list has datasets;
 * any other object must be a whole dataset.
 */
function kindOf(value: unknown) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  if ('dataset' in value) return 'partial update';
  if ('error' in value) return 'error body';
  if ('datasets' in value) return 'dataset list';
  return 'dataset';
}

function check(text: string): { kind: string; issues: ValidationIssue[] } {
  const value: unknown = JSON.parse(text);
  const kind = kindOf(value);
  const issuesOf = (result: { ok: true } | { ok: false; issues: ValidationIssue[] }) =>
    result.ok ? [] : result.issues;
  switch (kind) {
    case 'not an object':
      return { kind, issues: [{ path: '', message: 'Mark a partial example as ```json fragment' }] };
    case 'partial update': {
      const seed = seedDataset();
      const later = new Date(Date.parse(seed.updatedAt) + 60_000).toISOString();
      const read = parseImport(text, seed, later);
      // An update in the earlier format is still read, with a notice; an example must show the current one.
      return { kind, issues: [...issuesOf(read.result), ...read.notices.map((message) => ({ path: '', message }))] };
    }
    case 'error body':
      return { kind, issues: issuesOf(validateWith(errorBodySchema, value)) };
    case 'dataset list':
      return { kind, issues: issuesOf(validateWith(datasetListSchema, value)) };
    case 'dataset':
      return { kind, issues: issuesOf(validateDataset(value)) };
  }
}

/* A fragment is JSON, or the members of a JSON object. */
function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const blocks = jsonBlocks(readme);

describe('README', () => {
  it('has JSON examples, a whole dataset among them', () => {
    const kinds = blocks.filter((b) => !b.fragment).map((b) => kindOf(parsedOrUndefined(b.text)));
    expect(kinds).toContain('dataset');
  });

  it.each(blocks)('the example under $name passes the check for its kind', ({ fragment, text }) => {
    if (fragment) expect(parsedOrUndefined(text) ?? parsedOrUndefined(`{${text}}`)).toBeDefined();
    else expect(check(text)).toMatchObject({ issues: [] });
  });

  it('shows spreadsheet rows that import into the seed', () => {
    const block = /```csv\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const seed = seedDataset();
    const sheet = csvToUpdate(block!, seed);
    const result = sheet.ok ? applySheetUpdate(seed, sheet.data, '2023-09-22T00:00:00Z') : sheet;
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(sheet.ok && sheet.data.update.claims).toHaveLength(4);
  });

  it('shows spreadsheet rows of every kind of record, each block importing into the seed and changing nothing twice', () => {
    const blocks = [...readme.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.some((block) => /^record,/.test(block) && /\nevent,/.test(block) && /\nend,/.test(block))).toBe(true);
    for (const block of blocks) {
      const apply = (dataset: Dataset) => {
        const sheet = csvToUpdate(block, dataset);
        return sheet.ok ? applySheetUpdate(dataset, sheet.data, '2023-09-22T00:00:00Z') : sheet;
      };
      const once = apply(seedDataset());
      expect(once.ok ? [] : once.issues).toEqual([]);
      const twice = once.ok ? apply(once.data) : once;
      expect(twice).toMatchObject({ ok: true, unchanged: true });
    }
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
