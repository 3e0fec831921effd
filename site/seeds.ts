import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDatasetFile } from '../src/data/checks/seed-files';
import { parseDatasetFile } from '../src/data/checks/validate';
import type { Dataset } from '../src/data/schema/schema';
import { problemLine } from '../src/data/schema/issues';

/** The dataset files of a seeds folder, by name, in order. */
export async function seedNames(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter(isDatasetFile).sort();
}

/*
 * Every dataset of a seeds folder, read and checked as the app reads an
 * upload, and a problem line (see problemLine) for each file that fails,
 * named `seeds/<file>`.
 */
export async function readSeeds(folder: string): Promise<{ datasets: Dataset[]; problems: string[] }> {
  const datasets: Dataset[] = [];
  const problems: string[] = [];
  for (const name of await seedNames(folder)) {
    const result = parseDatasetFile(await readFile(join(folder, name)));
    if (result.ok) datasets.push(result.data);
    else problems.push(...result.issues.map((issue) => problemLine(`seeds/${name}`, issue)));
  }
  return { datasets, problems };
}
