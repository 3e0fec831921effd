import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { INITIAL_DATA_ID, parseInitialData, primeQueryClient, type InitialData } from './app/initial-data';
import { preloadPage } from './app/routes';
import { REVISION_PARAM } from './data/schema/permalink';
import './app/styles.css';

const queryClient = createQueryClient();

/*
 * In development the API is MSW in a service worker, loaded before the first
 * request. A production build never loads it unless VITE_USE_MOCKS asks for a
 * self-contained demo.
 */
async function startMocks(): Promise<void> {
  if (!import.meta.env.DEV && import.meta.env.VITE_USE_MOCKS !== 'true') return;
  const { worker, onDataChanged } = await import('../mocks/browser');
  onDataChanged(() => void queryClient.invalidateQueries());
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

function readInitialData(): InitialData | null {
  const text = document.getElementById(INITIAL_DATA_ID)?.textContent;
  return text ? parseInitialData(text) : null;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

/*
 * A page rendered ahead of time already shows its figures: React takes over
 * that HTML with the same data (so nothing flashes), then fetches the live
 * data. Otherwise the app renders from scratch.
 */
async function start() {
  const initial = container!.hasChildNodes() ? readInitialData() : null;
  // The HTML holds the current revision: a page pinned to another one (?revision=) renders afresh.
  const pinned = new URLSearchParams(window.location.search).has(REVISION_PARAM);
  if (initial && !pinned && initial.pathname === window.location.pathname.replace(/(.)\/$/, '$1')) {
    primeQueryClient(queryClient, initial);
    await preloadPage(window.location.pathname);
    hydrateRoot(container!, app);
    return;
  }
  if (container!.hasChildNodes()) {
    // Rendered for another page, or with data that failed its check: render this page from scratch.
    if (initial) primeQueryClient(queryClient, initial);
    container!.replaceChildren();
  }
  try {
    await startMocks();
  } catch (error) {
    // Without the mock API the page still renders, and its error state says the data could not be fetched.
    console.error('The mock API could not start:', error);
  }
  createRoot(container!).render(app);
}

void start();
