import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeIssue, parseDatasetFile } from '../src/data/validate';
import type { Dataset, DatasetList } from '../src/data/schema';
import type * as EntryServer from '../src/entry-server';
import { apiAnswerFiles } from './api-files';
import { escapeHtml } from './html';
import { embedHtml } from './embed-html';
import { isEmbedPath } from '../src/data/embed';
import { pageLinkPreview, withLinkPreviewTags } from './link-preview';
import { previewSvg, renderPng } from './preview-image';
import { siteOrigin, writeSiteFiles } from './site-files';

/*
 * The last step of `npm run build`: turns dist/ into a static site. Each page
 * gets its HTML rendered ahead of time from the seed data, and the API's GET
 * paths for reading become JSON files, so any static host can serve the dashboard.
 */

const root = resolve(import.meta.dirname, '..');
// Tests build into a temporary folder: `--dist <dir> --ssr <dir>`.
const { values: args } = parseArgs({ options: { dist: { type: 'string' }, ssr: { type: 'string' } } });
const dist = resolve(args.dist ?? join(root, 'dist'));
const ssr = resolve(args.ssr ?? join(root, 'dist-ssr'));
const datasetId = process.env.VITE_DATASET_ID || 'nagorno-karabakh-2023-09';

async function readSeeds(): Promise<Dataset[]> {
  const names = (await readdir(join(root, 'seeds'))).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));
  const datasets: Dataset[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const result = parseDatasetFile(await readFile(join(root, 'seeds', name)));
    if (result.ok) datasets.push(result.data);
    else problems.push(...result.issues.map((issue) => `seeds/${name}: ${describeIssue(issue)}`));
  }
  if (problems.length) throw new Error(`The seed data is not valid, so nothing was built:\n${problems.join('\n')}`);
  return datasets;
}

async function write(path: string, text: string | Uint8Array) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

const datasets = await readSeeds();
const dataset = datasets.find((d) => d.id === datasetId);
if (!dataset) throw new Error(`No seed dataset has the id "${datasetId}"`);
const list: DatasetList = {
  datasets: datasets.map(({ id, title, asOf, revision }) => ({ id, title, asOf, revision })),
};

await write(join(dist, 'api/v1/datasets.json'), JSON.stringify(list));
let apiFiles = 1;
for (const d of datasets) {
  const files = apiAnswerFiles(d);
  for (const [name, body] of files) await write(join(dist, 'api/v1/datasets', name), JSON.stringify(body));
  apiFiles += files.length;
}

const server = (await import(pathToFileURL(join(ssr, 'entry-server.js')).href)) as typeof EntryServer;
const built = await readFile(join(dist, 'index.html'), 'utf8');
if (!built.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to render into');

/*
 * The stylesheet goes into each page: a separate file would hold back the
 * first paint by a round trip, which on a slow connection is most of the
 * wait. The CSP allows inline styles (not inline scripts).
 */
async function inlineStylesheets(html: string): Promise<string> {
  let out = html;
  for (const [tag, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)) {
    const css = await readFile(join(dist, href!), 'utf8');
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
const template = scriptsLast(await inlineStylesheets(built));

/* Each page as name.html and name/index.html: static hosts differ in which of the two they serve for /name. */
function filesFor(pathname: string): string[] {
  if (pathname === '/') return ['index.html'];
  // The page hosts serve for any unknown address, by that name only.
  if (pathname === '/404') return ['404.html'];
  const name = pathname.slice(1);
  return [`${name}.html`, `${name}/index.html`];
}
const pages = server.prerenderPaths(dataset);
const origin = siteOrigin(process.env.SITE_URL);
if (!origin) console.warn('SITE_URL is not set: the pages carry no canonical address and no preview image tags.');
const home = server.previewFor('/', dataset);

for (const pathname of pages) {
  // Each page is rendered from, and carries, only the part of the data it shows.
  const data = server.initialDataFor(pathname, dataset, list);
  const html = await server.renderPage(pathname, data);
  if (isEmbedPath(pathname)) {
    for (const file of filesFor(pathname))
      await write(join(dist, file), embedHtml(template, server.titleFor(pathname, dataset), html));
    continue;
  }
  const dataBlock = `<script type="application/json" id="${server.INITIAL_DATA_ID}">${server.serializeInitialData(data)}</script>`;
  const title = server.titleFor(pathname, dataset);
  const preview = server.previewFor(pathname, dataset);
  const shared = pageLinkPreview({ path: pathname, title, preview, home, siteName: server.SITE_NAME, origin });
  if (shared.card) await write(join(dist, shared.image), renderPng(previewSvg(shared.card, server.SITE_NAME)));
  const page = withLinkPreviewTags(template, shared.tags)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('<div id="root"></div>', `<div id="root">${html}</div>${dataBlock}`);
  for (const file of filesFor(pathname)) await write(join(dist, file), page);
}

await writeSiteFiles(dist, pages, dataset.updatedAt);
await rm(ssr, { recursive: true, force: true });
console.log(`Rendered ${pages.length} pages and ${apiFiles} API files into dist/`);
