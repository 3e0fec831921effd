import type { Dataset } from '../src/data/schema/schema';
import { parseDataset } from '../src/data/checks/validate';
import { isDatasetFile } from '../src/data/checks/seed-files';
import { problemLine } from '../src/data/schema/issues';

/*
 * Seeds are read as text and parsed here, not imported as JSON modules: a
 * syntax error in a file being edited then becomes a message with its line
 * and column instead of breaking the build.
 */
const files = import.meta.glob<string>('../seeds/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export interface SeedCheck {
  file: string;
  dataset?: Dataset;
  problems: string[];
}

export function checkSeed(file: string, text: string): SeedCheck {
  const result = parseDataset(text);
  return result.ok
    ? { file, dataset: result.data, problems: [] }
    : { file, problems: result.issues.map((issue) => problemLine(file, issue)) };
}

export function loadSeeds(): SeedCheck[] {
  return Object.entries(files)
    .filter(([path]) => isDatasetFile(path))
    .map(([path, text]) => checkSeed(path.replace(/^.*\//, 'seeds/'), text));
}

export function validSeeds(checks: SeedCheck[]): Dataset[] {
  return checks.flatMap((c) => (c.dataset ? [c.dataset] : []));
}
