import type { Dataset } from '../data/schema/schema';
import { dashboardPreview, figurePreview, type PagePreview } from '../data/words/page-preview';
import { matchPath } from '../router/router';

/* What a shared link to each page says: the figures for the dashboard and a figure's page, plain words for the rest. */
export function previewFor(pathname: string, dataset: Dataset): PagePreview {
  if (pathname === '/') return dashboardPreview(dataset);
  const figureId = matchPath('/figures/:figureId', pathname)?.figureId;
  const figure = dataset.figures.find((f) => f.id === figureId);
  if (figure) return figurePreview(dataset, figure);
  if (pathname === '/sources')
    return { description: `Every source and publication behind the figures of ${dataset.title}, with links.` };
  if (pathname === '/update') return { description: `Check and apply updates to the data of ${dataset.title}.` };
  return { description: 'There is nothing at this address.' };
}
