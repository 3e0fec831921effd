import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StrictMode } from 'react';
import { Providers } from './app/app';
import { AppRoutes } from './app/routes';
import { primeQueryClient, type InitialData } from './app/initial-data';
import { StaticRouter } from './components/router';
import { pageTitle, SITE_NAME } from './components/page-heading';

export { serializeInitialData, INITIAL_DATA_ID } from './app/initial-data';

/** The title each page gives itself once it runs, so the HTML has it before any script does. */
export function titleFor(pathname: string, data: InitialData): string {
  const figureId = /^\/figures\/([^/]+)$/.exec(pathname)?.[1];
  if (figureId) {
    const figure = data.dataset.figures.find((f) => f.id === decodeURIComponent(figureId));
    return pageTitle(figure?.label ?? 'Figure not found');
  }
  if (pathname === '/') return pageTitle(data.dataset.title);
  if (pathname === '/sources') return pageTitle('Sources');
  if (pathname === '/update') return pageTitle('Update data');
  return pageTitle(pathname === '/404' ? 'Page not found' : SITE_NAME);
}

/** Renders a page to HTML, waiting for its lazily loaded code, with the data it would fetch already in the cache. */
export async function renderPage(pathname: string, data: InitialData): Promise<string> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  primeQueryClient(queryClient, data, Date.now());
  const { prelude } = await prerender(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <StaticRouter location={pathname}>
          <AppRoutes />
        </StaticRouter>
      </Providers>
    </StrictMode>,
  );
  // Web streams, not Node's, so this module stays app code that runs anywhere.
  return new Response(prelude).text();
}
