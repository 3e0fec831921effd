import { lazy, Suspense, type ReactNode } from 'react';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { PageHeading } from '../components/page-heading';
import { matchPath, ParamsProvider, useLocation } from '../router/router';
import { StatePanel } from '../components/state-panel';
import { Layout } from './layout';
import { DEFAULT_DATASET_ID } from './config';

/*
 * Only the dashboard is in the first page's JavaScript; the other pages load
 * when they are opened. Each import is kept so that a page rendered ahead of
 * time can load its code before the browser takes over the HTML.
 */
const pages = {
  figure: () => import('../features/figure-detail/figure-page').then((m) => ({ default: m.FigurePage })),
  sources: () => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })),
  update: () => import('../features/data-update/update-page').then((m) => ({ default: m.UpdatePage })),
};
const FigurePage = lazy(pages.figure);
const SourcesPage = lazy(pages.sources);
const UpdatePage = lazy(pages.update);

function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is nothing at this address. The figures are on the home page.</p>
    </>
  );
}

interface Route {
  path: string;
  page: () => ReactNode;
  load?: () => Promise<unknown>;
}

const ROUTES: Route[] = [
  { path: '/', page: () => <DashboardPage datasetId={DEFAULT_DATASET_ID} /> },
  { path: '/figures/:figureId', page: () => <FigurePage datasetId={DEFAULT_DATASET_ID} />, load: pages.figure },
  { path: '/sources', page: () => <SourcesPage datasetId={DEFAULT_DATASET_ID} />, load: pages.sources },
  { path: '/update', page: () => <UpdatePage datasetId={DEFAULT_DATASET_ID} />, load: pages.update },
];

function match(pathname: string): { route: Route | null; params: Record<string, string> } {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return { route: null, params: {} };
}

/** Loads the code of the page at `pathname`, so hydrating a page rendered ahead of time does not wait on it. */
export function preloadPage(pathname: string): Promise<unknown> {
  return match(pathname).route?.load?.() ?? Promise.resolve();
}

export function AppRoutes() {
  const { pathname } = useLocation();
  const { route, params } = match(pathname);
  return (
    <Layout>
      <Suspense fallback={<StatePanel kind="loading" title="Loading the page…" />}>
        <ParamsProvider params={params}>{route ? route.page() : <NotFound />}</ParamsProvider>
      </Suspense>
    </Layout>
  );
}
