import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import {
  describeIssue,
  formatPath,
  lineAndColumn,
  parseDataset,
  readDataset,
  validateDataset,
  validateWith,
} from './validate';
import { seedJson } from '../../../test/fixtures';

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['figures', 2, 'measures', 0, 'value'])).toBe('figures[2].measures[0].value');
  });

  it('is empty for the whole document', () => {
    expect(formatPath([])).toBe('');
  });

  it('starts with a bracket when the path starts with an index', () => {
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });

  it('quotes a key with a hyphen', () => {
    expect(formatPath(['values', 'police-officers'])).toBe('values["police-officers"]');
  });

  it('quotes a key with a space', () => {
    expect(formatPath(['a b'])).toBe('["a b"]');
  });

  it('quotes a key that starts with a digit', () => {
    expect(formatPath(['values', '1a'])).toBe('values["1a"]');
  });

  it('quotes an empty key', () => {
    expect(formatPath(['values', ''])).toBe('values[""]');
  });

  it('escapes a double quote inside a quoted key', () => {
    expect(formatPath(['say "hi"'])).toBe('["say \\"hi\\""]');
  });

  it('keeps $ and _ keys as identifiers', () => {
    expect(formatPath(['$schema', '_x'])).toBe('$schema._x');
  });

  it('writes a symbol key in brackets', () => {
    expect(formatPath(['a', Symbol('s')])).toBe('a["Symbol(s)"]');
  });
});

describe('describeIssue', () => {
  it('starts with the path', () => {
    expect(describeIssue({ path: 'figures[2].value', message: 'Must be a number' })).toBe(
      'figures[2].value: Must be a number',
    );
  });

  it('names the whole document when the path is empty', () => {
    expect(describeIssue({ path: '', message: 'Bad' })).toBe('(whole document): Bad');
  });

  it('gives the line and column of a syntax error instead of the path', () => {
    expect(describeIssue({ path: '', message: 'Not valid JSON', line: 3, column: 8 })).toBe(
      'line 3, column 8: Not valid JSON',
    );
  });

  it('uses column 1 when only the line is known', () => {
    expect(describeIssue({ path: '', message: 'Bad', line: 2 })).toBe('line 2, column 1: Bad');
  });
});

describe('lineAndColumn', () => {
  it('is line 1, column 1 at the start', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('starts a new line after a line break', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('clamps an offset past the end to the end', () => {
    expect(lineAndColumn('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });

  it('clamps a negative offset to the start', () => {
    expect(lineAndColumn('ab', -5)).toEqual({ line: 1, column: 1 });
  });
});

describe('validateWith', () => {
  const schema = z.strictObject({ items: z.array(z.strictObject({ n: z.number() })) });

  it('returns the data when it is valid', () => {
    expect(validateWith(schema, { items: [{ n: 1 }] })).toEqual({ ok: true, data: { items: [{ n: 1 }] } });
  });

  it('turns zod paths into JSON paths', () => {
    const result = validateWith(schema, { items: [{ n: 1 }, { n: 'x' }] });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['items[1].n']);
  });

  it('refuses with one issue, rather than throwing, when the problems overflow the stack', () => {
    const overflowing = z.string().refine(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(validateWith(overflowing, 'x')).toEqual({
      ok: false,
      issues: [{ path: '', message: expect.stringMatching(/^Too many problems to list/) }],
    });
  });

  it('reports any other error as a problem too, so a check always settles', () => {
    const broken = z.string().refine(() => {
      throw new TypeError('a bug');
    });
    expect(validateWith(broken, 'x')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'The data could not be checked (TypeError: a bug); nothing was changed' }],
    });
  });
});

describe('validateDataset', () => {
  it('accepts the seed dataset', () => {
    expect(validateDataset(seedJson()).ok).toBe(true);
  });

  it('rejects a value that is not an object', () => {
    const result = validateDataset([]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['']);
  });

  it('reports a missing field by its path', () => {
    const dataset: Record<string, unknown> = seedJson();
    delete dataset.title;
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['title']);
  });
});

describe('readDataset', () => {
  it('reads a dataset in the current format without notices', () => {
    expect(readDataset(seedJson())).toMatchObject({ ok: true, notices: [] });
  });

  it('reports the current format’s problems for a document that is not in the earlier one', () => {
    const dataset: Record<string, unknown> = seedJson();
    delete dataset.claims;
    const result = readDataset(dataset);
    expect([result.ok ? [] : result.issues.map((i) => i.path), result.notices]).toEqual([['claims'], []]);
  });
});

describe('parseDataset', () => {
  it('parses and validates the seed text', () => {
    const result = parseDataset(JSON.stringify(seedJson(), null, 2));
    expect(result.ok && result.data.id).toBe('nagorno-karabakh-2023-09');
  });

  it('reports a syntax error with its line', () => {
    const text = JSON.stringify(seedJson(), null, 2).replace('"revision": 1,', '"revision": 1,,');
    const result = parseDataset(text);
    const expectedLine = text.slice(0, text.indexOf(',,') + 1).split('\n').length;
    expect(result.ok ? undefined : result.issues[0]?.line).toBe(expectedLine);
  });

  it('reports a schema error by its path once the JSON is valid', () => {
    const dataset = seedJson();
    dataset.revision = 0;
    const result = parseDataset(JSON.stringify(dataset));
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['revision']);
  });
});
