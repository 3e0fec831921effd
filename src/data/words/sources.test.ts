import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../../test/fixtures';
import { withMoreSources } from '../../../test/source-fixtures';
import type { Source } from '../schema/schema';
import { validateDataset } from '../checks/validate';
import {
  claimTotalsText,
  DEFAULT_SOURCE_SORT,
  figureUseText,
  homeHost,
  kindCounts,
  nextSourceSort,
  matchesTerms,
  resemblingSources,
  searchTerms,
  similarSources,
  sortSources,
  sourceSearchKey,
  sourceSortText,
  sourceUsage,
  sourceUsesText,
  type FigureUse,
  type SourceSort,
} from './sources';

const dataset = withMoreSources(seedDataset());
const uses = sourceUsage(dataset);
const useOf = (id: string) => uses.find((u) => u.source.id === id)!;

const source = (id: string, name: string, kind: Source['kind'] = 'other'): Source => ({ id, name, kind });

function figureUse(made: number, published: number, roles: FigureUse['roles'] = new Set()): FigureUse {
  return {
    id: 'f',
    label: 'F',
    kind: made + published ? 'count' : 'duration',
    roles,
    claimsMade: made,
    claimsPublished: published,
  };
}

describe('sourceUsage', () => {
  it('works on a valid dataset', () => {
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('counts the claims a source made, whoever published them', () => {
    expect(useOf('mfa-spokesperson').claimsMade).toBe(3);
  });

  it('counts the claims a source published for others', () => {
    expect(useOf('medya-news').claimsPublished).toBe(3);
  });

  it('counts the claims a source published itself', () => {
    expect(useOf('mfa-spokesperson').claimsPublished).toBe(2);
  });

  it('credits an outlet with publishing, not making, another party’s claim', () => {
    const hrw = useOf('hrw');
    expect([hrw.claimsMade, hrw.claimsPublished]).toEqual([0, 1]);
    expect(hrw.figures.map((f) => [f.id, f.claimsMade, f.claimsPublished, [...f.roles]])).toEqual([
      ['population-under-blockade', 0, 1, ['published']],
    ]);
  });

  it('counts the claims per figure, in the order of the figures', () => {
    expect(useOf('mfa-spokesperson').figures.map((f) => [f.id, f.claimsMade, f.claimsPublished])).toEqual([
      ['population-under-blockade', 1, 0],
      ['casualties-19-september', 2, 2],
    ]);
  });

  it('lists a duration that cites the source, with no claims counted', () => {
    const duration = useOf('medya-news').figures.find((f) => f.id === 'blockade-duration')!;
    expect([duration.kind, duration.claimsMade, duration.claimsPublished, [...duration.roles].sort()]).toEqual([
      'duration',
      0,
      0,
      ['claimed', 'published'],
    ]);
  });

  it('lists the events that cite the source, with its role', () => {
    expect(useOf('msf').events.map((e) => [e.id, [...e.roles].sort()])).toEqual([
      ['msf-calls-for-access', ['claimed', 'published']],
    ]);
  });

  it('gives a source cited only by an event no figures and no claims', () => {
    const france = useOf('france');
    expect([france.claimsMade, france.claimsPublished, france.figures, france.events.map((e) => e.id)]).toEqual([
      0,
      0,
      [],
      ['france-calls-security-council'],
    ]);
  });

  it('keeps a source cited nowhere, with nothing against it', () => {
    const azatutyun = useOf('azatutyun');
    expect([azatutyun.claimsMade, azatutyun.claimsPublished, azatutyun.figures, azatutyun.events]).toEqual([
      0,
      0,
      [],
      [],
    ]);
  });

  it('sorts the sources by name', () => {
    const names = uses.map((u) => u.source.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names[0]).toBe('Ani Badalyan');
  });
});

describe('kindCounts', () => {
  it('puts the kinds in a fixed order and leaves out kinds without sources', () => {
    expect(kindCounts(uses, uses).map((k) => k.label)).toEqual([
      'Government',
      'Armed forces',
      'Intergovernmental organisation',
      'NGO',
      'Media',
    ]);
  });

  it('counts every source of each kind when all are counted', () => {
    expect(kindCounts(uses, uses).map((k) => k.count)).toEqual([4, 1, 1, 2, 3]);
  });

  it('counts only the sources given to count, keeping the kinds that have none of them', () => {
    const ngos = uses.filter((u) => u.source.kind === 'ngo').slice(0, 1);
    expect(kindCounts(uses, ngos).map((k) => [k.kind, k.count])).toEqual([
      ['government', 0],
      ['armed-forces', 0],
      ['intergovernmental', 0],
      ['ngo', 1],
      ['media', 0],
    ]);
  });

  it('gives no kinds for no sources', () => {
    expect(kindCounts([], [])).toEqual([]);
  });
});

describe('sorting sources', () => {
  const names = (sort: SourceSort) => sortSources(uses, sort).map((u) => u.source.name);

  it('sorts by kind by default, in the fixed order of kinds, by name within each', () => {
    expect(names(DEFAULT_SOURCE_SORT).slice(0, 6)).toEqual([
      'Ani Badalyan',
      'Government of France',
      'MFA spokesperson Ani Badalyan',
      'Ministry of Defence of Azerbaijan',
      'Azerbaijani army',
      'European Union',
    ]);
  });

  it('turns the kinds round, keeping names in order within each', () => {
    expect(names({ key: 'kind', direction: 'descending' }).slice(0, 4)).toEqual([
      'Azatutyun',
      'Medya News',
      'Zartonk Media',
      'Human Rights Watch',
    ]);
  });

  it('sorts by name either way', () => {
    expect(names({ key: 'name', direction: 'descending' })).toEqual(uses.map((u) => u.source.name).reverse());
  });

  it('puts the sources that made the most claims first, ties in name order', () => {
    expect(
      sortSources(uses, { key: 'made', direction: 'descending' })
        .slice(0, 3)
        .map((u) => [u.source.name, u.claimsMade]),
    ).toEqual([
      ['MFA spokesperson Ani Badalyan', 3],
      ['Azerbaijani army', 1],
      ['Medya News', 1],
    ]);
  });

  it('puts the sources that published the fewest claims first', () => {
    const published = sortSources(uses, { key: 'published', direction: 'ascending' }).map((u) => u.claimsPublished);
    expect(published).toEqual([...published].sort((a, b) => a - b));
    expect(published.at(-1)).toBe(3);
  });

  it('leaves the list it was given as it was', () => {
    const before = uses.map((u) => u.source.id);
    sortSources(uses, { key: 'name', direction: 'descending' });
    expect(uses.map((u) => u.source.id)).toEqual(before);
  });
});

describe('nextSourceSort', () => {
  it('turns the column already sorted round', () => {
    expect(nextSourceSort({ key: 'made', direction: 'descending' }, 'made')).toEqual({
      key: 'made',
      direction: 'ascending',
    });
  });

  it('starts a count column from the most claims', () => {
    expect(nextSourceSort(DEFAULT_SOURCE_SORT, 'published')).toEqual({ key: 'published', direction: 'descending' });
  });

  it('starts the name column from A', () => {
    expect(nextSourceSort(DEFAULT_SOURCE_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('sourceSortText', () => {
  it('says the default order', () => {
    expect(sourceSortText(DEFAULT_SOURCE_SORT)).toBe('sorted by kind, governments first');
  });

  it('says which way a count column runs', () => {
    expect(sourceSortText({ key: 'made', direction: 'descending' })).toBe('sorted by claims made, most first');
  });

  it('says which way names run', () => {
    expect(sourceSortText({ key: 'name', direction: 'descending' })).toBe('sorted by name, Z to A');
  });
});

describe('sourceUsesText', () => {
  it('counts figures and events', () => {
    expect(sourceUsesText(3, 1)).toBe('3 figures, 1 event');
  });

  it('leaves out what there is none of', () => {
    expect(sourceUsesText(0, 2)).toBe('2 events');
  });

  it('says one figure in the singular', () => {
    expect(sourceUsesText(1, 0)).toBe('1 figure');
  });

  it('says so when nothing cites the source', () => {
    expect(sourceUsesText(0, 0)).toBe('No figures or events');
  });
});

describe('filtering sources', () => {
  const matches = (s: Source, query: string) => matchesTerms(sourceSearchKey(s), searchTerms(query));

  it('finds a name whatever the case and accents', () => {
    expect(matches(source('msf', 'Médecins Sans Frontières'), 'MEDECINS frontieres')).toBe(true);
  });

  it('finds an accented query in a plain name', () => {
    expect(matches(source('a', 'Human Rights Watch'), 'Wätch')).toBe(true);
  });

  it('finds an Azerbaijani name typed without its letters ə and ı', () => {
    expect(matches(source('a', 'Azərbaycan Respublikası Müdafiə Nazirliyi'), 'azerbaycan respublikasi mudafie')).toBe(
      true,
    );
  });

  it('finds a Cyrillic name in any case', () => {
    expect(matches(source('a', 'Министерство обороны'), 'МИНИСТЕРСТВО')).toBe(true);
  });

  it('finds a source by its id', () => {
    expect(matches(source('azerbaijan-mod', 'Ministry of Defence of Azerbaijan'), 'azerbaijan-mod')).toBe(true);
  });

  it('finds a source by the label of its kind', () => {
    expect(matches(source('x', 'Azatutyun', 'red-cross-red-crescent'), 'red crescent')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(matches(source('hrw', 'Human Rights Watch'), 'human defender')).toBe(false);
  });

  it('does not match across the name and the id', () => {
    expect(matches(source('watch', 'Human Rights'), 'rightswatch')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(matches(source('x', 'Anything'), '')).toBe(true);
  });
});

describe('resemblingSources', () => {
  const names = (found: Source[] | undefined) => found?.map((s) => s.name);

  it('links a name to a longer one that holds all its words, both ways', () => {
    const found = resemblingSources(dataset.sources);
    expect(names(found.get('ani-badalyan'))).toEqual(['MFA spokesperson Ani Badalyan']);
    expect(names(found.get('mfa-spokesperson'))).toEqual(['Ani Badalyan']);
  });

  it('links names that differ only in case, accents and punctuation', () => {
    const found = resemblingSources([source('a', 'Médecins Sans Frontières'), source('b', 'medecins sans-frontieres')]);
    expect(names(found.get('a'))).toEqual(['medecins sans-frontieres']);
  });

  it('does not link a very short name inside a longer one', () => {
    expect(resemblingSources([source('un', 'UN'), source('un-ocha', 'UN OCHA')]).size).toBe(0);
  });

  it('leaves out sources that resemble nothing', () => {
    expect(resemblingSources(dataset.sources).has('hrw')).toBe(false);
  });

  it('lists several look-alikes by name', () => {
    const found = resemblingSources([
      source('a', 'Ani Badalyan'),
      source('c', 'Spokesperson Ani Badalyan'),
      source('b', 'MFA spokesperson Ani Badalyan'),
    ]);
    expect(names(found.get('a'))).toEqual(['MFA spokesperson Ani Badalyan', 'Spokesperson Ani Badalyan']);
  });

  it('agrees with similarSources, for every source against all the others', () => {
    const words = ['ministry', 'defence', 'army', 'ani', 'badalyan', 'news', 'media', 'un', 'red', 'cross'];
    const sources = Array.from({ length: 200 }, (_, i) =>
      source(`s${i}`, [words[i % 10], words[(i * 7) % 10], i % 3 ? words[(i * 3) % 10] : ''].join(' ')),
    );
    const found = resemblingSources(sources);
    expect(found.size).toBeGreaterThan(0);
    for (const s of sources) {
      const others = sources.filter((o) => o.id !== s.id);
      const expected = new Set(similarSources(s.name, others).map((o) => o.id));
      for (const o of others) if (similarSources(o.name, [s]).length) expected.add(o.id);
      expect((found.get(s.id) ?? []).map((o) => o.id).sort()).toEqual([...expected].sort());
    }
  });
});

describe('homeHost', () => {
  it('drops the scheme, path and www.', () => {
    expect(homeHost('https://www.mfa.am/en/')).toBe('mfa.am');
  });

  it('keeps other subdomains', () => {
    expect(homeHost('http://news.azatutyun.am/a?b=c')).toBe('news.azatutyun.am');
  });
});

describe('claimTotalsText', () => {
  it('gives both counts', () => {
    expect(claimTotalsText(12, 30)).toBe('Made 12 claims; published 30');
  });

  it('says one claim in the singular', () => {
    expect(claimTotalsText(1, 1)).toBe('Made 1 claim; published 1');
  });

  it('says when a source published none', () => {
    expect(claimTotalsText(2, 0)).toBe('Made 2 claims; published none');
  });

  it('says when a source made none', () => {
    expect(claimTotalsText(0, 1200)).toBe('Made no claims; published 1,200');
  });

  it('says when a source has no claims at all', () => {
    expect(claimTotalsText(0, 0)).toBe('No claims made or published');
  });
});

describe('figureUseText', () => {
  it('gives claims made', () => {
    expect(figureUseText(figureUse(2, 0))).toBe('made 2 claims');
  });

  it('gives claims published', () => {
    expect(figureUseText(figureUse(0, 1))).toBe('published 1 claim');
  });

  it('gives both', () => {
    expect(figureUseText(figureUse(1, 3))).toBe('made 1 claim, published 3');
  });

  it('says a duration cites the source as publisher', () => {
    expect(figureUseText(figureUse(0, 0, new Set(['published'])))).toBe('cited as publisher');
  });

  it('says a duration cites the source as claimant and publisher', () => {
    expect(figureUseText(figureUse(0, 0, new Set(['claimed', 'published'])))).toBe('cited as claimant and publisher');
  });
});
