import Papa from 'papaparse';
import type { Claim, ClaimValue, CountFigure, Dataset, Status } from '../schema/schema';
import { STATUSES } from '../schema/schema';
import { claimsOfFigure, standingOf, type Standing } from '../ledger/claims';
import { indexDataset, isCount, type DatasetIndex } from '../words/figures';
import { statusMeaning } from '../words/format';
import { DATA_LICENSE } from '../words/license';

/*
 * Claims as flat rows for a spreadsheet or a script, each carrying its
 * provenance: who claimed it, which outlet published it, where and when, and
 * whether it still stands. One row per value a claim gives (a claim of killed
 * and injured is two rows); a retraction, which gives no value, is one row.
 */

export interface ClaimRow {
  figure: string;
  figure_label: string;
  measure: string;
  measure_label: string;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  qualifier: string;
  unit: string;
  date: string;
  time: string;
  status: Status;
  standing: Standing;
  claimed_by: string;
  published_by: string;
  title: string;
  url: string;
  published_on: string;
  note: string;
  claim: string;
  supersedes: string;
  retracts: string;
  revision: number;
}

export type RowColumn = keyof ClaimRow;

/* The order of the columns in a CSV file; the names of the spreadsheet import where both have the column. */
export const ROW_COLUMNS: readonly RowColumn[] = [
  'figure',
  'figure_label',
  'measure',
  'measure_label',
  'value',
  'value_low',
  'value_high',
  'qualifier',
  'unit',
  'date',
  'time',
  'status',
  'standing',
  'claimed_by',
  'published_by',
  'title',
  'url',
  'published_on',
  'note',
  'claim',
  'supersedes',
  'retracts',
  'revision',
];

function rowsOfClaim(claim: Claim, figure: CountFigure, index: DatasetIndex, revision: number): ClaimRow[] {
  const citation = index.citations.get(claim.citation);
  const name = (id: string | undefined) => (id === undefined ? '' : (index.sources.get(id)?.name ?? id));
  const base = {
    figure: figure.id,
    figure_label: figure.label,
    date: claim.date,
    time: claim.time ?? '',
    status: claim.status,
    standing: standingOf(claim, index.claims),
    claimed_by: name(citation?.claimedBy),
    published_by: name(citation?.publishedBy),
    title: citation?.title ?? '',
    url: citation?.url ?? '',
    published_on: citation?.publishedOn ?? '',
    note: claim.note ?? '',
    claim: claim.id,
    supersedes: claim.supersedes ?? '',
    retracts: claim.retracts ?? '',
    revision,
  };
  const noValue = { value: null, value_low: null, value_high: null, qualifier: '' };
  if (!claim.values?.length) return [{ ...base, measure: '', measure_label: '', unit: '', ...noValue }];
  return claim.values.map((value: ClaimValue) => {
    const measure = figure.measures.find((m) => m.key === value.measure);
    return {
      ...base,
      measure: value.measure,
      measure_label: measure?.label ?? value.measure,
      unit: measure?.unit ?? figure.unit,
      ...noValue,
      ...(value.value === undefined
        ? { value_low: value.low ?? null, value_high: value.high ?? null }
        : { value: value.value, qualifier: value.qualifier ?? 'exact' }),
    };
  });
}

/** The rows of every claim about the given figures (all count figures when none is given), each figure's oldest first. */
export function claimRows(dataset: Dataset, figureIds?: readonly string[]): ClaimRow[] {
  const index = indexDataset(dataset);
  const wanted = figureIds && new Set(figureIds);
  return dataset.figures
    .filter(isCount)
    .filter((figure) => !wanted || wanted.has(figure.id))
    .flatMap((figure) =>
      claimsOfFigure(figure.id, index.claims).flatMap((claim) => rowsOfClaim(claim, figure, index, dataset.revision)),
    );
}

/*
 * HXL hashtags (https://hxlstandard.org), the row under the header that lets
 * humanitarian tools read the columns. The value columns take the tag of what
 * they count when every row counts the same thing (#affected +killed,
 * #population), and #indicator +value when the rows mix measures.
 */
const MEASURE_TAGS: [RegExp, string][] = [
  [/\b(killed|dead|deaths?|fatalities)$/, '#affected +killed'],
  [/\b(injured|wounded|injuries)$/, '#affected +injured'],
  [/\bmissing$/, '#affected +missing'],
  [/\bdisplaced$/, '#affected +displaced'],
  [/^population$/, '#population'],
];

/* What a measure counts, read from its key ("killed") or, failing that, its label ("police officers killed"). */
export function measureTag(key: string, label = ''): string | undefined {
  const words = [key.replace(/-/g, ' '), label.toLowerCase()];
  return words.flatMap((text) => MEASURE_TAGS.find(([pattern]) => pattern.test(text))?.[1] ?? [])[0];
}

