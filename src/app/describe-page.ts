import type { Dataset } from '../data/schema/schema';
import { PAGE_PREVIEWS, type PagePreview } from '../data/words/page-preview';
import { pageAt } from './routes';

/*
 * What a shared link to the page at `pathname` says, as its route names it.
 * Only the build and the server describe pages, so the words stay out of the
 * browser's first script.
 */
export function previewFor(pathname: string, dataset: Dataset): PagePreview {
  const { params, preview } = pageAt(pathname);
  return PAGE_PREVIEWS[preview](dataset, params);
}
