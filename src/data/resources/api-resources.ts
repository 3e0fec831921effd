import type { Dataset } from '../schema/schema';
import { dashboardSlice, figureSlice, otherFiguresPages, otherFiguresSlice } from './slices';
import { sourcesSlice, type SourcesSlice } from './sources-slice';

/*
 * Which data each address of the API returns, cut from one dataset: the
 * whole dataset, and the part of it each page reads. The one table read by
 * the mocked API, the server, the static build's JSON files, the pages
 * rendered ahead of time and the browser tests' stand-in API.
 */

export type ResourceRef =
  | { name: 'dataset' }
  | { name: 'dashboard' }
  | { name: 'sources' }
  | { name: 'other-figures'; page: string }
  | { name: 'figure'; figureId: string };

export type ResourceBody = Dataset | SourcesSlice;

/** The body of a resource, or the message of the 404 when the dataset has no such part. */
export type ResourceAnswer = { ok: true; body: ResourceBody } | { ok: false; missing: string };

interface Resource {
  /** The address under `/api/v1/datasets/:id`, in the router's `:param` form; empty for the dataset itself. */
  pattern: string;
  /** The reference named by the address's parameters. */
  ref: (params: Record<string, string>) => ResourceRef;
  cut: (dataset: Dataset, ref: ResourceRef) => ResourceAnswer;
  /** Every instance a static copy of the dataset holds. */
  all: (dataset: Dataset) => ResourceRef[];
}

const found = (body: ResourceBody | null | undefined, missing: string): ResourceAnswer =>
  body ? { ok: true, body } : { ok: false, missing };

export const RESOURCES: Record<ResourceRef['name'], Resource> = {
  dataset: {
    pattern: '',
    ref: () => ({ name: 'dataset' }),
    cut: (dataset) => found(dataset, ''),
    all: () => [{ name: 'dataset' }],
  },
  dashboard: {
    pattern: 'dashboard',
    ref: () => ({ name: 'dashboard' }),
    cut: (dataset) => found(dashboardSlice(dataset).dataset, ''),
    all: () => [{ name: 'dashboard' }],
  },
  sources: {
    pattern: 'sources',
    ref: () => ({ name: 'sources' }),
    cut: (dataset) => found(sourcesSlice(dataset), ''),
    all: () => [{ name: 'sources' }],
  },
  'other-figures': {
    pattern: 'other-figures/:page',
    ref: ({ page = '' }) => ({ name: 'other-figures', page }),
    cut: (dataset, ref) => {
      const page = ref.name === 'other-figures' ? ref.page : '';
      return found(
        /^\d+$/.test(page) ? otherFiguresSlice(dataset, Number(page))?.dataset : null,
        `There is no page ${page} of other figures in this dataset`,
      );
    },
    all: (dataset) =>
      Array.from({ length: otherFiguresPages(dataset) }, (_, i) => ({ name: 'other-figures', page: String(i + 1) })),
  },
  figure: {
    pattern: 'figures/:figureId',
    ref: ({ figureId = '' }) => ({ name: 'figure', figureId }),
    cut: (dataset, ref) => {
      const figureId = ref.name === 'figure' ? ref.figureId : '';
      return found(
        dataset.figures.some((f) => f.id === figureId) ? figureSlice(dataset, figureId).dataset : null,
        `There is no figure "${figureId}" in this dataset`,
      );
    },
    all: (dataset) => dataset.figures.map((f) => ({ name: 'figure', figureId: f.id })),
  },
};

/** The part of `dataset` that `ref` names. */
export function cutResource(dataset: Dataset, ref: ResourceRef): ResourceAnswer {
  return RESOURCES[ref.name].cut(dataset, ref);
}

/** The address of a resource under `/api/v1/datasets/`, without `.json`: `<id>`, `<id>/dashboard`, `<id>/figures/<figure>`. */
export function resourcePath(id: string, ref: ResourceRef): string {
  const filled = RESOURCES[ref.name].pattern.replace(/:(\w+)/g, (_, name: string) =>
    String((ref as Record<string, unknown>)[name]),
  );
  return filled ? `${id}/${filled}` : id;
}

/** Every resource of a dataset, as a static copy of the API holds them. */
export function allResources(dataset: Dataset): ResourceRef[] {
  return Object.values(RESOURCES).flatMap((resource) => resource.all(dataset));
}

/*
 * Reads an address under `/api/v1/datasets/` (`.json` names, as a static
 * host serves them, included) back into the dataset's id and the resource;
 * null for an address that names none, such as the audit trail's.
 */
export function readResourcePath(path: string): { id: string; ref: ResourceRef } | null {
  let segments: string[];
  try {
    segments = path
      .replace(/\.json$/, '')
      .split('/')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
  const [id, ...rest] = segments;
  if (!id) return null;
  for (const resource of Object.values(RESOURCES)) {
    const pattern = resource.pattern ? resource.pattern.split('/') : [];
    if (pattern.length !== rest.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      if (part.startsWith(':')) params[part.slice(1)] = rest[i]!;
      return part.startsWith(':') || part === rest[i];
    });
    if (matches) return { id, ref: resource.ref(params) };
  }
  return null;
}
