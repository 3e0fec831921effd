import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { createQueryClient } from './query-client';
import { DEFAULT_DATASET_ID } from './config';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <main id="main" className="page">
        <DashboardPage datasetId={DEFAULT_DATASET_ID} />
      </main>
      <footer className="site-footer">
        <p>
          Every figure names who claimed it, who published it and when. Figures are quoted as published and not
          independently verified unless marked confirmed.
        </p>
      </footer>
    </QueryClientProvider>
  );
}
