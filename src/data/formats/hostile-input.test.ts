import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Dataset } from '../schema/schema';
import { parseJson, safeCheck, validateDataset } from '../checks/validate';
import { applyUpdate } from './update';
import { parseImport } from './import';
import { seedDataset } from '../../../test/fixtures';
import { figureValueText, indexDataset } from '../words/figures';

/*
 * Input made to deceive or to break the checks: every case must end as a
 * clear problem at a named place, never as accepted data or an exception.
 */

const NOW = '2023-09-21T12:00:00Z';

function issuesOf(dataset: unknown): string[] {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

function withSource(name: string): Dataset {
  const dataset = seedDataset();
  dataset.sources[1] = { ...dataset.sources[1]!, name };
  return dataset;
}

describe('text that hides or reorders what a reader sees', () => {
  it('refuses a measure label with a right-to-left override, naming the character and its place', () => {
    const dataset = seedDataset();
    const figure = dataset.figures[1]!;
    if (figure.kind !== 'count') throw new Error('expected a count');
    figure.measures[0]!.label = 'civilians killed \u202E0001\u202C';
    expect(issuesOf(dataset)).toEqual([
      'figures[1].measures[0].label: Contains an invisible or direction-changing character, U+202E RIGHT-TO-LEFT OVERRIDE, at position 18: remove it',
    ]);
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a braille blank', '\u2800'],
    ['a Hangul filler', '\u3164'],
  ])('refuses a source name that is only %s', (_, name) => {
    expect(issuesOf(withSource(name))[0]).toMatch(/^sources\[1\]\.name: Contains an invisible/);
  });

  it('refuses a control character in a source name', () => {
    expect(issuesOf(withSource('Zartonk\u0000Media'))[0]).toMatch(/U\+0000 CONTROL CHARACTER, at position 8/);
  });

  it('refuses a name of punctuation alone', () => {
    expect(issuesOf(withSource('— —'))).toEqual(['sources[1].name: Must contain a letter or a digit']);
  });

  it('stores names in one Unicode form, so two spellings of one name are one name', () => {
    const result = validateDataset(withSource('Zartonk Me\u0301dia'));
    expect(result.ok && result.data.sources[1]!.name).toBe('Zartonk Média');
  });

  it('allows a unit that is a symbol alone', () => {
    const dataset = seedDataset();
    const figure = dataset.figures[0]!;
    if (figure.kind !== 'count') throw new Error('expected a count');
    figure.measures[0]!.unit = '%';
    expect(issuesOf(dataset)).toEqual([]);
  });
});

describe('links that deceive', () => {
  it.each([
    ['credentials', 'https://user:pass@medyanews.net/report'],
    ['a trusted name before an @', 'https://www.icrc.org@evil.example/report'],
  ])('refuses a link with %s', (_, url) => {
    const dataset = seedDataset();
    dataset.citations[0]!.url = url;
    expect(issuesOf(dataset)).toEqual([
      'citations[0].url: A link must not carry a user name or password (the part before an @ in the host)',
    ]);
  });
});

describe('odd values', () => {
  it('reads -0 as 0', () => {
    const dataset = seedDataset();
    dataset.claims[1]!.values![1]!.value = JSON.parse('-0') as number;
    const result = validateDataset(dataset);
    expect(result.ok && Object.is(result.data.claims[1]!.values![1]!.value, 0)).toBe(true);
  });

  it('refuses a date before 1900', () => {
    const dataset = seedDataset();
    dataset.events[0]!.date = '0000-01-01';
    expect(issuesOf(dataset)).toEqual(['events[0].date: A date before 1900-01-01 is not plausible here']);
  });

  it('refuses an update that moves the dataset date past the day it is applied', () => {
    const result = applyUpdate(seedDataset(), { dataset: seedDataset().id, asOf: '9999-12-31' }, NOW);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'asOf', message: '9999-12-31 is in the future: the update is applied on 2023-09-21' },
    ]);
  });

  it('refuses a claim dated after the day the update is applied', () => {
    const seed = seedDataset();
    const claim = { ...seed.claims[0]!, id: 'future-claim', date: '2023-09-30' };
    const result = applyUpdate(seed, { dataset: seed.id, claims: [claim] }, NOW);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['claims[0].date']);
  });
});

describe('keys given twice', () => {
  it('reports each with its line and column instead of keeping the last', () => {
    const result = parseJson('{\n  "value": 100000,\n  "value": 999999\n}');
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: '',
        message: 'Duplicate key "value": JSON keeps only the last one, so give each key once',
        line: 3,
        column: 3,
      },
    ]);
  });

  it('sees a key written with an escape as the same key', () => {
    const result = parseJson('{"x": 1, "\\u0078": 2}');
    expect(result.ok).toBe(false);
  });

  it('allows the same key in different objects', () => {
    expect(parseJson('{"a": {"id": 1}, "b": {"id": 2}, "id": 3}').ok).toBe(true);
  });

  it('is reported by the import screen and the command line path alike', () => {
    const seed = seedDataset();
    const text = `{"dataset": "${seed.id}", "asOf": "2023-09-19", "asOf": "2023-09-20"}`;
    const { result } = parseImport(text, seed, NOW);
    expect(result.ok ? [] : result.issues.map((i) => [i.line, i.column])).toEqual([
      [1, text.lastIndexOf('"asOf"') + 1],
    ]);
  });
});

describe('validation that must never throw', () => {
  const huge = () => Array.from({ length: 200_000 }, () => 0);

  it('reports a 200,000-item array of wrong values, even when zod runs without compiled parsers', () => {
    z.config({ jitless: true });
    try {
      const result = validateDataset({ ...seedDataset(), citations: huge() });
      expect(result.ok).toBe(false);
    } finally {
      z.config({ jitless: false });
    }
  });

  it('turns an exception inside a check into a reported problem', () => {
    const throwing = z.unknown().superRefine(() => {
      throw new TypeError('unexpected');
    });
    expect(safeCheck(throwing, 1)).toEqual({
      success: false,
      issues: [
        {
          path: [],
          message: 'The data could not be checked (TypeError: unexpected); nothing was changed',
        },
      ],
    });
  });

  it('settles an import of the same payload as an update', () => {
    z.config({ jitless: true });
    try {
      const seed = seedDataset();
      const { result } = parseImport(JSON.stringify({ dataset: seed.id, citations: huge() }), seed, NOW);
      expect(result.ok).toBe(false);
    } finally {
      z.config({ jitless: false });
    }
  });
});

describe('measure keys that are names of object properties', () => {
  it.each(['constructor', 'date', 'source', 'value', 'to-string'])('reads a measure keyed "%s" as any other', (key) => {
    const dataset = seedDataset();
    const figure = dataset.figures[0]!;
    if (figure.kind !== 'count') throw new Error('expected a count');
    figure.measures[0]!.key = key;
    dataset.claims[0]!.values![0]!.measure = key;
    const result = validateDataset(dataset);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(figureValueText(result.data.figures[0]!, result.data.asOf, indexDataset(result.data))).toBe(
      'about 120,000 ethnic Armenians',
    );
  });
});
