import { formatCount } from './format';
import { SOURCE_KINDS, type Citation, type Dataset, type Figure, type Source, type SourceKind } from '../schema/schema';

export type SourceRole = 'claimed' | 'published';

export interface FigureUse {
  id: string;
  label: string;
  kind: Figure['kind'];
  roles: Set<SourceRole>;
  /** Claims about this figure the source made, and published (for others or itself). A duration takes no claims: both 0. */
  claimsMade: number;
  claimsPublished: number;
}

export interface SourceUse {
  source: Source;
  figures: FigureUse[];
  events: { id: string; title: string; date: string; roles: Set<SourceRole> }[];
  /** How many claims this source made, and how many it published for others or itself. */
  claimsMade: number;
  claimsPublished: number;
}

// Numbers in names by their value: "Office 9" before "Office 10".
const nameOrder = new Intl.Collator('en', { numeric: true });

/*
 * For each source, the figures and events that cite it, whether it made the
 * claim or published it, and how often. One pass over the claims and
 * citations, so a dataset of thousands of sources costs no more than its size.
 */
export function sourceUsage(dataset: Dataset): SourceUse[] {
  const citations = new Map<string, Citation>(dataset.citations.map((c) => [c.id, c]));
  const figures = new Map<string, Figure>(dataset.figures.map((f) => [f.id, f]));
  const figureOrder = new Map<string, number>(dataset.figures.map((f, i) => [f.id, i]));
  const uses = new Map<string, SourceUse>(
    dataset.sources.map((s) => [s.id, { source: s, figures: [], events: [], claimsMade: 0, claimsPublished: 0 }]),
  );
  const figureUses = new Map<string, Map<string, FigureUse>>();

  const figureUse = (sourceId: string, figure: Figure): FigureUse | undefined => {
    if (!uses.has(sourceId)) return undefined;
    let bySource = figureUses.get(sourceId);
    if (!bySource) figureUses.set(sourceId, (bySource = new Map()));
    let use = bySource.get(figure.id);
    if (!use) {
      use = {
        id: figure.id,
        label: figure.label,
        kind: figure.kind,
        roles: new Set(),
        claimsMade: 0,
        claimsPublished: 0,
      };
      bySource.set(figure.id, use);
    }
    return use;
  };

  const cite = (citation: Citation, figure: Figure, counts: boolean) => {
    const claimant = figureUse(citation.claimedBy, figure);
    if (claimant) {
      claimant.roles.add('claimed');
      if (counts) claimant.claimsMade++;
    }
    const outlet = figureUse(citation.publishedBy, figure);
    if (outlet) {
      outlet.roles.add('published');
      if (counts) outlet.claimsPublished++;
    }
  };

  for (const figure of dataset.figures) {
    if (figure.kind !== 'duration') continue;
    // The citation that dates an end concerns the figure as much as those of its start.
    for (const id of [...figure.citations, ...(figure.end && figure.endCitation ? [figure.endCitation] : [])]) {
      const citation = citations.get(id);
      if (citation) cite(citation, figure, false);
    }
  }

  for (const claim of dataset.claims) {
    const citation = citations.get(claim.citation);
    if (!citation) continue;
    const claimant = uses.get(citation.claimedBy);
    if (claimant) claimant.claimsMade++;
    const outlet = uses.get(citation.publishedBy);
    if (outlet) outlet.claimsPublished++;
    const figure = figures.get(claim.figure);
    if (figure) cite(citation, figure, true);
  }

  for (const event of dataset.events) {
    const roles = new Map<string, Set<SourceRole>>();
    const add = (sourceId: string, role: SourceRole) => {
      if (!uses.has(sourceId)) return;
      if (!roles.has(sourceId)) roles.set(sourceId, new Set());
      roles.get(sourceId)!.add(role);
    };
    for (const id of event.citations) {
      const citation = citations.get(id);
      if (!citation) continue;
      add(citation.claimedBy, 'claimed');
      add(citation.publishedBy, 'published');
    }
    for (const [sourceId, set] of roles) {
      uses.get(sourceId)!.events.push({ id: event.id, title: event.title, date: event.date, roles: set });
    }
  }

  for (const [sourceId, bySource] of figureUses) {
    uses.get(sourceId)!.figures = [...bySource.values()].sort(
      (a, b) => figureOrder.get(a.id)! - figureOrder.get(b.id)!,
    );
  }
  return [...uses.values()].sort((a, b) => nameOrder.compare(a.source.name, b.source.name));
}

