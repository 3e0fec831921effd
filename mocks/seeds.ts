import type { Dataset } from '../src/data/schema';
import { describeIssue, validateDataset } from '../src/data/validate';

const files = import.meta.glob<unknown>(['../seeds/*.json', '!../seeds/*.schema.json'], { eager: true, import: 'default' });

/*
 * Every seed file is checked with the same schema as any other input. A seed
 * that fails is refused whole with the reason, so a broken edit never reaches
 * the page as half-valid data.
 */
export function loadSeeds(): { datasets: Dataset[]; problems: string[] } {
  const datasets: Dataset[] = [];
  const problems: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const file = path.replace(/^.*\//, 'seeds/');
    const result = validateDataset(content);
    if (result.ok) datasets.push(result.data);
    else problems.push(...result.issues.map((issue) => `${file}: ${describeIssue(issue)}`));
  }
  return { datasets, problems };
}
