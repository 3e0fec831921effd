import { lazy, Suspense, type ReactNode } from 'react';
import type { Dataset } from '../data/schema/schema';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { useDashboard } from '../api/get-dashboard';
import { PageHeading, pageTitle } from '../components/page-heading';
import { Link, matchPath, ParamsProvider, useLocation } from '../router/router';
import { StatePanel } from '../components/state-panel';
import { Layout } from './layout';
import { DEFAULT_DATASET_ID } from './config';
import { embedPath } from '../data/words/embed';
import type { ResourceRef } from '../data/resources/api-resources';
import type { PreviewName } from '../data/words/page-preview';

/*
 * Only the dashboard is in the first page's JavaScript; the other pages load
 * when they are opened. Each import is kept so that a page rendered ahead of
 * time can load its code before the browser takes over the HTML.
 */
const pages = {
  figure: () => import('../features/figure-detail/figure-page').then((m) => ({ default: m.FigurePage })),
  sources: () => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })),
  update: () => import('../features/data-update/update-page').then((m) => ({ default: m.UpdatePage })),
  embed: () => import('../features/embed/embed-page').then((m) => ({ default: m.EmbedPage })),
  about: () => import('../features/about/about-page').then((m) => ({ default: m.AboutPage })),
};
const FigurePage = lazy(pages.figure);
const SourcesPage = lazy(pages.sources);
const UpdatePage = lazy(pages.update);
const EmbedPage = lazy(pages.embed);
const AboutPage = lazy(pages.about);

const NOT_FOUND_TITLE = 'Page not found';

function NotFound() {
  return (
    <>
      <PageHeading title={NOT_FOUND_TITLE} />
      <p>
        There is nothing at this address. The figures are on the <Link to="/">home page</Link>.
      </p>
    </>
  );
}

/*
 * The about page reads the dashboard's part of the dataset. Its query is made
 * here, where the dashboard's is: imported by the page's own code as well, the
 * bundler would split that shared code out of the first screen's script into
 * chunks of its own, which the first screen would then load as extra files.
 */
function AboutRoute() {
  return <AboutPage query={useDashboard(DEFAULT_DATASET_ID)} />;
}

type Params = Record<string, string>;

interface Page {
  page: () => ReactNode;
  /** The title the page gives its heading once it runs, so HTML rendered ahead of time can carry it. */
  title: (params: Params, dataset: Dataset) => string;
  /** What a shared link to the page says (its description, and for some pages a preview image's text), by name: see page-preview.ts. */
  preview: PreviewName;
  /** The API resource the page reads: what HTML rendered ahead of time carries, and under which cache key. */
  resource: (params: Params) => ResourceRef;
  /** The addresses rendered ahead of time at build. */
  prerender: (dataset: Dataset) => string[];
}

const DASHBOARD: ResourceRef = { name: 'dashboard' };
const figure = ({ figureId = '' }: Params): ResourceRef => ({ name: 'figure', figureId });

interface Route extends Page {
  /** "/figures/:figureId" style; see matchPath. */
  path: string;
  load?: () => Promise<unknown>;
  /** Shown alone, without the site's header, notices and footer: a page made to be framed by other sites. */
  bare?: boolean;
}

export const ROUTES: Route[] = [
  {
    path: '/',
    page: () => <DashboardPage datasetId={DEFAULT_DATASET_ID} />,
    title: (_, dataset) => dataset.title,
    preview: 'dashboard',
    resource: () => DASHBOARD,
    prerender: () => ['/'],
  },
  {
    path: '/figures/:figureId',
    page: () => <FigurePage datasetId={DEFAULT_DATASET_ID} />,
    load: pages.figure,
    title: ({ figureId }, dataset) => dataset.figures.find((f) => f.id === figureId)?.label ?? 'Figure not found',
    preview: 'figure',
    resource: figure,
    prerender: (dataset) => dataset.figures.map((f) => `/figures/${f.id}`),
  },
  {
    path: '/sources',
    page: () => <SourcesPage datasetId={DEFAULT_DATASET_ID} />,
    load: pages.sources,
    title: () => 'Sources',
    preview: 'sources',
    resource: () => ({ name: 'sources' }),
    prerender: () => ['/sources'],
  },
  {
    path: '/update',
    page: () => <UpdatePage datasetId={DEFAULT_DATASET_ID} />,
    load: pages.update,
    title: () => 'Update data',
    preview: 'update',
    // Before its script runs the page shows only the dataset's revision and date: it fetches the whole dataset as it runs.
    resource: () => DASHBOARD,
    prerender: () => ['/update'],
  },
  {
    path: '/about',
    page: () => <AboutRoute />,
    load: pages.about,
    title: () => 'About the data',
    preview: 'about',
    // The about page shows only the dataset's own fields, which the dashboard's part carries.
    resource: () => DASHBOARD,
    prerender: () => ['/about'],
  },
  {
    path: embedPath(':figureId'),
    page: () => <EmbedPage datasetId={DEFAULT_DATASET_ID} />,
    load: pages.embed,
    bare: true,
    title: ({ figureId }, dataset) => dataset.figures.find((f) => f.id === figureId)?.label ?? 'Figure not found',
    preview: 'figure',
    resource: figure,
    prerender: (dataset) => dataset.figures.map((f) => embedPath(f.id)),
  },
];

/* Every address no route matches; rendered once as /404 for static hosts to serve. */
const NOT_FOUND: Page = {
  page: () => <NotFound />,
  title: () => NOT_FOUND_TITLE,
  preview: 'notFound',
  resource: () => DASHBOARD,
  prerender: () => ['/404'],
};

function match(pathname: string): { route: Route | null; params: Params } {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return { route: null, params: {} };
}

/** The addresses a build renders ahead of time for `dataset`. */
export function prerenderPaths(dataset: Dataset): string[] {
  return [...ROUTES, NOT_FOUND].flatMap((page) => page.prerender(dataset));
}

/** The browser title of the page at `pathname` showing `dataset`. */
export function titleFor(pathname: string, dataset: Dataset): string {
  const { route, params } = match(pathname);
  return pageTitle((route ?? NOT_FOUND).title(params, dataset));
}

/** The page at `pathname`: its route's parameters and how it is described. */
export function pageAt(pathname: string): { params: Params; preview: PreviewName } {
  const { route, params } = match(pathname);
  return { params, preview: (route ?? NOT_FOUND).preview };
}

/** The API resource the page at `pathname` reads. */
export function resourceFor(pathname: string): ResourceRef {
  const { route, params } = match(pathname);
  return (route ?? NOT_FOUND).resource(params);
}

/** Loads the code of the page at `pathname`, so hydrating a page rendered ahead of time does not wait on it. */
export function preloadPage(pathname: string): Promise<unknown> {
  return match(pathname).route?.load?.() ?? Promise.resolve();
}

export function AppRoutes() {
  const { pathname } = useLocation();
  const { route, params } = match(pathname);
  const page = (
    <Suspense fallback={<StatePanel kind="loading" title="Loading the page…" />}>
      <ParamsProvider params={params}>{(route ?? NOT_FOUND).page()}</ParamsProvider>
    </Suspense>
  );
  return route?.bare ? page : <Layout>{page}</Layout>;
}