export interface KindCount {
  kind: SourceKind;
  label: string;
  /** How many of the sources counted are of this kind. */
  count: number;
}

/*
 * One entry per kind that `all` has sources of, in the order of SOURCE_KINDS
 * (states first, outlets last), each with how many of `counted` are of that
 * kind: the sources that match a filter, so each kind says what it would show.
 */
export function kindCounts(all: readonly SourceUse[], counted: readonly SourceUse[]): KindCount[] {
  const present = new Set(all.map((u) => u.source.kind));
  const counts = new Map<SourceKind, number>();
  for (const { source } of counted) counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
  return SOURCE_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
    kind,
    label: sourceKindLabel(kind),
    count: counts.get(kind) ?? 0,
  }));
}

export type SourceSortKey = 'name' | 'kind' | 'made' | 'published';
export type SortDirection = 'ascending' | 'descending';
export interface SourceSort {
  key: SourceSortKey;
  direction: SortDirection;
}

/* By kind, then name: the order the page had when it listed the sources in a section per kind. */
export const DEFAULT_SOURCE_SORT: SourceSort = { key: 'kind', direction: 'ascending' };

/** Sorting by the column already sorted turns it round; another column starts from A, or from the most claims. */
export function nextSourceSort(current: SourceSort, key: SourceSortKey): SourceSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'made' || key === 'published' ? 'descending' : 'ascending' };
}

const KIND_ORDER = new Map<SourceKind, number>(SOURCE_KINDS.map((kind, i) => [kind, i]));

/*
 * The sources in `sort`'s order. `uses` come in name order (as sourceUsage
 * gives them) and the sort is stable, so sources that tie, of one kind or
 * with as many claims, stay in name order whichever way the column runs.
 */
export function sortSources(uses: readonly SourceUse[], sort: SourceSort): SourceUse[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') return sign === 1 ? [...uses] : [...uses].reverse();
  const value: (u: SourceUse) => number =
    sort.key === 'kind'
      ? (u) => KIND_ORDER.get(u.source.kind)!
      : sort.key === 'made'
        ? (u) => u.claimsMade
        : (u) => u.claimsPublished;
  return [...uses].sort((a, b) => sign * (value(a) - value(b)));
}

const SORT_WORDS: Record<SourceSortKey, [string, string, string]> = {
  name: ['name', 'A to Z', 'Z to A'],
  kind: ['kind', 'governments first', 'other and media first'],
  made: ['claims made', 'fewest first', 'most first'],
  published: ['claims published', 'fewest first', 'most first'],
};

/** "sorted by claims made, most first": what the table's order is, said to a screen reader as to the eye. */
export function sourceSortText(sort: SourceSort): string {
  const [column, up, down] = SORT_WORDS[sort.key];
  return `sorted by ${column}, ${sort.direction === 'ascending' ? up : down}`;
}

/** What a source's row offers to open: "3 figures, 1 event". */
export function sourceUsesText(figures: number, events: number): string {
  if (figures === 0 && events === 0) return 'No figures or events';
  const parts = [];
  if (figures > 0) parts.push(`${formatCount(figures)} ${figures === 1 ? 'figure' : 'figures'}`);
  if (events > 0) parts.push(`${formatCount(events)} ${events === 1 ? 'event' : 'events'}`);
  return parts.join(', ');
}

/*
 * Case and accents are folded away, so "kocharyan" finds "Kocharyán"; so are
 * the two Azerbaijani letters no accent makes, ə and ı, as they are written
 * without an Azerbaijani keyboard: "seher" finds "Şəhər".
 */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ə/g, 'e').replace(/ı/g, 'i');
}

/** What a filter looks in: the source's name, id and kind, folded once so each keystroke only compares strings. */
export function sourceSearchKey(source: Source): string {
  return fold([source.name, source.id, sourceKindLabel(source.kind)].join('\n'));
}

/** The words of a filter, folded; a source matches when its key holds every one. */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

export function matchesTerms(key: string, terms: readonly string[]): boolean {
  return terms.every((term) => key.includes(term));
}

