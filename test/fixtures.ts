import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedFile from '../seeds/nagorno-karabakh-2023-09.json';
import type { CountFigure, Dataset } from '../src/data/schema/schema';
import { validateDataset } from '../src/data/checks/validate';

export const SEED_ID = 'nagorno-karabakh-2023-09';
export const SEED_FILE = `seeds/${SEED_ID}.json`;

/* The seed as tests need it. Each call gives a fresh copy, so a test may change its own freely. */

/** The seed file's text, as written: for tests that depend on its lines and columns. */
export function seedText(): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', SEED_FILE), 'utf8');
}

/** The seed file's JSON, `$schema` included and not yet validated: for tests that break it on purpose. */
export function seedJson(): typeof seedFile {
  return structuredClone(seedFile);
}

/** The seed dataset as the app holds it once validated. */
export function seedDataset(): Dataset {
  const result = validateDataset(seedJson());
  if (!result.ok) throw new Error(`The seed does not validate: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/* Freezes a value and everything in it, so a test can show that a function leaves its input alone. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export function countFigure(dataset: Dataset, id: string): CountFigure {
  const figure = dataset.figures.find((f) => f.id === id);
  if (figure?.kind !== 'count') throw new Error(`No count figure ${id}`);
  return figure;
}

/*
 * The seed holds one claim per figure. Tests of history and disagreement add,
 * here and only in tests, an earlier claim and another party's claim that
 * cannot be true together with the seed's.
 */
export function withHistoryAndRivalClaim(dataset: Dataset): Dataset {
  const next = structuredClone(dataset);
  next.sources.push({ id: 'test-ombudsman', name: 'Test Ombudsman', kind: 'de-facto-authority' });
  next.citations.push({
    id: 'test-ombudsman-count',
    claimedBy: 'test-ombudsman',
    publishedBy: 'test-ombudsman',
    title: 'Test statement',
    url: 'https://example.org/statement',
    publishedOn: '2023-09-19',
    note: 'A claim invented for tests.',
  });
  // Written before the seed's own claim, so that the seed's claim stays the latest one of its day.
  next.claims.unshift(
    {
      id: 'test-casualties-earlier',
      figure: 'casualties-19-september',
      date: '2023-09-18',
      values: [
        { measure: 'killed', value: 1, qualifier: 'exact' },
        { measure: 'injured', value: 10, qualifier: 'exact' },
      ],
      status: 'reported',
      citation: 'zartonk-casualties',
    },
    {
      id: 'test-casualties-rival',
      figure: 'casualties-19-september',
      date: '2023-09-19',
      values: [{ measure: 'killed', value: 5, qualifier: 'at-least' }],
      status: 'reported',
      citation: 'test-ombudsman-count',
    },
  );
  return next;
}

/*
 * For tests of corrections and retractions: the claims of
 * withHistoryAndRivalClaim, a correction of its earlier claim (later the same
 * day), and a range from the rival party that it withdrew the next morning.
 */
export function withCorrectionAndWithdrawal(dataset: Dataset): Dataset {
  const next = withHistoryAndRivalClaim(dataset);
  next.claims.push(
    {
      id: 'test-ombudsman-range',
      figure: 'casualties-19-september',
      date: '2023-09-18',
      values: [{ measure: 'killed', low: 1, high: 4 }],
      status: 'alleged',
      citation: 'test-ombudsman-count',
    },
    {
      id: 'test-casualties-corrected',
      figure: 'casualties-19-september',
      date: '2023-09-18',
      time: '23:00',
      values: [
        { measure: 'killed', value: 1, qualifier: 'exact' },
        { measure: 'injured', value: 12, qualifier: 'exact' },
      ],
      status: 'reported',
      citation: 'zartonk-casualties',
      note: 'The injured recounted.',
      supersedes: 'test-casualties-earlier',
    },
    {
      id: 'test-ombudsman-withdrawal',
      figure: 'casualties-19-september',
      date: '2023-09-19',
      time: '09:00',
      status: 'alleged',
      citation: 'test-ombudsman-count',
      note: 'Counted twice.',
      retracts: 'test-ombudsman-range',
    },
  );
  return next;
}

/*
 * The seed with `figures` more count figures, each with `claimsPerFigure`
 * daily claims from two parties taking turns (each party's count only grows,
 * so the cumulative rule holds), all passing the schema: big enough that a
 * page's HTML runs to hundreds of kilobytes.
 */
export function largeDataset(figures: number, claimsPerFigure: number): Dataset {
  const dataset = seedDataset();
  const asOf = Date.parse(`${dataset.asOf}T00:00:00Z`);
  const date = (daysBefore: number) => new Date(asOf - daysBefore * 86_400_000).toISOString().slice(0, 10);
  const parties = ['large-ministry', 'large-monitor'];
  for (const id of parties) {
    dataset.sources.push({ id, name: `Source ${id}`, kind: 'government' });
    dataset.citations.push({
      id: `${id}-reports`,
      claimedBy: id,
      publishedBy: id,
      title: `Daily report of ${id}`,
      url: `https://example.org/${id}`,
      publishedOn: dataset.asOf,
      note: 'A source invented for tests at scale.',
    });
  }
  for (let i = 0; i < figures; i++) {
    const id = `large-figure-${i}`;
    dataset.figures.push({
      id,
      kind: 'count',
      label: `Large figure ${i}`,
      unit: 'people',
      measures: [{ key: 'killed', label: 'killed' }],
      cumulative: true,
    });
    for (let k = 0; k < claimsPerFigure; k++) {
      const party = k % parties.length;
      dataset.claims.push({
        id: `large-${i}-${k}`,
        figure: id,
        date: date(claimsPerFigure - k),
        values: [{ measure: 'killed', value: 100 + k * 3 + party, qualifier: 'exact' }],
        status: 'reported',
        citation: `${parties[party]}-reports`,
      });
    }
  }
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(`The large dataset does not validate: ${JSON.stringify(result.issues[0])}`);
  return result.data;
}
