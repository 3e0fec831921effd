import type { CountFigure, Dataset } from '../src/data/schema';
import { store } from '../mocks/node';

export const SEED_ID = 'nagorno-karabakh-2023-09';

export function seedDataset(): Dataset {
  const dataset = store.get(SEED_ID);
  if (!dataset) throw new Error('The seed dataset is missing from the store');
  return dataset;
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
