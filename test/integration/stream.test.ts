// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDisagreements, indexClaims, standingOf } from '../../src/data/ledger/claims';
import { allDisagreements } from '../../src/data/ledger/claim-history';
import { indexDataset } from '../../src/data/words/figures';
import type { Claim, CountFigure, Dataset } from '../../src/data/schema/schema';
import { runUpdate } from '../../scripts/update-files';

/*
 * The invented stream in test/fixtures/stream, applied file by file through
 * the update command to a copy of the seed, as a maintainer would.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const streamDir = join(root, 'test/fixtures/stream');
const streamFiles = readdirSync(streamDir)
  .filter((name) => /\.(csv|json)$/.test(name))
  .sort()
  .map((name) => join(streamDir, name));
const seedText = readFileSync(join(root, 'seeds/nagorno-karabakh-2023-09.json'), 'utf8');
const seed = JSON.parse(seedText) as Dataset;

const folder = mkdtempSync(join(tmpdir(), 'stream-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let after: Dataset;
let output: string;
let status: number;

beforeAll(() => {
  const path = join(folder, 'dataset.json');
  writeFileSync(path, seedText);
  const lines: string[] = [];
  status = runUpdate([path, ...streamFiles], {
    readFile: (file) => readFileSync(file),
    writeFile: (file, text) => writeFileSync(file, text),
    now: '2023-09-30T12:00:00Z',
    print: (line) => lines.push(line),
  });
  output = lines.join('\n');
  after = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
});

type Row = Record<string, string | number | undefined>;

/* The reports as the files state them, read without the importer: CSV and JSON rows, and the claims of JSON updates. */
function reportsOf(path: string): { rows: Row[]; claims: Claim[] } {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.csv')) {
    const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
    return { rows: rows.filter((row) => !String(row.figure).startsWith('#')), claims: [] };
  }
  const json = JSON.parse(text) as Row[] | { claims: Claim[] };
  return Array.isArray(json) ? { rows: json, claims: [] } : { rows: [], claims: json.claims };
}

const number = (cell: string | number | undefined) =>
  cell === undefined || cell === '' ? undefined : Number(String(cell).replaceAll(',', ''));

function casualties(): CountFigure {
  const figure = after.figures.find((f) => f.id === 'casualties-19-september');
  if (figure?.kind !== 'count') throw new Error('casualties must be a count');
  return figure;
}

describe('an invented stream of updates', () => {
  it('applies every file and raises the revision by one per file', () => {
    expect(status).toBe(0);
    expect(streamFiles.length).toBeGreaterThanOrEqual(10);
    expect(after.revision).toBe(seed.revision + streamFiles.length);
  });

  it('records every report as a claim with its own source, qualifier and date', () => {
    const index = indexDataset(after);
    const newClaims = after.claims.slice(seed.claims.length);
    const used = new Set<string>();
    let reports = 0;
    for (const path of streamFiles) {
      const { rows, claims } = reportsOf(path);
      for (const claim of claims) {
        expect(after.claims.find((c) => c.id === claim.id)).toEqual(claim);
        reports++;
      }
      for (const row of rows) {
        const low = number(row.value_low);
        const expected =
          low === undefined
            ? { value: number(row.value), qualifier: row.qualifier || 'exact' }
            : { low, high: number(row.value_high) };
        const match = newClaims.find((claim) => {
          const citation = index.citations.get(claim.citation);
          const claimant = citation && index.sources.get(citation.claimedBy);
          const value = claim.values?.find((v) => !row.measure || v.measure === row.measure);
          return (
            claim.figure === row.figure &&
            claim.date === row.date &&
            (claim.time ?? '') === (row.time ?? '') &&
            claim.status === (row.status || 'reported') &&
            citation?.url === row.url &&
            (claimant?.name === row.claimed_by || claimant?.id === row.claimed_by) &&
            value !== undefined &&
            !used.has(`${claim.id}/${value.measure}`) &&
            expect.objectContaining(expected).asymmetricMatch(value)
          );
        });
        expect(match, `${path}: ${JSON.stringify(row)}`).toBeDefined();
        const measure = match!.values!.find((v) => !row.measure || v.measure === row.measure)!.measure;
        used.add(`${match!.id}/${measure}`);
        reports++;
      }
    }
    expect(reports).toBeGreaterThanOrEqual(40);
  });

  it('keeps the seed records as they were', () => {
    for (const list of ['sources', 'citations', 'figures', 'events'] as const) {
      for (const item of seed[list]) {
        expect(after[list].find((other) => other.id === item.id)).toEqual(item);
      }
    }
    expect(after.claims.slice(0, seed.claims.length)).toEqual(seed.claims);
  });

  it('does not call a party revising itself a disagreement', () => {
    const index = indexDataset(after);
    const sameDay = after.claims.filter((c) => c.figure === 'casualties-19-september' && c.date === '2023-09-21');
    expect(sameDay.map((c) => [c.time, c.values?.[0]?.value])).toEqual([
      ['14:00', 25],
      ['22:30', 27],
    ]);
    const disagreements = allDisagreements(casualties(), index.claims, index.claimantOf);
    expect(disagreements.filter((d) => d.date === '2023-09-21')).toEqual([]);
  });

  it('finds the disagreement between two parties on one day, and on the day of the current value', () => {
    const index = indexDataset(after);
    const all = allDisagreements(casualties(), index.claims, index.claimantOf);
    const firstDay = all.find((d) => d.date === '2023-09-20' && d.measure.key === 'killed');
    expect(firstDay).toMatchObject({ low: 7, high: 20 });
    expect(firstDay?.claimants.sort()).toEqual(['example-defence-ministry', 'example-ombudsman']);
    const current = currentDisagreements(casualties(), index.claims, index.claimantOf);
    expect(current.map((d) => [d.date, d.measure.key, d.low, d.high])).toContainEqual(['2023-09-24', 'killed', 9, 40]);
  });

  it('keeps superseded and retracted claims in the ledger', () => {
    const index = indexClaims(after.claims);
    const standing = (id: string) => standingOf(index.byId.get(id)!, index);
    expect(standing('casualties-19-september-2023-09-20-2')).toBe('superseded');
    expect(standing('casualties-relief-network-2023-09-23')).toBe('retracted');
    expect(standing('casualties-relief-network-2023-09-23-retracted')).toBe('retraction');
  });

  it('points out a new source whose name is close to an existing one', () => {
    expect(output).toContain(
      'New source example-ombudsman-s-office: "Example Ombudsman\'s Office" (de-facto-authority) — looks like existing source "Example Ombudsman" (example-ombudsman)',
    );
  });
});
