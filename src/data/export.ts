import type { Dataset } from './schema';

export const JSON_SCHEMA_REF = './dataset.schema.json';

/* The exported file can replace a seed file as it is: it points editors to the JSON Schema and ends with a newline. */
export function exportDatasetText(dataset: Dataset): string {
  const { $schema, ...rest } = dataset;
  return `${JSON.stringify({ $schema: JSON_SCHEMA_REF, ...rest }, null, 2)}\n`;
}

export function exportFileName(dataset: Pick<Dataset, 'id' | 'revision'>): string {
  return `${dataset.id}.r${dataset.revision}.json`;
}
