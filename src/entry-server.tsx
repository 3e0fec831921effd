import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StrictMode } from 'react';
import { Providers } from './app/app';
import { AppRoutes } from './app/routes';
import { primeQueryClient, type InitialData } from './app/initial-data';
import { StaticRouter } from './router/router';

export { serializeInitialData, INITIAL_DATA_ID } from './app/initial-data';
export { initialDataFor } from './app/initial-data-for';
export { prerenderPaths, titleFor } from './app/routes';
export { previewFor } from './app/describe-page';
export { SITE_NAME } from './components/page-heading';

/*
 * React outlines a Suspense boundary whose HTML passes `progressiveChunkSize`
 * (12,800 bytes by default): its fallback goes in place, the content after
 * it in a hidden element, and an inline script swaps them. The page's Content
 * Security Policy blocks that script, so a big page would show only its
 * fallback. With no limit every boundary is written in place, complete,
 * whatever the size of the data.
 */
const WHOLE_PAGE = { progressiveChunkSize: Number.POSITIVE_INFINITY };

/** Renders a page to HTML, waiting for its lazily loaded code, with the data it would fetch already in the cache. */
export async function renderPage(pathname: string, data: InitialData): Promise<string> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  primeQueryClient(queryClient, { ...data, pathname }, Date.now());
  const { prelude } = await prerender(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <StaticRouter location={pathname}>
          <AppRoutes />
        </StaticRouter>
      </Providers>
    </StrictMode>,
    WHOLE_PAGE,
  );
  // Web streams, not Node's, so this module stays app code that runs anywhere.
  return new Response(prelude).text();
}
