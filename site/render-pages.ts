import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isEmbedPath } from '../src/data/words/embed';
import type { Dataset, DatasetList } from '../src/data/schema/schema';
import type * as EntryServer from '../src/entry-server';
import { apiAnswerFiles } from './api-files';
import { embedHtml } from './embed-html';
import { escapeHtml } from './html';
import { pageLinkPreview, withLinkPreviewTags } from './link-preview';
import { previewSvg, renderPng } from './preview-image';

/*
 * The pages and JSON files of the static site for one dataset, as text:
 * rendered by the build (build/prerender.ts) from the seed, and by the
 * server after each write from the stored revision, so both write the same
 * bytes for the same data.
 */

export interface PageFile {
  /** The path inside the site's folder, with forward slashes. */
  file: string;
  /** Text, or the bytes of a preview image. */
  content: string | Uint8Array;
}

export type RenderEntry = Pick<
  typeof EntryServer,
  | 'prerenderPaths'
  | 'initialDataFor'
  | 'renderPage'
  | 'serializeInitialData'
  | 'titleFor'
  | 'INITIAL_DATA_ID'
  | 'previewFor'
  | 'SITE_NAME'
>;

/*
 * The stylesheet goes into each page: a separate file would hold back the
 * first paint by a round trip, which on a slow connection is most of the
 * wait. The CSP allows inline styles (not inline scripts).
 */
async function inlineStylesheets(html: string, readAsset: (path: string) => Promise<string>): Promise<string> {
  let out = html;
  for (const [tag, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)) {
    const css = await readAsset(href!);
    out = out.replace(tag, () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`);
  }
  return out;
}

/*
 * The module script and its preloads go to the end of the body: in the head
 * they compete with the HTML for the first round trips, and the figures in
 * that HTML are what a reader waits for. A module script runs after parsing
 * either way.
 */
function scriptsLast(html: string): string {
  const tags = html.match(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g) ?? [];
  let out = html;
  for (const tag of tags) out = out.replace(tag, '');
  return out.replace('</body>', () => `${tags.join('')}</body>`);
}

/** The page every rendered page is poured into, from the client build's index.html with its empty #root. */
export async function pageTemplate(built: string, readAsset: (path: string) => Promise<string>): Promise<string> {
  if (!built.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root to render into');
  return scriptsLast(await inlineStylesheets(built, readAsset));
}

/* Each page as name.html and name/index.html: static hosts differ in which of the two they serve for /name. */
export function pageFiles(pathname: string): string[] {
  if (pathname === '/') return ['index.html'];
  // The page hosts serve for any unknown address, by that name only.
  if (pathname === '/404') return ['404.html'];
  const name = pathname.slice(1);
  return [`${name}.html`, `${name}/index.html`];
}

/**
 * Renders the pages at `pathnames` (by default every page of the site), each
 * carrying only the part of the data it shows, with its link-preview tags and
 * image (absolute addresses only with `origin`); an embed carries no script
 * and no data. One page at a time, so a caller can write each before the
 * next is rendered.
 */
export async function* renderPages(
  entry: RenderEntry,
  template: string,
  dataset: Dataset,
  list: DatasetList,
  pathnames: readonly string[] = entry.prerenderPaths(dataset),
  origin?: string,
): AsyncGenerator<PageFile> {
  const home = entry.previewFor('/', dataset);
  for (const pathname of pathnames) {
    const data = entry.initialDataFor(pathname, dataset, list);
    const html = await entry.renderPage(pathname, data);
    const title = entry.titleFor(pathname, dataset);
    if (isEmbedPath(pathname)) {
      for (const file of pageFiles(pathname)) yield { file, content: embedHtml(template, title, html) };
      continue;
    }
    const preview = entry.previewFor(pathname, dataset);
    const shared = pageLinkPreview({ path: pathname, title, preview, home, siteName: entry.SITE_NAME, origin });
    // Only an absolute address can name an image to a link preview: without one, none is drawn.
    if (shared.card && origin) {
      yield { file: shared.image, content: renderPng(previewSvg(shared.card, entry.SITE_NAME)) };
    }
    const dataBlock = `<script type="application/json" id="${entry.INITIAL_DATA_ID}">${entry.serializeInitialData(data)}</script>`;
    const page = withLinkPreviewTags(template, shared.tags)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
      .replace('<div id="root"></div>', () => `<div id="root">${html}</div>${dataBlock}`);
    for (const file of pageFiles(pathname)) yield { file, content: page };
  }
}

export const LIST_FILE = 'api/v1/datasets.json';
export const datasetFile = (id: string) => `api/v1/datasets/${id}.json`;
export const figureFile = (id: string, figureId: string) => `api/v1/datasets/${id}/figures/${figureId}.json`;

/**
 * The parts of a dataset the pages read, as the API's files: the dashboard's,
 * the sources', each page of other figures and each figure's (all by
 * default). Not the whole dataset, which the server writes from its stored
 * text, nor the static build's copy of its own revision.
 */
export function sliceFiles(
  dataset: Dataset,
  figureIds: readonly string[] = dataset.figures.map((f) => f.id),
): PageFile[] {
  const figures = new Set(figureIds);
  return apiAnswerFiles(
    dataset,
    (ref) => ref.name !== 'dataset' && (ref.name !== 'figure' || figures.has(ref.figureId)),
  )
    .filter(([name]) => name !== `${dataset.id}/revisions/${dataset.revision}.json`)
    .map(([name, body]) => ({ file: `api/v1/datasets/${name}`, content: JSON.stringify(body) }));
}

/** The API's GET answers for a dataset as files: the whole dataset, its own revision and its parts. */
export function apiFiles(dataset: Dataset): PageFile[] {
  return apiAnswerFiles(dataset).map(([name, body]) => ({
    file: `api/v1/datasets/${name}`,
    content: JSON.stringify(body),
  }));
}

export const listFile = (list: DatasetList): PageFile => ({ file: LIST_FILE, content: JSON.stringify(list) });

/*
 * What the server needs to render pages after the build: the server bundle,
 * the page template and which dataset the site shows. It stays beside the
 * server bundle, outside the site's folder, so no static host serves it.
 */
const TEMPLATE = 'template.html';
const SETTINGS = 'site.json';

interface KitSettings {
  dataset: string;
  siteUrl?: string;
}

export interface RenderKit extends KitSettings {
  entry: RenderEntry;
  template: string;
}

export async function saveRenderKit(ssr: string, template: string, settings: KitSettings): Promise<void> {
  await writeFile(join(ssr, TEMPLATE), template);
  await writeFile(join(ssr, SETTINGS), `${JSON.stringify(settings)}\n`);
}

/** The render kit a build left in `ssr`, or null when there is none (a build from before it was kept). */
export async function loadRenderKit(ssr: string): Promise<RenderKit | null> {
  let template: string;
  let settings: KitSettings;
  try {
    template = await readFile(join(ssr, TEMPLATE), 'utf8');
    settings = JSON.parse(await readFile(join(ssr, SETTINGS), 'utf8')) as KitSettings;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const entry = (await import(pathToFileURL(join(ssr, 'entry-server.js')).href)) as RenderEntry;
  return { ...settings, entry, template };
}