/** The tag of the value columns for rows of these measures. */
export function valueTag(rows: readonly Pick<ClaimRow, 'measure' | 'measure_label'>[]): string {
  const tags = new Set(
    rows
      .filter((row) => row.measure !== '')
      .map((row) => measureTag(row.measure, row.measure_label) ?? '#indicator +value'),
  );
  return tags.size === 1 ? [...tags][0]! : '#indicator +value';
}

const FIXED_TAGS: Record<Exclude<RowColumn, 'value' | 'value_low' | 'value_high'>, string> = {
  figure: '#indicator +code',
  figure_label: '#indicator +name',
  measure: '#indicator +measure +code',
  measure_label: '#indicator +measure +name',
  qualifier: '#indicator +qualifier',
  unit: '#indicator +unit',
  date: '#date',
  time: '#date +time',
  status: '#status',
  standing: '#status +standing',
  claimed_by: '#meta +source',
  published_by: '#meta +source +publisher',
  title: '#meta +title',
  url: '#meta +url',
  published_on: '#date +published',
  note: '#description +notes',
  claim: '#meta +id',
  supersedes: '#meta +supersedes',
  retracts: '#meta +retracts',
  revision: '#meta +revision',
};

export function hxlTags(rows: readonly ClaimRow[]): Record<RowColumn, string> {
  const value = valueTag(rows);
  return {
    ...FIXED_TAGS,
    value: `${value} +num`,
    value_low: `${value} +num +min`,
    value_high: `${value} +num +max`,
  };
}

/*
 * CSV as spreadsheets open it: UTF-8 with a byte order mark (Excel reads the
 * file as another encoding without one), CRLF line ends, and every cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
 * made inert with a leading apostrophe.
 */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  const tags = hxlTags(rows);
  const cells = (row: Record<RowColumn, string | number | null>) =>
    ROW_COLUMNS.map((column) => (row[column] === null ? '' : String(row[column])));
  const body = Papa.unparse(
    [[...ROW_COLUMNS], ROW_COLUMNS.map((column) => tags[column]), ...rows.map((row) => cells(row))],
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}

export const STANDING_MEANINGS: Record<Standing, string> = {
  active: 'Still stands: no later record corrects or withdraws it.',
  superseded: 'Replaced by a later correction (the row whose "supersedes" names this claim).',
  retracted: 'Withdrawn by a later record (the row whose "retracts" names this claim).',
  retraction: 'The record that withdraws the claim it names in "retracts"; it gives no value.',
};

export interface DownloadMeta {
  title: string;
  dataset: string;
  region: string;
  revision: number;
  asOf: string;
  updatedAt: string;
  license: { name: string; url: string };
  /** How to credit the data: the original claimant of each row first, then the dashboard. */
  howToCite: string;
  statuses: Record<Status, string>;
  standings: Record<Standing, string>;
  hxl: Record<RowColumn, string>;
}

export function downloadMeta(
  dataset: Pick<Dataset, 'id' | 'title' | 'region' | 'revision' | 'asOf' | 'updatedAt'>,
  rows: readonly ClaimRow[],
  siteName: string,
): DownloadMeta {
  return {
    title: dataset.title,
    dataset: dataset.id,
    region: dataset.region,
    revision: dataset.revision,
    asOf: dataset.asOf,
    updatedAt: dataset.updatedAt,
    license: { ...DATA_LICENSE },
    howToCite: `Credit each number to its claimant and outlet (claimed_by, published_by, url), then: ${siteName}, "${dataset.title}", revision ${dataset.revision}, data as of ${dataset.asOf}, ${DATA_LICENSE.name}.`,
    statuses: Object.fromEntries(STATUSES.map((status) => [status, statusMeaning(status)])) as Record<Status, string>,
    standings: { ...STANDING_MEANINGS },
    hxl: hxlTags(rows),
  };
}

/** The same rows as JSON, under a header saying what they are, whose they are and how to cite them. */
export function claimsJson(meta: DownloadMeta, rows: readonly ClaimRow[]): string {
  return `${JSON.stringify({ meta, rows }, null, 2)}\n`;
}

/** "nagorno-karabakh-2023-09.claims.r3.csv", or with the figure: "….casualties-19-september.claims.r3.csv". */
export function claimsFileName(
  dataset: Pick<Dataset, 'id' | 'revision'>,
  figureId: string | undefined,
  extension: 'csv' | 'json',
): string {
  return `${[dataset.id, figureId, 'claims', `r${dataset.revision}`].filter(Boolean).join('.')}.${extension}`;
}
