import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { DatasetList } from '../src/data/schema/schema';
import type * as EntryServer from '../src/entry-server';
import { apiFiles, LIST_FILE, listFile, pageTemplate, renderPages, saveRenderKit } from '../site/render-pages';
import { siteOrigin, writeSiteFiles } from '../site/sitemap';
import { readSeeds } from '../site/seeds';

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

async function write(path: string, text: string | Uint8Array) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

const { datasets, problems } = await readSeeds(join(root, 'seeds'));
if (problems.length) throw new Error(`The seed data is not valid, so nothing was built:\n${problems.join('\n')}`);
const dataset = datasets.find((d) => d.id === datasetId);
if (!dataset) throw new Error(`No seed dataset has the id "${datasetId}"`);
const list: DatasetList = {
  datasets: datasets.map(({ id, title, asOf, revision }) => ({ id, title, asOf, revision })),
};

await write(join(dist, LIST_FILE), listFile(list).content);
let apiCount = 1;
for (const d of datasets) {
  // The whole dataset, and the part of it each page reads (see the README's API contract).
  const files = apiFiles(d);
  for (const { file, content } of files) await write(join(dist, file), content);
  apiCount += files.length;
}

const server = (await import(pathToFileURL(join(ssr, 'entry-server.js')).href)) as typeof EntryServer;
const template = await pageTemplate(await readFile(join(dist, 'index.html'), 'utf8'), (path) =>
  readFile(join(dist, path), 'utf8'),
);
const pages = server.prerenderPaths(dataset);
const origin = siteOrigin(process.env.SITE_URL);
if (!origin) console.warn('SITE_URL is not set: the pages carry no canonical address and no preview image tags.');
for await (const { file, content } of renderPages(server, template, dataset, list, pages, origin)) {
  await write(join(dist, file), content);
}

await writeSiteFiles(dist, pages, dataset.updatedAt);
// The server re-renders the pages after each write with the server bundle and the template, so both stay.
await saveRenderKit(ssr, template, { dataset: dataset.id, siteUrl: process.env.SITE_URL || undefined });
console.log(`Rendered ${pages.length} pages and ${apiCount} API files into dist/`);
