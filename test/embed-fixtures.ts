import type { Dataset } from '../src/data/schema/schema';
import { validateDataset } from '../src/data/checks/validate';

export const LONG_FIGURE_ID = 'example-long-embed-figure';

/*
 * The longest card an embed may have to hold, all of it invented: a label of
 * 150 characters, a claimant with a name of 130 and an outlet with a Cyrillic
 * one, four measures, each value qualified and three with breakdowns, the
 * status an allegation, and another party's count the same day that cannot be
 * true with it, so both notes show.
 */
export function withLongEmbedFigure(dataset: Dataset): Dataset {
  const next = structuredClone(dataset);
  next.sources.push(
    {
      id: 'example-long-claimant',
      name: 'Example Office of the Commissioner for Human Rights and Humanitarian Affairs of the Autonomous Region, Press and Information Service',
      kind: 'de-facto-authority',
    },
    {
      id: 'example-long-outlet',
      name: 'Пример: Независимое информационное агентство «Южный Кавказ» и его региональная редакция',
      kind: 'media',
    },
    { id: 'example-rival', name: 'Example Rival Monitor', kind: 'ngo' },
  );
  next.citations.push(
    {
      id: 'example-long-report',
      claimedBy: 'example-long-claimant',
      publishedBy: 'example-long-outlet',
      title: 'Example report',
      url: 'https://example.org/long-report',
      publishedOn: next.asOf,
      note: 'Invented for tests.',
    },
    {
      id: 'example-rival-report',
      claimedBy: 'example-rival',
      publishedBy: 'example-rival',
      title: 'Example rival report',
      url: 'https://example.org/rival-report',
      publishedOn: next.asOf,
      note: 'Invented for tests.',
    },
  );
  next.figures.push({
    id: LONG_FIGURE_ID,
    kind: 'count',
    label:
      'Example: civilians killed, injured, reported missing and displaced in the villages of the eastern districts since the start of the September operation',
    unit: 'people',
    measures: [
      { key: 'killed', label: 'civilians killed', singular: 'civilian killed' },
      { key: 'injured', label: 'civilians injured', singular: 'civilian injured' },
      { key: 'missing', label: 'people reported missing to the authorities' },
      { key: 'displaced', label: 'people displaced from their homes' },
    ],
  });
  // The rival's first, so the long claimant's is the latest of the day, and shown.
  next.claims.push(
    {
      id: 'example-rival-count',
      figure: LONG_FIGURE_ID,
      date: next.asOf,
      values: [{ measure: 'killed', value: 30, qualifier: 'exact' }],
      status: 'reported',
      citation: 'example-rival-report',
    },
    {
      id: 'example-long-count',
      figure: LONG_FIGURE_ID,
      date: next.asOf,
      values: [
        {
          measure: 'killed',
          value: 12,
          qualifier: 'about',
          breakdown: [
            { label: 'children', singular: 'child', value: 3, qualifier: 'exact' },
            { label: 'women', singular: 'woman', value: 4, qualifier: 'at-least' },
            { label: 'elderly people', singular: 'elderly person', value: 2, qualifier: 'exact' },
          ],
        },
        {
          measure: 'injured',
          value: 1240,
          qualifier: 'at-least',
          breakdown: [{ label: 'children', singular: 'child', value: 310, qualifier: 'about' }],
        },
        { measure: 'missing', low: 50, high: 1200 },
        {
          measure: 'displaced',
          value: 103500,
          qualifier: 'about',
          breakdown: [{ label: 'in collective shelters', value: 21000, qualifier: 'about' }],
        },
      ],
      status: 'alleged',
      citation: 'example-long-report',
    },
  );
  const result = validateDataset(next);
  if (!result.ok) throw new Error(`The long embed figure does not validate: ${JSON.stringify(result.issues[0])}`);
  return result.data;
}
