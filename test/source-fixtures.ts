import type { Dataset } from '../src/data/schema/schema';
import { withManySources } from './fixtures/many-sources';
import { seedDataset } from './fixtures';

/*
 * The seed with 152 invented sources besides its own: long names, Armenian,
 * Cyrillic, Azerbaijani and Arabic ones, every kind, all making or publishing
 * claims (see fixtures/many-sources.ts, which the benchmark reads too).
 */
export function manySourcesDataset(): Dataset {
  return withManySources(seedDataset());
}

/*
 * The seed with sources added for the sources index: a spokesperson entered
 * twice under two names, an outlet that published another party's claim, a
 * name with accents, and an outlet cited nowhere.
 */
export function withMoreSources(dataset: Dataset): Dataset {
  const next = structuredClone(dataset);
  next.sources.push(
    {
      id: 'mfa-spokesperson',
      name: 'MFA spokesperson Ani Badalyan',
      kind: 'government',
      url: 'https://www.mfa.am/en/',
    },
    { id: 'ani-badalyan', name: 'Ani Badalyan', kind: 'government' },
    { id: 'hrw', name: 'Human Rights Watch', kind: 'ngo', url: 'https://www.hrw.org/' },
    { id: 'msf', name: 'Médecins Sans Frontières', kind: 'ngo' },
    { id: 'azatutyun', name: 'Azatutyun', kind: 'media', url: 'https://news.azatutyun.am/' },
  );
  next.citations.push(
    {
      id: 'mfa-casualties',
      claimedBy: 'mfa-spokesperson',
      publishedBy: 'mfa-spokesperson',
      title: 'Briefing',
      url: 'https://example.org/briefing',
      publishedOn: '2023-09-19',
      note: 'A briefing invented for tests.',
    },
    {
      id: 'hrw-population',
      claimedBy: 'mfa-spokesperson',
      publishedBy: 'hrw',
      title: 'Report',
      url: 'https://example.org/report',
      publishedOn: '2023-09-19',
      note: 'A report invented for tests.',
    },
    {
      id: 'msf-statement',
      claimedBy: 'msf',
      publishedBy: 'msf',
      title: 'Statement',
      url: 'https://example.org/statement',
      publishedOn: '2023-09-19',
      note: 'A statement invented for tests.',
    },
  );
  next.claims.push(
    {
      id: 'mfa-casualties-18',
      figure: 'casualties-19-september',
      date: '2023-09-18',
      values: [{ measure: 'killed', value: 1, qualifier: 'exact' }],
      status: 'reported',
      citation: 'mfa-casualties',
    },
    {
      id: 'mfa-casualties-19',
      figure: 'casualties-19-september',
      date: '2023-09-19',
      values: [{ measure: 'killed', value: 2, qualifier: 'exact' }],
      status: 'reported',
      citation: 'mfa-casualties',
    },
    {
      id: 'mfa-population-19',
      figure: 'population-under-blockade',
      date: '2023-09-19',
      values: [{ measure: 'population', value: 120000, qualifier: 'about' }],
      status: 'reported',
      citation: 'hrw-population',
    },
  );
  next.events.push({
    id: 'msf-calls-for-access',
    date: '2023-09-19',
    kind: 'humanitarian',
    title: 'MSF calls for humanitarian access',
    citations: ['msf-statement'],
  });
  return next;
}
