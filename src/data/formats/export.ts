import type { Dataset } from '../schema/schema';

export const JSON_SCHEMA_REF = './dataset.schema.json';

const DATASET_KEYS = [
  '$schema',
  'id',
  'title',
  'region',
  'asOf',
  'updatedAt',
  'revision',
  'about',
  'headlines',
  'topics',
];

/* One order for the keys of every record, so that a file written twice is the same file and a change is a small diff. */
const RECORD_KEYS = [
  'id',
  'figure',
  'kind',
  'key',
  'measure',
  'label',
  'singular',
  'name',
  'title',
  'claimedBy',
  'publishedBy',
  'url',
  'date',
  'time',
  'unit',
  'decimals',
  'value',
  'qualifier',
  'low',
  'high',
  'breakdown',
  'values',
  'measures',
  'status',
  'start',
  'end',
  'endCitation',
  'publishedOn',
  'retrievedOn',
  'citation',
  'citations',
  'supersedes',
  'retracts',
  'cumulative',
  'expectedUpdateDays',
  'shown',
  'claim',
  'reason',
  'description',
  'note',
];
const rank = new Map(RECORD_KEYS.map((key, i) => [key, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(
    ([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

/*
 * The exported file can replace a seed file as it is: it points editors to the
 * JSON Schema, lists its parts in a fixed order and ends with a newline.
 */
export function exportDatasetText(dataset: Dataset): string {
  const { $schema: _schema, sources, citations, figures, claims, events, topics, ...rest } = dataset;
  const head = Object.fromEntries(
    Object.entries({ $schema: JSON_SCHEMA_REF, ...rest, ...(topics && { topics: ordered(topics) }) }).sort(
      ([a], [b]) => DATASET_KEYS.indexOf(a) - DATASET_KEYS.indexOf(b),
    ),
  );
  const lists = { sources, citations, figures, claims, events };
  const body = Object.fromEntries(Object.entries(lists).map(([name, items]) => [name, ordered(items)]));
  return `${JSON.stringify({ ...head, ...body }, null, 2)}\n`;
}

export function exportFileName(dataset: Pick<Dataset, 'id' | 'revision'>): string {
  return `${dataset.id}.r${dataset.revision}.json`;
}
