import type { ResourceRef } from '../data/resources/api-resources';

/*
 * Every key of the query cache, in one place: a page's data rendered ahead of
 * time is put under its key before that page's own query module has loaded,
 * so priming the cache does not pull every page's request code into the
 * first screen's script; and a write refreshes whole families of keys by
 * their common start.
 */
export const datasetsKey = () => ['datasets'] as const;
export const datasetKey = (id: string) => ['datasets', id] as const;
export const dashboardKey = (id: string) => ['datasets', id, 'dashboard'] as const;
export const sourcesKey = (id: string) => ['datasets', id, 'sources'] as const;
/** Every figure's key of a dataset starts with this; a figure's key adds its id. */
export const figuresKey = (id: string) => ['datasets', id, 'figures'] as const;
export const figureKey = (id: string, figureId: string) => [...figuresKey(id), figureId] as const;
/** Every page of other figures starts with this; a page's key adds its number. */
export const otherFiguresKey = (id: string) => ['datasets', id, 'other-figures'] as const;
export const otherFiguresPageKey = (id: string, page: number) => [...otherFiguresKey(id), page] as const;
export const revisionsKey = (id: string) => ['datasets', id, 'revisions'] as const;
export const revisionKey = (id: string, n: number) => ['datasets', id, 'revision', n] as const;
export const whoamiKey = (session: number) => ['whoami', session] as const;
export const setAsideKey = () => ['set-aside'] as const;

/** The key under which a resource of the API's table is cached. */
export function resourceKey(id: string, ref: ResourceRef): readonly unknown[] {
  switch (ref.name) {
    case 'dataset':
      return datasetKey(id);
    case 'dashboard':
      return dashboardKey(id);
    case 'sources':
      return sourcesKey(id);
    case 'figure':
      return figureKey(id, ref.figureId);
    case 'other-figures':
      return otherFiguresPageKey(id, Number(ref.page));
  }
}
