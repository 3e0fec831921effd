import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import './app/styles.css';

/*
 * In development the API is MSW in a service worker, loaded before the first
 * request. A production build never loads it unless VITE_USE_MOCKS asks for a
 * self-contained demo.
 */
const queryClient = createQueryClient();

async function startMocks(): Promise<void> {
  if (!import.meta.env.DEV && import.meta.env.VITE_USE_MOCKS !== 'true') return;
  const { worker, onSeedEdit } = await import('../mocks/browser');
  onSeedEdit(() => void queryClient.invalidateQueries());
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function render() {
  createRoot(container!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

// Without the mock API the page still renders, and its error state says the data could not be fetched.
startMocks().then(render, (error: unknown) => {
  console.error('The mock API could not start:', error);
  render();
});
