import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Dataset, DatasetSummary } from '../src/data/schema/schema';
import {
  datasetFile,
  figureFile,
  listFile,
  renderPages,
  sliceFiles,
  type RenderKit,
  type PageFile,
} from '../site/render-pages';
import { otherFiguresPages } from '../src/data/resources/slices';
import { sitemapXml, siteOrigin } from '../site/sitemap';
import { changedFigures } from './changed-figures';

/*
 * After each accepted write the server rewrites the built site's files for
 * that dataset (its pages and its static JSON), so readers without
 * JavaScript, crawlers and link previews get the new figures at once.
 *
 * Each file is written to a temporary name in its folder and renamed over
 * the old one, so a reader gets a file whole, old or new. Between the first
 * rename and the last a reader may meet a new page beside an old one for a
 * few milliseconds (only the pages a write changes are rewritten). A
 * generation folder behind a symlink would close that gap, but it would
 * copy every page of the site at each write and make `DIST_DIR` a link that
 * copies and static hosts see differently; a short mix of two revisions,
 * each file whole, costs readers nothing, since every page fetches the live
 * data as it loads.
 *
 * The dataset's own JSON file goes last: it tells a restarted server which
 * revision the files hold. Rendering runs one dataset at a time, after the
 * write is on disk; a failure is logged and leaves the old files, and the
 * next write, or the next start, renders everything since the last success.
 */

export interface PublisherOptions {
  dist: string;
  /** What the build left to render pages with; without it only the JSON files are rewritten. */
  kit: RenderKit | null;
  current: (id: string) => { dataset: Dataset; text: string } | undefined;
  list: () => DatasetSummary[];
  /** Writes one file whole; tests pass one that fails. */
  write?: (path: string, content: string | Uint8Array) => Promise<void>;
}

export interface PublishReport {
  id: string;
  revision: number;
  pages: number;
  files: number;
  removed: number;
  ms: number;
}

let temporaryCount = 0;

/* No flush to disk: these files are made again from the revisions, which are flushed, if a crash loses them. */
async function replaceFile(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${++temporaryCount}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// A figure's page, its embed, and its preview image are rendered with it.
const FIGURE_PAGE = /^\/(?:embed\/)?figures\/(.+)$/;

export function createPublisher(options: PublisherOptions) {
  const { dist, kit } = options;
  const write = options.write ?? replaceFile;
  /** The last revision of each dataset whose files are all in place. */
  const published = new Map<string, Dataset>();
  let queue: Promise<unknown> = Promise.resolve();

  /* The files and folders of figures no longer in the dataset, so their addresses answer 404. */
  async function leftovers(dataset: Dataset): Promise<string[]> {
    const kept = new Set(dataset.figures.map((f) => f.id));
    const gone: string[] = [];
    const jsonFolder = dirname(figureFile(dataset.id, 'x'));
    for (const name of await names(join(dist, jsonFolder))) {
      if (!kept.has(name.replace(/\.json$/, ''))) gone.push(`${jsonFolder}/${name}`);
    }
    // The dashboard's other figures come in pages: those past the last one go.
    const pagesFolder = `api/v1/datasets/${dataset.id}/other-figures`;
    const pageCount = otherFiguresPages(dataset);
    for (const name of await names(join(dist, pagesFolder))) {
      if (!(Number(name.replace(/\.json$/, '')) <= pageCount)) gone.push(`${pagesFolder}/${name}`);
    }
    if (kit?.dataset !== dataset.id) return gone;
    // Each page is figures/<id>.html and figures/<id>/index.html; its embed likewise, and its preview image.
    for (const folder of ['figures', 'embed/figures', 'previews/figures']) {
      for (const name of await names(join(dist, folder))) {
        if (!kept.has(name.replace(/\.(html|png)$/, ''))) gone.push(`${folder}/${name}`);
      }
    }
    return gone;
  }

  async function publishNow(id: string): Promise<PublishReport | null> {
    const started = performance.now();
    const found = options.current(id);
    const before = published.get(id);
    if (!found || before === found.dataset) return null;
    const { dataset, text } = found;
    const figures = before ? changedFigures(before, dataset) : dataset.figures.map((f) => f.id);
    const list = { datasets: options.list() };

    let pages = 0;
    let written = 0;
    const put = async ({ file, content }: PageFile) => {
      await write(join(dist, file), content);
      written++;
    };
    if (kit?.dataset === id) {
      const changed = new Set(figures);
      const all = kit.entry.prerenderPaths(dataset);
      const pathnames = all.filter((p) => {
        const figureId = FIGURE_PAGE.exec(p)?.[1];
        return figureId === undefined || changed.has(figureId);
      });
      pages = pathnames.length;
      const origin = siteOrigin(kit.siteUrl);
      for await (const file of renderPages(kit.entry, kit.template, dataset, list, pathnames, origin)) await put(file);
      if (origin) await put({ file: 'sitemap.xml', content: sitemapXml(all, origin, dataset.updatedAt) });
    }
    for (const file of sliceFiles(dataset, figures)) await put(file);
    await put(listFile(list));
    await put({ file: datasetFile(id), content: text });

    const gone = await leftovers(dataset);
    for (const file of gone) await rm(join(dist, file), { recursive: true, force: true });
    published.set(id, dataset);
    return {
      id,
      revision: dataset.revision,
      pages,
      files: written,
      removed: gone.length,
      ms: Math.round(performance.now() - started),
    };
  }

  function run(id: string): Promise<PublishReport | null> {
    const result = queue.then(() => publishNow(id));
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    /** Rewrites the files of a dataset's current revision; resolves once they are in place. */
    publish: run,

    /** On start: the datasets whose files hold another revision than the current one are rendered whole. */
    async catchUp(): Promise<PublishReport[]> {
      const reports: PublishReport[] = [];
      for (const { id } of options.list()) {
        const found = options.current(id);
        if (!found) continue;
        const onDisk = await readFile(join(dist, datasetFile(id)), 'utf8').catch(() => null);
        if (onDisk === found.text) published.set(id, found.dataset);
        else {
          const report = await run(id);
          if (report) reports.push(report);
        }
      }
      return reports;
    },
  };
}
