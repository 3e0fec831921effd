import type { Citation, Dataset, Source } from './schema';

export interface SourceUse {
  source: Source;
  figures: { id: string; label: string; roles: Set<'claimed' | 'published'> }[];
  events: { id: string; title: string; date: string; roles: Set<'claimed' | 'published'> }[];
}

function citationIdsOfFigure(figure: Dataset['figures'][number]): string[] {
  if (figure.kind === 'duration') return figure.citations;
  return [
    ...figure.citations,
    ...(figure.history ?? []).flatMap((p) => p.citations),
    ...(figure.otherClaims ?? []).flatMap((c) => c.citations),
  ];
}

/** For each source, the figures and events that cite it, and whether it made the claim or published it. */
export function sourceUsage(dataset: Dataset): SourceUse[] {
  const citations = new Map<string, Citation>(dataset.citations.map((c) => [c.id, c]));
  const uses = new Map<string, SourceUse>(dataset.sources.map((s) => [s.id, { source: s, figures: [], events: [] }]));

  const rolesFor = (citationIds: string[], sourceId: string) => {
    const roles = new Set<'claimed' | 'published'>();
    for (const id of citationIds) {
      const c = citations.get(id);
      if (c?.claimedBy === sourceId) roles.add('claimed');
      if (c?.publishedBy === sourceId) roles.add('published');
    }
    return roles;
  };

  for (const use of uses.values()) {
    for (const figure of dataset.figures) {
      const roles = rolesFor(citationIdsOfFigure(figure), use.source.id);
      if (roles.size) use.figures.push({ id: figure.id, label: figure.label, roles });
    }
    for (const event of dataset.events) {
      const roles = rolesFor(event.citations, use.source.id);
      if (roles.size) use.events.push({ id: event.id, title: event.title, date: event.date, roles });
    }
  }
  return [...uses.values()].sort((a, b) => a.source.name.localeCompare(b.source.name, 'en'));
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