/* Case, accents, punctuation and spacing say nothing about who a source is. */
interface NameShape {
  words: string[];
  set: Set<string>;
  key: string;
  letters: number;
}

function nameShape(name: string): NameShape {
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return { words, set: new Set(words), key: words.join(' '), letters: words.join('').length };
}

/* The same words in another form, or the shorter name's words all inside the longer's. */
function shapesResemble(name: NameShape, other: NameShape): boolean {
  if (name.words.length === 0 || other.words.length === 0) return false;
  if (name.key === other.key) return true;
  const [shorter, longer] = other.words.length <= name.words.length ? [other, name] : [name, other];
  return shorter.letters >= 4 && shorter.words.every((w) => longer.set.has(w));
}

/*
 * Existing sources a new name may mean: the same words in another form, or
 * one name's words all inside the other's ("Ani Badalyan" and "MFA
 * spokesperson Ani Badalyan"). A hint for the maintainer, never a merge.
 */
export function similarSources(name: string, sources: readonly Source[]): Source[] {
  const shape = nameShape(name);
  return sources.filter((source) => shapesResemble(shape, nameShape(source.name)));
}

/*
 * For every source whose name resembles another's (as similarSources judges,
 * either way round), the others, by name. Two names that resemble share every
 * word of one of them, so each name is compared only with the names holding
 * its rarest word, not with every other source.
 */
export function resemblingSources(sources: readonly Source[]): Map<string, Source[]> {
  const shapes = sources.map((s) => nameShape(s.name));
  const holders = new Map<string, number[]>();
  shapes.forEach(({ set }, i) => {
    for (const word of set) {
      const list = holders.get(word);
      if (list) list.push(i);
      else holders.set(word, [i]);
    }
  });

  const found = new Map<string, Map<string, Source>>();
  const link = (a: Source, b: Source) => {
    if (!found.has(a.id)) found.set(a.id, new Map());
    found.get(a.id)!.set(b.id, b);
  };
  shapes.forEach((shape, i) => {
    let rarest: number[] = [];
    for (const word of shape.set) {
      const list = holders.get(word)!;
      if (rarest.length === 0 || list.length < rarest.length) rarest = list;
    }
    for (const j of rarest) {
      const a = sources[i]!;
      const b = sources[j]!;
      if (a.id === b.id) continue;
      if (shapesResemble(shape, shapes[j]!) || shapesResemble(shapes[j]!, shape)) {
        link(a, b);
        link(b, a);
      }
    }
  });

  return new Map(
    [...found].map(([id, others]) => [id, [...others.values()].sort((a, b) => nameOrder.compare(a.name, b.name))]),
  );
}

const KIND_LABELS: Record<Source['kind'], string> = {
  government: 'Government',
  'de-facto-authority': 'De facto authority',
  'armed-forces': 'Armed forces',
  intergovernmental: 'Intergovernmental organisation',
  'un-agency': 'UN agency',
  'red-cross-red-crescent': 'Red Cross / Red Crescent',
  ngo: 'NGO',
  media: 'Media',
  other: 'Other',
};

export function sourceKindLabel(kind: Source['kind']): string {
  return KIND_LABELS[kind];
}

/** The host of a source's home page, as a reader would type it: "medyanews.net". */
export function homeHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function claims(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'claim' : 'claims'}`;
}

/** "Made 12 claims; published 30", for a source's whole record. */
export function claimTotalsText(made: number, published: number): string {
  if (made === 0 && published === 0) return 'No claims made or published';
  return `Made ${made === 0 ? 'no claims' : claims(made)}; published ${published === 0 ? 'none' : formatCount(published)}`;
}

/** What a source did for one figure: "made 2 claims, published 1"; a duration, which takes no claims, says how it was cited. */
export function figureUseText(use: FigureUse): string {
  const made = use.claimsMade > 0 ? `made ${claims(use.claimsMade)}` : '';
  const published =
    use.claimsPublished > 0 ? `published ${made ? formatCount(use.claimsPublished) : claims(use.claimsPublished)}` : '';
  if (made || published) return [made, published].filter(Boolean).join(', ');
  return `cited as ${use.roles.has('claimed') ? (use.roles.has('published') ? 'claimant and publisher' : 'claimant') : 'publisher'}`;
}
