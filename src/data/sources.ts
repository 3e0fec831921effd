import type { Citation, Dataset, Source } from './schema';

export interface SourceUse {
  source: Source;
  figures: { id: string; label: string; roles: Set<'claimed' | 'published'> }[];
  events: { id: string; title: string; date: string; roles: Set<'claimed' | 'published'> }[];
  /** How many claims this source made, and how many it published for others or itself. */
  claimsMade: number;
  claimsPublished: number;
}

function citationIdsByFigure(dataset: Dataset): Map<string, string[]> {
  const ids = new Map<string, string[]>(
    dataset.figures.map((f) => [f.id, f.kind === 'duration' ? [...f.citations] : []]),
  );
  for (const claim of dataset.claims) ids.get(claim.figure)?.push(claim.citation);
  return ids;
}

/** For each source, the figures and events that cite it, whether it made the claim or published it, and how often. */
export function sourceUsage(dataset: Dataset): SourceUse[] {
  const citations = new Map<string, Citation>(dataset.citations.map((c) => [c.id, c]));
  const uses = new Map<string, SourceUse>(
    dataset.sources.map((s) => [s.id, { source: s, figures: [], events: [], claimsMade: 0, claimsPublished: 0 }]),
  );
  const byFigure = citationIdsByFigure(dataset);

  const rolesFor = (citationIds: string[], sourceId: string) => {
    const roles = new Set<'claimed' | 'published'>();
    for (const id of citationIds) {
      const c = citations.get(id);
      if (c?.claimedBy === sourceId) roles.add('claimed');
      if (c?.publishedBy === sourceId) roles.add('published');
    }
    return roles;
  };

  for (const claim of dataset.claims) {
    const citation = citations.get(claim.citation);
    if (!citation) continue;
    const claimant = uses.get(citation.claimedBy);
    if (claimant) claimant.claimsMade++;
    const outlet = uses.get(citation.publishedBy);
    if (outlet) outlet.claimsPublished++;
  }

  for (const use of uses.values()) {
    for (const figure of dataset.figures) {
      const roles = rolesFor(byFigure.get(figure.id) ?? [], use.source.id);
      if (roles.size) use.figures.push({ id: figure.id, label: figure.label, roles });
    }
    for (const event of dataset.events) {
      const roles = rolesFor(event.citations, use.source.id);
      if (roles.size) use.events.push({ id: event.id, title: event.title, date: event.date, roles });
    }
  }
  return [...uses.values()].sort((a, b) => a.source.name.localeCompare(b.source.name, 'en'));
}

/* Case, accents, punctuation and spacing say nothing about who a source is. */
function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/*
 * Existing sources a new name may mean: the same words in another form, or
 * one name's words all inside the other's ("Ani Badalyan" and "MFA
 * spokesperson Ani Badalyan"). A hint for the maintainer, never a merge.
 */
export function similarSources(name: string, sources: readonly Source[]): Source[] {
  const words = nameWords(name);
  if (words.length === 0) return [];
  const key = words.join(' ');
  return sources.filter((source) => {
    const other = nameWords(source.name);
    if (other.length === 0) return false;
    if (other.join(' ') === key) return true;
    const [shorter, longer] = other.length <= words.length ? [other, words] : [words, other];
    const set = new Set(longer);
    return shorter.every((w) => set.has(w)) && shorter.join('').length >= 4;
  });
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
