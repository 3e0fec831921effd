/*
 * Valid partial updates of the seed, one per thing an update does, written
 * the way the README shows them. Plain data, so unit, property and browser
 * tests can all use them.
 */

/* A later population count, with its own citation: the figure then shows about 100,000. */
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
  claims: [
    {
      id: 'population-later-count',
      figure: 'population-under-blockade',
      date: '2023-09-19',
      time: '21:00',
      values: [{ measure: 'population', value: 100000, qualifier: 'about' }],
      status: 'reported',
      citation: 'later-count',
    },
  ],
};

/* Zartonk Media corrects its own count of the injured; the earlier claim stays, superseded. */
export const CASUALTIES_CORRECTION_UPDATE = {
  dataset: 'nagorno-karabakh-2023-09',
  claims: [
    {
      id: 'casualties-corrected',
      figure: 'casualties-19-september',
      date: '2023-09-19',
      values: [
        {
          measure: 'killed',
          value: 2,
          qualifier: 'exact',
          breakdown: [{ label: 'children', singular: 'child', value: 1, qualifier: 'exact' }],
        },
        { measure: 'injured', value: 25, qualifier: 'at-least' },
      ],
      status: 'reported',
      citation: 'zartonk-casualties',
      supersedes: 'casualties-19-september-2023-09-19',
      note: 'The count of the injured was corrected the same day.',
    },
  ],
};

/* The army's allegation is withdrawn: a record that names it, with a note and no values. */
export const RETRACTION_UPDATE = {
  dataset: 'nagorno-karabakh-2023-09',
  claims: [
    {
      id: 'mine-blast-deaths-withdrawn',
      figure: 'mine-blast-deaths-alleged',
      date: '2023-09-19',
      status: 'alleged',
      citation: 'azerbaijani-army-mine-blasts',
      retracts: 'mine-blast-deaths-alleged-2023-09-19',
      note: 'An illustration of a retraction.',
    },
  ],
};

/* A new figure with a measure in per cent, its first claim given as a range, from a new source; the date moves on. */
export const NEW_FIGURE_UPDATE = {
  dataset: 'nagorno-karabakh-2023-09',
  asOf: '2023-09-21',
  sources: [{ id: 'example-agency', name: 'Example Agency', kind: 'un-agency' }],
  citations: [
    {
      id: 'example-agency-displacement',
      claimedBy: 'example-agency',
      publishedBy: 'example-agency',
      title: 'Example: displacement estimate',
      url: 'https://example.org/displacement',
      publishedOn: '2023-09-21',
      note: 'An illustration of the format, not a real report.',
    },
  ],
  figures: [
    {
      id: 'share-displaced',
      kind: 'count',
      label: 'Share of the population displaced',
      unit: 'people',
      measures: [{ key: 'share', label: 'share displaced', unit: '%', decimals: true }],
    },
  ],
  claims: [
    {
      id: 'share-displaced-2023-09-21',
      figure: 'share-displaced',
      date: '2023-09-21',
      values: [{ measure: 'share', low: 2.5, high: 4 }],
      status: 'estimated',
      citation: 'example-agency-displacement',
    },
  ],
};

export const UPDATE_EXAMPLES = {
  LATER_POPULATION_UPDATE,
  CASUALTIES_CORRECTION_UPDATE,
  RETRACTION_UPDATE,
  NEW_FIGURE_UPDATE,
};
