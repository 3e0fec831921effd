/*
 * A valid partial update of the seed: a later population count with its own
 * citation. Plain data, so unit, property and browser tests can all use it.
 */
export const LATER_POPULATION_UPDATE = {
  dataset: 'nagorno-karabakh-2023-09',
  citations: [
    {
      id: 'later-count',
      claimedBy: 'medya-news',
      publishedBy: 'medya-news',
      title: 'A later report',
      url: 'https://example.org/later',
      publishedOn: '2023-09-19',
      note: 'A later count.',
    },
  ],
  figures: [
    {
      id: 'population-under-blockade',
      date: '2023-09-19',
      measures: [{ key: 'population', value: 100000, qualifier: 'about' }],
      citations: ['later-count'],
    },
  ],
};
