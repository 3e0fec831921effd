import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseImport } from './import';
import { LEGACY_NOTICE, LEGACY_UPDATE_NOTICE } from '../checks/legacy';
import { figureValueText, indexDataset } from '../words/figures';
import { countFigure, deepFreeze, SEED_ID, seedDataset, seedJson } from '../../../test/fixtures';
import { LATER_POPULATION_UPDATE } from '../../../test/examples';
import legacySeed from '../../../test/fixtures/seed-format-1.json';

const NOW = '2023-09-21T12:00:00Z';

describe('parseImport', () => {
  const current = seedDataset();
  const importText = (text: string) => parseImport(text, current, NOW);

  it('applies the README’s example of a partial update', () => {
    const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Partial updates')))?.[1] ?? '';
    const { kind, result } = importText(example);
    expect([kind, result.ok ? [] : result.issues]).toEqual(['update', []]);
  });

  it('applies a partial update', () => {
    const { kind, result } = importText(JSON.stringify(LATER_POPULATION_UPDATE));
    expect([kind, result.ok && result.data.revision]).toEqual(['update', 2]);
  });

  it('shows the value the partial update brings', () => {
    const { result } = importText(JSON.stringify(LATER_POPULATION_UPDATE));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const population = countFigure(result.data, 'population-under-blockade');
    expect(figureValueText(population, result.data.asOf, indexDataset(result.data))).toBe(
      'about 100,000 ethnic Armenians',
    );
  });

  it('gives no notice for an update in the current format', () => {
    expect(importText(JSON.stringify(LATER_POPULATION_UPDATE)).notices).toEqual([]);
  });

  it('reports a partial update’s shape errors at their place in the update', () => {
    const [claim] = LATER_POPULATION_UPDATE.claims;
    const { citation: _citation, ...uncited } = { ...claim!, colour: 'red' };
    const { result } = importText(JSON.stringify({ ...LATER_POPULATION_UPDATE, claims: [uncited] }));
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(['claims[0]', 'claims[0].citation']);
  });

  it('reports an earlier-format update’s shape errors at their place in the update', () => {
    const { result } = importText(
      JSON.stringify({ dataset: SEED_ID, figures: [{ id: 'blockade-duration', citations: [], colour: 'red' }] }),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(['figures[0]', 'figures[0].citations']);
  });

  it('applies an update in the earlier format, with its notice', () => {
    const update = {
      dataset: SEED_ID,
      figures: [
        {
          id: 'casualties-19-september',
          date: '2023-09-19',
          measures: [{ key: 'injured', value: 25 }],
          citations: ['zartonk-casualties'],
        },
      ],
    };
    const { kind, result, notices } = importText(JSON.stringify(update));
    expect([kind, result.ok, notices]).toEqual(['update', true, [LEGACY_UPDATE_NOTICE]]);
  });

  it('reads a whole dataset in the earlier format, with its notice', () => {
    const { kind, result, notices } = importText(JSON.stringify(legacySeed));
    expect([kind, result.ok, notices]).toEqual(['dataset', true, [LEGACY_NOTICE]]);
  });

  it('validates a whole dataset', () => {
    const { kind, result } = importText(JSON.stringify(seedJson()));
    expect([kind, result.ok]).toEqual(['dataset', true]);
  });

  it('refuses a whole dataset with another id', () => {
    const { result } = importText(JSON.stringify({ ...seedJson(), id: 'another-crisis' }));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'id', message: expect.stringContaining('"another-crisis"') },
    ]);
  });

  it('reports a whole dataset’s errors by path', () => {
    const broken = seedJson() as { figures: { label: unknown }[] };
    broken.figures[0]!.label = 42;
    const { result } = importText(JSON.stringify(broken));
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['figures[0].label']);
  });

  it('refuses an object that is neither a dataset nor an update', () => {
    const { result } = importText('{ "id": "x", "asOf": "2023-09-19", "figures": [] }');
    expect(result.ok ? [] : result.issues).toEqual([{ path: '', message: expect.stringContaining('missing sources') }]);
  });

  it.each([
    ['an empty array', '[]'],
    ['an array of other values', '[1, 2, 3]'],
  ])('refuses %s at the top level', (found, text) => {
    const { result } = importText(text);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: '',
        message: `Expected a JSON object (a dataset or a partial update) or an array of rows (objects keyed by column name) but found ${found}`,
      },
    ]);
  });

  it.each([
    ['a string', '"dataset"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('refuses %s at the top level', (found, text) => {
    const { result } = importText(text);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '', message: `Expected a JSON object (a dataset or a partial update) but found ${found}` },
    ]);
  });

  it('refuses an empty text', () => {
    const { result } = importText('  \n');
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '', message: expect.stringContaining('empty'), line: 1, column: 1 },
    ]);
  });

  it('gives the line and column of a syntax error', () => {
    const { result } = importText('{\n  "dataset": "x",\n  "asOf": 2023-09-21\n}');
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '', message: expect.stringMatching(/^Not valid JSON: /), line: 3, column: 15 },
    ]);
  });

  it('refuses a text over the size limit before parsing it', () => {
    const { result } = importText(' '.repeat(MAX_IMPORT_BYTES + 1024 * 1024));
    expect(result.ok ? [] : result.issues).toEqual([{ path: '', message: 'The text is 11 MB; the limit is 10 MB' }]);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const { result } = importText(`"${'€'.repeat(4 * 1024 * 1024)}"`);
    expect(result.ok ? [] : result.issues).toEqual([{ path: '', message: 'The text is 12 MB; the limit is 10 MB' }]);
  });

  it('never changes the current dataset', () => {
    const frozen = deepFreeze(seedDataset());
    parseImport(JSON.stringify(LATER_POPULATION_UPDATE), frozen, NOW);
    expect(frozen).toEqual(seedDataset());
  });

  it.each([
    ['an unclosed deep nesting', '['.repeat(100_000)],
    ['a closed deep nesting', `{"dataset": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
    ['a __proto__ key', '{"__proto__": {"dataset": "nagorno-karabakh-2023-09"}}'],
    ['a dataset key that is an object', '{"dataset": {}}'],
    [
      'a figure update that is a string',
      '{"dataset": "nagorno-karabakh-2023-09", "figures": ["casualties-19-september"]}',
    ],
    [
      'a negative count in the earlier format',
      '{"dataset": "nagorno-karabakh-2023-09", "figures": [{"id": "casualties-19-september", "date": "2023-09-19", "measures": [{"key": "killed", "value": -1}], "citations": ["zartonk-casualties"]}]}',
    ],
    [
      'a negative value in a claim',
      '{"dataset": "nagorno-karabakh-2023-09", "claims": [{"id": "x", "figure": "casualties-19-september", "date": "2023-09-19", "values": [{"measure": "killed", "value": -1, "qualifier": "exact"}], "status": "reported", "citation": "zartonk-casualties"}]}',
    ],
    ['a claim that is a string', '{"dataset": "nagorno-karabakh-2023-09", "claims": ["casualties-19-september"]}'],
  ])('reports issues rather than throwing for %s', (_name, text) => {
    const { result } = importText(text);
    expect(result.ok ? [] : result.issues).not.toEqual([]);
  });
});
