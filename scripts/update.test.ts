// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema/schema';
import { runUpdate } from './update-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'update-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const seedText = readFileSync(join(root, 'seeds/nagorno-karabakh-2023-09.json'), 'utf8');
const NOW = '2023-09-21T12:00:00Z';
let files = 0;

function file(name: string, content: string): string {
  const path = join(folder, `${++files}-${name}`);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const lines: string[] = [];
  const status = runUpdate(args, {
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => writeFileSync(path, text),
    now: NOW,
    print: (line) => lines.push(line),
  });
  return { status, output: lines.join('\n') };
}

/* The lines of `before` that `after` no longer has, by a longest common subsequence of lines. */
function removedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (j < b.length && lcs[i]![j + 1]! >= lcs[i + 1]![j]!) j++;
    else removed.push(a[i++]!);
  }
  return removed;
}

const oneClaim = {
  dataset: 'nagorno-karabakh-2023-09',
  claims: [
    {
      id: 'population-under-blockade-2023-09-20',
      figure: 'population-under-blockade',
      date: '2023-09-20',
      values: [{ measure: 'population', value: 110000, qualifier: 'about' }],
      status: 'reported',
      citation: 'medya-blockade-population',
    },
  ],
};

describe('npm run update', () => {
  it('writes the dataset back changed only by the new records and the header', () => {
    const dataset = file('dataset.json', seedText);
    const result = run(dataset, file('claim.json', JSON.stringify(oneClaim)));
    expect(result.status).toBe(0);
    const written = readFileSync(dataset, 'utf8');
    const removed = removedLines(seedText, written);
    // Only the header's three changing lines go, and at most a closing brace that gains a comma.
    const header = removed.filter((line) => /^ {2}"(asOf|updatedAt|revision)"/.test(line));
    expect(header).toHaveLength(3);
    expect(removed.filter((line) => !header.includes(line) && line !== '    }')).toEqual([]);
    expect(written.split('\n').length - seedText.split('\n').length + removed.length).toBeLessThan(20);
    const before = JSON.parse(seedText) as Dataset;
    const after = JSON.parse(written) as Dataset;
    expect(after).toEqual({
      ...before,
      asOf: '2023-09-20',
      updatedAt: NOW,
      revision: 2,
      claims: [...before.claims, oneClaim.claims[0]],
    });
    expect(result.output).toContain('revision 1 → 2, asOf 2023-09-19 → 2023-09-20');
    expect(result.output).toContain('shown: about 120,000 ethnic Armenians (2023-09-19) → about 110,000');
  });

  it('writes nothing with --dry-run, but says what would change', () => {
    const dataset = file('dataset.json', seedText);
    const result = run('--dry-run', dataset, file('claim.json', JSON.stringify(oneClaim)));
    expect(result.status).toBe(0);
    expect(result.output).toContain('1 new claim (population-under-blockade-2023-09-20)');
    expect(readFileSync(dataset, 'utf8')).toBe(seedText);
  });

  it('writes nothing and exits 1 with every problem by file, row and column', () => {
    const dataset = file('dataset.json', seedText);
    const csv = file(
      'rows.csv',
      'figure,value,date,claimed_by,url\n' +
        'population-under-blockade,100000,2023-09-20,Medya News,https://example.org/a\n' +
        'population-under-blockade,lots,2023-09-31,Medya News,https://example.org/a\n',
    );
    const result = run(dataset, csv);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${csv}: row 3, date: This date does not exist in the calendar`);
    expect(result.output).toContain(`${csv}: row 3, value: "lots" must be a number`);
    expect(readFileSync(dataset, 'utf8')).toBe(seedText);
  });

  it('refuses a whole dataset given as an update', () => {
    const dataset = file('dataset.json', seedText);
    const whole = file('whole.json', seedText);
    const result = run(dataset, whole);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${whole}: (whole document): This is a whole dataset, not an update`);
    expect(readFileSync(dataset, 'utf8')).toBe(seedText);
  });

  it('applies several files in order, a later one building on an earlier one', () => {
    const dataset = file('dataset.json', seedText);
    const first = file(
      'new-figure.csv',
      'figure,figure_label,measure,unit,value,date,claimed_by,url\n' +
        'fuel-price,Fuel price,price,AMD,500,2023-09-20,Medya News Agency,https://example.org/fuel\n',
    );
    const second = file(
      'rows.json',
      JSON.stringify([
        {
          figure: 'fuel-price',
          value: '650',
          date: '2023-09-21',
          claimed_by: 'Medya News Agency',
          url: 'https://example.org/fuel-2',
        },
      ]),
    );
    const result = run(dataset, first, second);
    expect(result.status).toBe(0);
    const after = JSON.parse(readFileSync(dataset, 'utf8')) as Dataset;
    expect(after.revision).toBe(3);
    expect(after.claims.filter((c) => c.figure === 'fuel-price').map((c) => c.values?.[0]?.value)).toEqual([500, 650]);
    expect(result.output).toContain('New figure fuel-price: "Fuel price"');
    expect(result.output).toContain(
      'New source medya-news-agency: "Medya News Agency" (other) — looks like existing source "Medya News" (medya-news)',
    );
    expect(result.output).toContain('shown: price: 650 AMD (2023-09-21)');
  });

  it('writes nothing the second time the same daily file is applied, and says the claims were there', () => {
    const dataset = file('dataset.json', seedText);
    const daily = file(
      'daily.csv',
      'figure,figure_label,value,date,claimed_by,url,topic,headline\n' +
        'population-under-blockade,,110000,2023-09-20,Medya News,https://example.org/a,People,\n' +
        'displaced,People displaced,270,2023-09-20,Example Ombudsman,https://example.org/b,People,2\n',
    );
    expect(run(dataset, daily).status).toBe(0);
    const once = readFileSync(dataset, 'utf8');
    const again = run(dataset, daily);
    expect(again.status).toBe(0);
    expect(again.output).toContain('Nothing new: 2 claims already in the record');
    expect(readFileSync(dataset, 'utf8')).toBe(once);
  });

  it('writes nothing the second time the same JSON update is applied', () => {
    const dataset = file('dataset.json', seedText);
    const update = file('claim.json', JSON.stringify(oneClaim));
    expect(run(dataset, update).status).toBe(0);
    const once = readFileSync(dataset, 'utf8');
    const again = run(dataset, update);
    expect([again.status, again.output.split('\n')[0]]).toEqual([0, 'Nothing new: 1 claim already in the record']);
    expect(readFileSync(dataset, 'utf8')).toBe(once);
  });

  it('says what of a file was already there when the rest is new', () => {
    const dataset = file('dataset.json', seedText);
    expect(run(dataset, file('claim.json', JSON.stringify(oneClaim))).status).toBe(0);
    const more = {
      ...oneClaim,
      claims: [
        { ...oneClaim.claims[0]!, id: 'copy' },
        { ...oneClaim.claims[0]!, id: 'other', date: '2023-09-21' },
      ],
    };
    const result = run(dataset, file('more.json', JSON.stringify(more)));
    expect(result.output).toContain('Already in the record, so not added again: 1 claim');
    expect(result.output).toContain('1 new claim (other)');
  });

  it('lists the headlines, topics, ends and events a file changes', () => {
    const dataset = file('dataset.json', seedText);
    const rows = file(
      'curation.csv',
      'record,figure,value,date,claimed_by,url,topic,headline,event_title,event_kind\n' +
        'claim,population-under-blockade,110000,2023-09-19,Medya News,https://example.org/a,Siege,4,,\n' +
        'end,blockade-duration,,2023-09-19,Medya News,https://example.org/b,,,,\n' +
        'event,,,2023-09-19,Medya News,https://example.org/c,,,Convoy turned back,access\n',
    );
    const lines = run(dataset, rows).output.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Headlines: population-under-blockade, casualties-19-september, blockade-duration, mine-blast-deaths-alleged → casualties-19-september, blockade-duration, mine-blast-deaths-alleged, population-under-blockade',
        'New topic siege: "Siege"',
        'Topic of population-under-blockade: (none) → Siege',
        'Blockade duration (blockade-duration) ends on 2023-09-19, according to Medya News',
        'New event 2023-09-19-convoy-turned-back: 2023-09-19 "Convoy turned back" (access)',
      ]),
    );
  });
});
