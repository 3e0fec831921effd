import type { QueryClient } from '@tanstack/react-query';
import type { Dataset, DatasetList } from '../data/schema/schema';
import { datasetsKey, resourceKey } from '../api/query-keys';
import type { SourcesSlice } from '../data/resources/sources-slice';
import { resourceFor } from './routes';
import { setRenderDay } from './render-day';

/*
 * The data a page was rendered with ahead of time travels in the page as JSON
 * (a data block, not a script, so a strict Content Security Policy allows it).
 */
export interface InitialData {
  /** The part of the dataset the page reads: the sources page's own shape, a part of the dataset elsewhere. */
  dataset: Dataset | SourcesSlice;
  list: DatasetList;
  /** The page the HTML was rendered for; a host that serves it at another address gets a fresh render instead. */
  pathname?: string;
  /** The day the page was rendered (YYYY-MM-DD): the HTML's staleness notice is dated from it. */
  renderedOn?: string;
}

export const INITIAL_DATA_ID = 'initial-data';

/** Seeds the cache. Dated at 0, so the first render matches the HTML and the live data is fetched right after. */
export function primeQueryClient(queryClient: QueryClient, data: InitialData, updatedAt = 0): void {
  setRenderDay(data.renderedOn ?? null);
  const key = resourceKey(data.dataset.id, resourceFor(data.pathname ?? '/'));
  queryClient.setQueryData(key, data.dataset, { updatedAt });
  queryClient.setQueryData(datasetsKey(), data.list, { updatedAt });
}

/** JSON that is safe inside <script type="application/json">: no "</script>" or "<!--" can close or open anything. */
export function serializeInitialData(data: InitialData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Reads the data block back. It is not run through the schema: that would put
 * zod (a third of the first screen's JavaScript) before the page responds,
 * and the block is part of the same build, from the same origin, as the
 * script reading it, written from seeds the build validated. The live data
 * fetched right after hydration replaces it when it is another revision,
 * validated like every API answer; the same revision keeps it. Null when the
 * block is missing or not the expected JSON: the page then renders from
 * scratch and fetches.
 */
export function parseInitialData(text: string): InitialData | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { dataset, list, pathname, renderedOn: day } = value as Record<string, unknown>;
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(dataset) || !isObject(list) || !Array.isArray((dataset as { figures?: unknown }).figures)) return null;
  return {
    dataset,
    list,
    pathname: typeof pathname === 'string' ? pathname : undefined,
    renderedOn: typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
  } as InitialData;
}
