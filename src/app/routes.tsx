import { Route, Routes } from 'react-router';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { FigurePage } from '../features/figure-detail/figure-page';
import { SourcesPage } from '../features/sources/sources-page';
import { UpdatePage } from '../features/data-update/update-page';
import { PageHeading } from '../components/page-heading';
import { Layout } from './layout';
import { DEFAULT_DATASET_ID } from './config';

function NotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is nothing at this address. The figures are on the home page.</p>
    </>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage datasetId={DEFAULT_DATASET_ID} />} />
        <Route path="figures/:figureId" element={<FigurePage datasetId={DEFAULT_DATASET_ID} />} />
        <Route path="sources" element={<SourcesPage datasetId={DEFAULT_DATASET_ID} />} />
        <Route path="update" element={<UpdatePage datasetId={DEFAULT_DATASET_ID} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
