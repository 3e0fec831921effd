import type { Dataset } from '../schema/schema';
import type { SourcesSlice } from './sources-slice-schema';
import { sourceUsage, type SourceRole, type SourceUse } from '../words/sources';

export type { SourcesSlice } from './sources-slice-schema';

const ROLE_ORDER: SourceRole[] = ['claimed', 'published'];
const roleList = (roles: Set<SourceRole>) => ROLE_ORDER.filter((r) => roles.has(r));

/*
 * What the sources page shows, cut from the whole dataset: the counts are
 * worked out here, once, so the page never needs the claims themselves.
 */
export function sourcesSlice(dataset: Dataset): SourcesSlice {
  const uses = sourceUsage(dataset);
  const figureIds = new Set(uses.flatMap((u) => u.figures.map((f) => f.id)));
  const eventIds = new Set(uses.flatMap((u) => u.events.map((e) => e.id)));
  return {
    id: dataset.id,
    revision: dataset.revision,
    figures: dataset.figures.filter((f) => figureIds.has(f.id)).map(({ id, label, kind }) => ({ id, label, kind })),
    events: dataset.events.filter((e) => eventIds.has(e.id)).map(({ id, title, date }) => ({ id, title, date })),
    sources: uses.map((use) => ({
      source: use.source,
      claimsMade: use.claimsMade,
      claimsPublished: use.claimsPublished,
      figures: use.figures.map((f) => ({
        figure: f.id,
        roles: roleList(f.roles),
        claimsMade: f.claimsMade,
        claimsPublished: f.claimsPublished,
      })),
      events: use.events.map((e) => ({ event: e.id, roles: roleList(e.roles) })),
    })),
  };
}

/** The slice read back as the page uses it: the same as sourceUsage of the whole dataset, in the same order. */
export function sourceUsesOf(slice: SourcesSlice): SourceUse[] {
  const figures = new Map(slice.figures.map((f) => [f.id, f]));
  const events = new Map(slice.events.map((e) => [e.id, e]));
  return slice.sources.map((use) => ({
    source: use.source,
    claimsMade: use.claimsMade,
    claimsPublished: use.claimsPublished,
    figures: use.figures.flatMap((f) => {
      const figure = figures.get(f.figure);
      return figure
        ? [{ ...figure, roles: new Set(f.roles), claimsMade: f.claimsMade, claimsPublished: f.claimsPublished }]
        : [];
    }),
    events: use.events.flatMap((e) => {
      const event = events.get(e.event);
      return event ? [{ ...event, roles: new Set(e.roles) }] : [];
    }),
  }));
}
