import Papa from 'papaparse';
import {
  EVENT_KINDS,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  MAX_HEADLINES,
  QUALIFIERS,
  SOURCE_KINDS,
  STATUSES,
  timeSchema,
  type Citation,
  type Claim,
  type ClaimValue,
  type CountFigure,
  type CrisisEvent,
  type Dataset,
  type DurationFigure,
  type Measure,
  type Qualifier,
  type Source,
  type SourceKind,
  type Status,
  type Topic,
} from '../schema/schema';
import type { z } from 'zod';
import type { Validated, ValidationIssue } from '../schema/issues';
import { splitFigures } from '../words/figures';
import { applyUpdate, type Merged, type PartialUpdate, type UpdateOptions } from './update';

/*
 * Reports kept as flat rows, the way information managers keep them in a
 * spreadsheet: one row per reported number. Each row becomes a claim, and the
 * figure, measure, sources and citation it needs are found in the dataset or
 * created. A row may also record an event, or the cited end of a duration,
 * and a claim's row may put its figure in a topic or among the headlines.
 * Every problem is reported by row and column, all at once, and a file with
 * any problem changes nothing.
 */

export const COLUMNS = [
  'figure',
  'figure_label',
  'measure',
  'value',
  'value_low',
  'value_high',
  'qualifier',
  'unit',
  'date',
  'time',
  'claimed_by',
  'published_by',
  'source_kind',
  'published_by_kind',
  'url',
  'title',
  'published_on',
  'status',
  'note',
  'record',
  'event_title',
  'event_kind',
  'topic',
  'headline',
] as const;
export type Column = (typeof COLUMNS)[number];

/* What a row records: a claim (the default), an event, or the end of a duration. */
export const RECORD_KINDS = ['claim', 'event', 'end'] as const;
type RecordKind = (typeof RECORD_KINDS)[number];

/* Every row, whatever it records, is cited. A file that says what each row records needs no claim's columns. */
const REQUIRED_COLUMNS: readonly Column[] = ['date', 'claimed_by', 'url'];
const CLAIM_COLUMNS: readonly Column[] = ['figure'];

/* The columns only a claim's row fills; an event's or an end's row leaves them empty. */
const CLAIM_ONLY: readonly Column[] = [
  'figure_label',
  'measure',
  'value',
  'value_low',
  'value_high',
  'qualifier',
  'unit',
  'time',
  'status',
  'topic',
  'headline',
];
const EVENT_ONLY: readonly Column[] = ['event_title', 'event_kind'];

export interface SheetRow {
  /** Where a person finds the row: "row 14" as a spreadsheet numbers it (header = row 1), or "[12]" in a JSON array. */
  at: string;
  cells: Partial<Record<Column, string>>;
}

/** Where a cell is: "row 14, value" in a spreadsheet, "[12].value" in JSON. */
export function cellPath(row: SheetRow, column: Column): string {
  return row.at.startsWith('[') ? `${row.at}.${column}` : `${row.at}, ${column}`;
}

const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name);
const knownColumns = `the columns are ${COLUMNS.join(', ')}`;

/** Splits CSV text into rows, checking the header; blank rows and an HXL hashtag row are skipped. */
export function csvRows(text: string): Validated<SheetRow[]> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
  const quoteIssues = parsed.errors.map((error) => ({
    path: error.row === undefined ? '' : `row ${error.row + 1}`,
    message:
      error.code === 'MissingQuotes'
        ? 'A quoted cell is never closed: a cell that starts with " must end with "'
        : `${error.message}: a quote inside a quoted cell is written twice ("")`,
  }));
  if (quoteIssues.length > 0) return { ok: false, issues: quoteIssues };

  const [header = [], ...records] = parsed.data;
  const names = header.map((name) => name.trim());
  const issues = checkHeader(names);
  const rows: SheetRow[] = [];
  records.forEach((record, i) => {
    const at = `row ${i + 2}`;
    const filled = record.map((cell) => cell.trim());
    if (filled.every((cell) => cell === '')) return;
    // HXL: an optional row of hashtags (#affected+killed) under the header, for tools that read them.
    if (i === 0 && filled.every((cell) => cell === '' || cell.startsWith('#'))) return;
    const cells: SheetRow['cells'] = {};
    filled.forEach((cell, c) => {
      const name = names[c];
      if (name !== undefined && isColumn(name)) cells[name] = cell;
      else if (cell !== '' && !name) {
        issues.push({ path: at, message: `Cell ${c + 1} ("${cell}") is under no named column` });
      }
    });
    rows.push({ at, cells });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: rows };
}

function checkHeader(names: string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (message: string) => issues.push({ path: 'row 1', message });
  if (names.length === 1 && names[0]!.includes(';')) {
    add('The header is one cell with semicolons in it: save the file as CSV with commas between cells');
    return issues;
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    if (!isColumn(name)) add(`Unknown column "${name}": ${knownColumns}`);
    else if (seen.has(name)) add(`Column "${name}" appears twice`);
    seen.add(name);
  }
  // Rows that say what they record are checked one by one: an event's row has no figure or value.
  const required = seen.has('record') ? REQUIRED_COLUMNS : [...CLAIM_COLUMNS, ...REQUIRED_COLUMNS];
  for (const column of required) {
    if (!seen.has(column)) add(`Missing column "${column}"`);
  }
  if (!seen.has('record') && !seen.has('value') && !(seen.has('value_low') && seen.has('value_high'))) {
    add('Missing column "value" (or "value_low" and "value_high" for ranges)');
  }
  return issues;
}

/** The same rows as a JSON array of objects keyed by column name; a missing key is an empty cell. */
export function jsonRows(value: unknown): Validated<SheetRow[]> {
  if (!Array.isArray(value)) return { ok: false, issues: [{ path: '', message: 'Expected an array of row objects' }] };
  const issues: ValidationIssue[] = [];
  const rows = value.map((item: unknown, i) => {
    const at = `[${i}]`;
    const cells: SheetRow['cells'] = {};
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ path: at, message: 'Each row is an object keyed by column name' });
      return { at, cells };
    }
    for (const [key, cell] of Object.entries(item)) {
      if (!isColumn(key)) issues.push({ path: `${at}.${key}`, message: `Unknown column "${key}": ${knownColumns}` });
      else if (typeof cell === 'string') cells[key] = cell.trim();
      else if (typeof cell === 'number') cells[key] = String(cell);
      else if (cell !== null) issues.push({ path: `${at}.${key}`, message: 'Must be text or a number' });
    }
    return { at, cells };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: rows };
}

/** A converted sheet: the update, which row and column each record came from, and what the reader should know. */
export interface SheetUpdate {
  update: PartialUpdate;
  origins: Map<string, Origin[]>;
  /** What the rows did beyond what they say, such as a figure that is no longer a headline. */
  notices: string[];
}

interface Origin {
  row: SheetRow;
  column?: Column;
}

/* What every row carries: the day it speaks of and the publication that says it. */
interface Cited {
  row: SheetRow;
  date: string;
  claimedBy: string;
  publishedBy: string;
  sourceKind?: SourceKind;
  outletKind?: SourceKind;
  url: string;
  title: string;
  publishedOn: string;
  note: string;
}

interface Report extends Cited {
  record: 'claim';
  figure: string;
  figureLabel: string;
  measure: string;
  value: Omit<ClaimValue, 'measure'>;
  unit: string;
  time?: string;
  status: Status;
  topic: string;
  /** 1 for the first headline card. */
  headline?: number;
}

interface EventRow extends Cited {
  record: 'event';
  title: string;
  /** Given, or left to the event already there (or "other" for a new one). */
  kind?: CrisisEvent['kind'];
}

interface EndRow extends Cited {
  record: 'end';
  figure: string;
}

type Row = Report | EventRow | EndRow;

type AddIssue = (row: SheetRow, column: Column, message: string) => void;

/** Turns rows into a partial update for the dataset; nothing is created unless every row is right. */
export function rowsToUpdate(rows: SheetRow[], dataset: Dataset): Validated<SheetUpdate> {
  if (rows.length === 0) return { ok: false, issues: [{ path: '', message: 'There are no rows to import' }] };
  const issues: ValidationIssue[] = [];
  const add: AddIssue = (row, column, message) => issues.push({ path: cellPath(row, column), message });

  const read = rows.flatMap((row) => readRow(row, add) ?? []);
  if (issues.length > 0) return { ok: false, issues };
  const reports = read.filter((r): r is Report => r.record === 'claim');

  const sheet = new SheetBuilder(dataset, add);
  const figures = sheet.figures(reports);
  for (const r of read) {
    if (r.record === 'claim') sheet.claim(r, figures);
    else if (r.record === 'event') sheet.event(r);
    else sheet.end(r);
  }
  sheet.curate(reports, figures);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: sheet.result(figures) };
}

export function csvToUpdate(text: string, dataset: Dataset): Validated<SheetUpdate> {
  const rows = csvRows(text);
  return rows.ok ? rowsToUpdate(rows.data, dataset) : rows;
}

/*
 * Applies a converted sheet. Problems only found in the merged dataset (a
 * cumulative count that falls, a fraction in a count of people) are moved
 * from their place in the update back to the row and column they came from.
 */
export function applySheetUpdate(
  dataset: Dataset,
  sheet: SheetUpdate,
  now: string,
  options: UpdateOptions = {},
): Merged {
  const result = applyUpdate(dataset, sheet.update, now, options);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: placeOf(issue.path, sheet) })) };
}

const CLAIM_FIELDS: Record<string, Column> = {
  date: 'date',
  time: 'time',
  note: 'note',
  status: 'status',
  citation: 'url',
  figure: 'figure',
};
const VALUE_FIELDS: Record<string, Column> = {
  value: 'value',
  qualifier: 'qualifier',
  low: 'value_low',
  high: 'value_high',
  measure: 'measure',
};
const FIGURE_FIELDS: Record<string, Column> = {
  label: 'figure_label',
  unit: 'unit',
  measures: 'measure',
  end: 'date',
  endCitation: 'url',
};
const CITATION_FIELDS: Record<string, Column> = {
  title: 'title',
  url: 'url',
  publishedOn: 'published_on',
  note: 'note',
  claimedBy: 'claimed_by',
  publishedBy: 'published_by',
};
const EVENT_FIELDS: Record<string, Column> = {
  date: 'date',
  title: 'event_title',
  kind: 'event_kind',
  citations: 'url',
};

type Traced = 'claims' | 'figures' | 'citations' | 'sources' | 'events' | 'topics';

function placeOf(path: string, sheet: SheetUpdate): string {
  const at = (origin: Origin, column: Column | undefined) => (column ? cellPath(origin.row, column) : origin.row.at);
  const headline = /^headlines\[(\d+)\]/.exec(path);
  if (headline) {
    const origin = sheet.origins.get(`headlines:${sheet.update.headlines?.[Number(headline[1])]}`)?.[0];
    return origin ? at(origin, 'headline') : path;
  }
  const match = /^(claims|figures|citations|sources|events|topics)\[(\d+)\]\.?(\w*)(?:\[(\d+)\]\.?(\w*))?/.exec(path);
  if (!match) return path;
  const [, list, index, field = '', sub, subField = ''] = match;
  const id = sheet.update[list as Traced]?.[Number(index)]?.id;
  const origins = sheet.origins.get(`${list}:${id}`);
  if (!origins?.[0]) return path;
  switch (list) {
    case 'claims':
      if (field === 'values' && sub !== undefined) {
        const origin = origins[Number(sub)] ?? origins[0];
        return at(origin, VALUE_FIELDS[subField] ?? 'value');
      }
      // A claim merged from several rows: its own fields belong to all of them.
      return origins.map((origin) => at(origin, CLAIM_FIELDS[field])).join('; ');
    case 'figures':
      return at(origins[0], FIGURE_FIELDS[field] ?? 'figure');
    case 'citations':
      return at(origins[0], CITATION_FIELDS[field] ?? 'url');
    case 'events':
      return at(origins[0], EVENT_FIELDS[field] ?? 'event_title');
    case 'topics':
      return at(origins[0], 'topic');
    default: {
      const kindColumn = origins[0].column === 'published_by' ? 'published_by_kind' : 'source_kind';
      return at(origins[0], field === 'kind' ? kindColumn : origins[0].column);
    }
  }
}

function readRow(row: SheetRow, add: AddIssue): Row | null {
  const cell = (column: Column) => row.cells[column] ?? '';
  let ok = true;
  const fail = (column: Column, message: string) => {
    ok = false;
    add(row, column, message);
  };
  const required = (column: Column, what: string) => {
    const text = cell(column);
    if (text === '') fail(column, `Must not be empty: give ${what}`);
    return text;
  };
  const check = <T>(schema: z.ZodType<T>, column: Column, text: string): T | undefined => {
    if (text === '') return undefined;
    const result = schema.safeParse(text);
    if (!result.success) fail(column, result.error.issues[0]?.message ?? 'Not valid');
    return result.success ? result.data : undefined;
  };
  const oneOf = <T extends string>(column: Column, options: readonly T[], fallback: T): T => {
    const text = cell(column);
    if (text === '') return fallback;
    if ((options as readonly string[]).includes(text)) return text as T;
    fail(column, `"${text}" is not one of ${options.join(', ')}`);
    return fallback;
  };
  const unused = (columns: readonly Column[], record: RecordKind) => {
    for (const column of columns) {
      if (cell(column) !== '') {
        fail(
          column,
          record === 'claim'
            ? `${column} is for a row whose record is "event": leave it empty on a claim’s row`
            : `A row whose record is "${record}" takes no ${column}: leave it empty`,
        );
      }
    }
  };

  const record = oneOf<RecordKind>('record', RECORD_KINDS, 'claim');
  const date = check(isoDateSchema, 'date', required('date', 'the date as YYYY-MM-DD'));
  const publishedOn = check(isoDateSchema, 'published_on', cell('published_on'));
  const claimedBy = required('claimed_by', 'the claimant: a source id or its exact name');
  const url = check(httpUrlSchema, 'url', required('url', 'the link to the report'));
  const sourceKind = cell('source_kind') === '' ? undefined : oneOf('source_kind', SOURCE_KINDS, 'other');
  const outletKind = cell('published_by_kind') === '' ? undefined : oneOf('published_by_kind', SOURCE_KINDS, 'other');
  const cited = (): Cited => ({
    row,
    date: date!,
    claimedBy,
    publishedBy: cell('published_by') || claimedBy,
    ...(sourceKind && { sourceKind }),
    ...(outletKind && { outletKind }),
    url: url!,
    title: cell('title'),
    publishedOn: publishedOn ?? date!,
    note: cell('note'),
  });

  if (record === 'event') {
    unused(['figure', ...CLAIM_ONLY], record);
    const title = required('event_title', 'the event’s title');
    const kind = cell('event_kind') === '' ? undefined : oneOf('event_kind', EVENT_KINDS, 'other');
    if (!ok || !date || !url) return null;
    return { ...cited(), record, title, ...(kind && { kind }) };
  }
  if (record === 'end') {
    unused([...CLAIM_ONLY, ...EVENT_ONLY], record);
    const figure = check(idSchema, 'figure', required('figure', 'the id of the duration that ended'));
    if (!ok || !figure || !date || !url) return null;
    return { ...cited(), record, figure };
  }

  unused(EVENT_ONLY, record);
  const figure = check(idSchema, 'figure', required('figure', 'the figure id'));
  const measure = cell('measure');
  if (measure !== '') check(idSchema, 'measure', measure);
  const time = check(timeSchema, 'time', cell('time'));
  const status = oneOf('status', STATUSES, 'reported');
  const headline = readHeadline(cell('headline'));
  if (typeof headline === 'string') fail('headline', headline);

  const numbers = (['value', 'value_low', 'value_high'] as const).map((column) => {
    const text = cell(column);
    if (text === '') return undefined;
    const n = readNumber(text);
    if (typeof n === 'string') fail(column, n);
    return typeof n === 'number' ? n : undefined;
  });
  const [value, low, high] = numbers;
  const given = (['value', 'value_low', 'value_high'] as const).filter((column) => cell(column) !== '');
  let claimValue: Omit<ClaimValue, 'measure'> = {};
  if (given.length === 0) {
    fail('value', 'Must not be empty: give the value, or value_low and value_high for a range');
  } else if (given.includes('value')) {
    if (given.length > 1) fail('value', 'Give either value or a range (value_low and value_high), not both');
    const qualifier = oneOf<Qualifier>('qualifier', QUALIFIERS, 'exact');
    if (value !== undefined) claimValue = { value, qualifier };
  } else if (given.length === 1) {
    const missing = given[0] === 'value_low' ? 'value_high' : 'value_low';
    fail(missing, 'A range needs both value_low and value_high');
  } else {
    if (cell('qualifier') !== '') fail('qualifier', 'A range has no qualifier: leave it empty');
    if (low !== undefined && high !== undefined && low > high) {
      fail('value_high', `The range ends (${high}) below where it starts (${low})`);
    }
    if (low !== undefined && high !== undefined) claimValue = { low, high };
  }

  if (!ok || !figure || !date || !url) return null;
  return {
    ...cited(),
    record,
    figure,
    figureLabel: cell('figure_label'),
    measure,
    value: claimValue,
    unit: cell('unit'),
    ...(time && { time }),
    status,
    topic: cell('topic'),
    ...(typeof headline === 'number' && { headline }),
  };
}

/* A headline place, 1 for the first card; empty for none. The problem in words when it is not one. */
function readHeadline(text: string): number | string | undefined {
  if (text === '') return undefined;
  const place = Number(text);
  if (/^\d+$/.test(text) && place >= 1 && place <= MAX_HEADLINES) return place;
  if (/^\d+$/.test(text) && place > MAX_HEADLINES) {
    return `${text} is past the last headline place: give a place from 1 to ${MAX_HEADLINES} (1 is the first card)`;
  }
  return `"${text}" is not a headline place: give a whole number from 1 to ${MAX_HEADLINES} (1 is the first card)`;
}

/*
 * Numbers as spreadsheets print them: "120000", "120,000", "3.4". A comma is
 * read only as a thousands separator between groups of three digits; "1,5"
 * could mean one and a half or fifteen, so it is refused rather than guessed.
 */
function readNumber(text: string): number | string {
  if (/^\d+(\.\d+)?$/.test(text) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const n = Number(text.replaceAll(',', ''));
    return n > Number.MAX_SAFE_INTEGER ? 'Number is too large' : n;
  }
  if (/^-\s*[\d.,]+$/.test(text)) return 'A value cannot be negative';
  if (/^[\d.,]+\s*%$/.test(text))
    return `Write the number alone ("${text.replace(/\s*%$/, '')}") and % in the unit column`;
  if (/^[\d.,]+$/.test(text) && text.includes(',')) {
    return `"${text}" is ambiguous: a comma is read only between groups of three digits ("120,000"); write decimals with a point ("1.5")`;
  }
  return `"${text}" must be a number, like 120000, 120,000 or 3.4`;
}

/* Lower-case words joined by hyphens, as ids are written: "Example Ombudsman" → "example-ombudsman". */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/* The base itself when free, else base-2, base-3…, cut so the whole id stays within 80 characters. */
function uniqueId(base: string, taken: Set<string>, always = false): string {
  for (let n = always ? 1 : 0; ; n++) {
    const suffix = n === 0 ? '' : `-${n}`;
    const id = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

interface PlannedFigure {
  figure: CountFigure;
  isNew: boolean;
}

/* The measure of a new figure whose rows name none: labelled as the figure is, so its card reads "270 people". */
const SINGLE_MEASURE = 'value';

/* Finds or creates what the rows refer to, remembering the row each new record came from. */
class SheetBuilder {
  private readonly sources: Source[] = [];
  private readonly citations: Citation[] = [];
  private readonly claims: Claim[] = [];
  private readonly events = new Map<string, CrisisEvent>();
  private readonly ended = new Map<string, DurationFigure>();
  private topics: Topic[] | undefined;
  private headlines: string[] | undefined;
  private readonly notices: string[] = [];
  private readonly origins = new Map<string, Origin[]>();
  private readonly sourceIds: Set<string>;
  private readonly citationIds: Set<string>;
  private readonly claimIds: Set<string>;
  /* The claim still open to more measures, per figure, moment, claimant, link, status and note. */
  private readonly open = new Map<string, Claim>();

  constructor(
    private readonly dataset: Dataset,
    private readonly add: AddIssue,
  ) {
    this.sourceIds = new Set(dataset.sources.map((s) => s.id));
    this.citationIds = new Set(dataset.citations.map((c) => c.id));
    this.claimIds = new Set(dataset.claims.map((c) => c.id));
  }

  /** Every figure the rows name, existing or new; new ones get their measures from the rows. */
  figures(reports: Report[]): Map<string, PlannedFigure> {
    const planned = new Map<string, PlannedFigure>();
    const byFigure = new Map<string, Report[]>();
    for (const r of reports) byFigure.set(r.figure, [...(byFigure.get(r.figure) ?? []), r]);
    for (const [id, rows] of byFigure) {
      const existing = this.dataset.figures.find((f) => f.id === id);
      if (existing?.kind === 'duration') {
        for (const r of rows) {
          this.add(
            r.row,
            'figure',
            `"${id}" is a duration: its days are counted from its dates (its end is a row whose record is "end")`,
          );
        }
      } else if (existing) {
        this.checkExisting(existing, rows);
        planned.set(id, { figure: existing, isNew: false });
      } else {
        const figure = this.newFigure(id, rows);
        if (figure) planned.set(id, { figure, isNew: true });
      }
    }
    return planned;
  }

  private checkExisting(figure: CountFigure, rows: Report[]) {
    const keys = figure.measures.map((m) => m.key).join(', ');
    for (const r of rows) {
      if (r.figureLabel && r.figureLabel !== figure.label) {
        this.add(
          r.row,
          'figure_label',
          `"${figure.id}" is labelled "${figure.label}": leave figure_label empty or the same`,
        );
      }
      if (r.measure === '' && figure.measures.length > 1) {
        this.add(r.row, 'measure', `"${figure.id}" has several measures (${keys}): name one`);
        continue;
      }
      if (r.measure === '') r.measure = figure.measures[0]!.key;
      const measure = figure.measures.find((m) => m.key === r.measure);
      if (!measure) {
        this.add(r.row, 'measure', `Unknown measure "${r.measure}": "${figure.id}" measures ${keys}`);
      } else if (r.unit && r.unit !== (measure.unit ?? figure.unit)) {
        this.add(r.row, 'unit', `"${measure.key}" is counted in ${measure.unit ?? figure.unit}, not ${r.unit}`);
      }
    }
  }

  /*
   * A new figure takes its label from figure_label and its unit from the
   * first unit given ("people" when none is). Each new measure key becomes a
   * measure labelled with the key's words; it allows decimals when its unit
   * is % or any row gives it a fraction. Rows that name no measure give the
   * figure one, labelled as the figure, never with the unit's word alone.
   */
  private newFigure(id: string, rows: Report[]): CountFigure | null {
    const labels = [...new Set(rows.map((r) => r.figureLabel).filter(Boolean))];
    if (labels.length === 0) {
      this.add(rows[0]!.row, 'figure_label', `"${id}" is a new figure: give its label on at least one of its rows`);
    } else if (labels.length > 1) {
      const first = rows.find((r) => r.figureLabel)!.figureLabel;
      for (const r of rows) {
        if (r.figureLabel && r.figureLabel !== first) {
          this.add(r.row, 'figure_label', `"${id}" is already labelled "${first}" on an earlier row`);
        }
      }
    }
    const unit = rows.find((r) => r.unit)?.unit ?? 'people';
    const unnamed = rows.filter((r) => r.measure === '');
    if (unnamed.length > 0 && unnamed.length < rows.length) {
      for (const r of unnamed) {
        this.add(r.row, 'measure', `"${id}" is a new figure whose other rows name their measure: name this one too`);
      }
    } else if (unnamed.length > 0) {
      for (const r of rows) r.measure = SINGLE_MEASURE;
    }
    const measures: Measure[] = [];
    for (const r of rows) {
      if (r.measure === '') continue;
      const measure = measures.find((m) => m.key === r.measure);
      const fraction = [r.value.value, r.value.low, r.value.high].some((n) => n !== undefined && !Number.isInteger(n));
      if (!measure) {
        const single = r.measure === SINGLE_MEASURE && unnamed.length > 0;
        const measureUnit = single ? unit : r.unit;
        measures.push({
          key: r.measure,
          label: single ? (labels[0] ?? id) : r.measure.replaceAll('-', ' '),
          ...(measureUnit && { unit: measureUnit }),
          ...((measureUnit === '%' || fraction) && { decimals: true }),
        });
      } else {
        if (r.unit && r.unit !== (measure.unit ?? unit)) {
          this.add(r.row, 'unit', `"${r.measure}" is given in ${measure.unit ?? 'no unit'} on an earlier row`);
        }
        if (fraction) measure.decimals = true;
      }
    }
    if (labels.length !== 1 || measures.length === 0) return null;
    this.origins.set(`figures:${id}`, [{ row: rows[0]!.row }]);
    return { id, kind: 'count', label: labels[0]!, unit, measures };
  }

  /*
   * A source by id, by exact name, or created from the name. source_kind is
   * the kind of a claimant the row creates, published_by_kind that of an
   * outlet; either is "other" when not given, to be set by hand if it matters.
   */
  private source(name: string, report: Cited, column: 'claimed_by' | 'published_by'): Source {
    const known = [...this.dataset.sources, ...this.sources];
    const found = known.find((s) => s.id === name) ?? known.find((s) => s.name === name);
    const kindColumn = column === 'claimed_by' ? 'source_kind' : 'published_by_kind';
    const kind = column === 'claimed_by' ? report.sourceKind : report.outletKind;
    if (found) {
      if (this.sources.includes(found) && kind && kind !== found.kind) {
        const by = this.origins.get(`sources:${found.id}`)?.[0];
        const message =
          by?.row === report.row
            ? `"${name}" is both claimant and outlet here: give it one kind (${found.kind} in source_kind)`
            : `"${name}" is a ${found.kind} source on an earlier row`;
        this.add(report.row, kindColumn, message);
      }
      return found;
    }
    const source: Source = {
      id: uniqueId(slugify(name, 'source'), this.sourceIds),
      name,
      kind: kind ?? 'other',
    };
    this.sources.push(source);
    this.origins.set(`sources:${source.id}`, [{ row: report.row, column }]);
    return source;
  }

  /* The dataset's citation for the same link, claimant and outlet, or a new one; a reused citation is left as it is. */
  private citation(report: Cited): Citation {
    const claimant = this.source(report.claimedBy, report, 'claimed_by');
    const outlet = this.source(report.publishedBy, report, 'published_by');
    const same = (c: Citation) => c.url === report.url && c.claimedBy === claimant.id && c.publishedBy === outlet.id;
    const found = this.dataset.citations.find(same) ?? this.citations.find(same);
    if (found) return found;
    const citation: Citation = {
      id: uniqueId(`${claimant.id}-${report.publishedOn}`, this.citationIds),
      claimedBy: claimant.id,
      publishedBy: outlet.id,
      title: report.title || `${claimant.name} on ${report.publishedOn}`,
      url: report.url,
      publishedOn: report.publishedOn,
      note: report.note || 'Imported from a spreadsheet row.',
    };
    this.citations.push(citation);
    this.origins.set(`citations:${citation.id}`, [{ row: report.row }]);
    return citation;
  }

  /*
   * Rows that differ only in their measure (killed and injured from one
   * statement) become one claim with several values; a measure given twice
   * starts a new claim, the party revising itself.
   */
  claim(report: Report, figures: Map<string, PlannedFigure>) {
    if (!figures.has(report.figure) || report.measure === '') return;
    const citation = this.citation(report);
    const value: ClaimValue = { measure: report.measure, ...report.value };
    const key = [report.figure, report.date, report.time, citation.id, report.status, report.note].join('\u0000');
    const open = this.open.get(key);
    if (open?.values && !open.values.some((v) => v.measure === report.measure)) {
      open.values.push(value);
      this.origins.get(`claims:${open.id}`)!.push({ row: report.row });
      return;
    }
    const claim: Claim = {
      id: uniqueId(`${report.figure}-${report.date}`, this.claimIds, true),
      figure: report.figure,
      date: report.date,
      ...(report.time && { time: report.time }),
      values: [value],
      status: report.status,
      citation: citation.id,
      ...(report.note && { note: report.note }),
    };
    this.claims.push(claim);
    this.open.set(key, claim);
    this.origins.set(`claims:${claim.id}`, [{ row: report.row }]);
  }

  /*
   * An event by its date and title: the one already there, or a new one
   * whose id is made from them, so the same row applied twice finds it. Each
   * row adds its publication to the event's citations.
   */
  event(row: EventRow) {
    const id = slugify(`${row.date} ${row.title}`, 'event').slice(0, 80).replace(/-+$/, '');
    const known =
      this.events.get(id) ??
      [...this.events.values()].find((e) => e.date === row.date && e.title === row.title) ??
      this.dataset.events.find((e) => e.id === id) ??
      this.dataset.events.find((e) => e.date === row.date && e.title === row.title);
    const first = known && this.origins.get(`events:${known.id}`)?.[0];
    if (known && first && row.kind && known.kind !== row.kind) {
      this.add(row.row, 'event_kind', `"${row.title}" is a ${known.kind} event on ${first.row.at}`);
      return;
    }
    const citation = this.citation(row).id;
    const event: CrisisEvent = known
      ? { ...known, ...(row.kind && { kind: row.kind }) }
      : { id, date: row.date, kind: row.kind ?? 'other', title: row.title, citations: [] };
    if (!event.citations.includes(citation)) event.citations = [...event.citations, citation];
    this.events.set(event.id, event);
    if (!first) this.origins.set(`events:${event.id}`, [{ row: row.row }]);
  }

  /* The cited end of a duration already in the dataset. */
  end(row: EndRow) {
    const figure = this.dataset.figures.find((f) => f.id === row.figure);
    if (!figure) {
      this.add(row.row, 'figure', `Unknown figure "${row.figure}": only a duration already in the data can end`);
      return;
    }
    if (figure.kind !== 'duration') {
      this.add(row.row, 'figure', `"${row.figure}" is a count: only a duration ends; give its values on claim rows`);
      return;
    }
    const first = this.origins.get(`figures:${figure.id}`)?.[0];
    if (first) {
      this.add(row.row, 'figure', `"${figure.id}" already ends on ${first.row.at}: give its end once`);
      return;
    }
    this.ended.set(figure.id, { ...figure, end: row.date, endCitation: this.citation(row).id });
    this.origins.set(`figures:${figure.id}`, [{ row: row.row }]);
  }

  /*
   * The topic and headline place the claim rows give their figures, in row
   * order. A topic is found by id or by label, or created from the label; a
   * figure moves out of any other topic. A headline place pushes the
   * figures from there one place down, and past the sixth the last one
   * leaves the headlines, which the notices say.
   */
  curate(reports: Report[], figures: Map<string, PlannedFigure>) {
    const placedIn = new Map<string, Report>();
    const placedAt = new Map<string, Report>();
    for (const r of reports) {
      if (!figures.has(r.figure)) continue;
      if (r.topic) {
        const earlier = placedIn.get(r.figure);
        if (earlier && earlier.topic !== r.topic) {
          this.add(r.row, 'topic', `"${r.figure}" is put in the topic "${earlier.topic}" on ${earlier.row.at}`);
        } else if (!earlier) {
          placedIn.set(r.figure, r);
          this.putInTopic(r);
        }
      }
      if (r.headline !== undefined) {
        const earlier = placedAt.get(r.figure);
        if (earlier && earlier.headline !== r.headline) {
          this.add(r.row, 'headline', `"${r.figure}" is put at headline ${earlier.headline} on ${earlier.row.at}`);
        } else if (!earlier) {
          placedAt.set(r.figure, r);
          this.putInHeadlines(r, r.headline, figures);
        }
      }
    }
  }

  private putInTopic(r: Report) {
    const topics = (this.topics ??= (this.dataset.topics ?? []).map((t) => ({ ...t })));
    let topic = topics.find((t) => t.id === r.topic) ?? topics.find((t) => t.label === r.topic);
    if (!topic) {
      const ids = new Set(topics.map((t) => t.id));
      topic = { id: uniqueId(slugify(r.topic, 'topic'), ids), label: r.topic, figures: [] };
      topics.push(topic);
      this.origins.set(`topics:${topic.id}`, [{ row: r.row }]);
    }
    if (topic.figures.includes(r.figure)) return;
    for (const other of topics) {
      if (other.figures.includes(r.figure)) other.figures = other.figures.filter((id) => id !== r.figure);
    }
    topic.figures = [...topic.figures, r.figure];
    if (!this.origins.has(`topics:${topic.id}`)) this.origins.set(`topics:${topic.id}`, [{ row: r.row }]);
  }

  private putInHeadlines(r: Report, place: number, figures: Map<string, PlannedFigure>) {
    const list = (this.headlines ??= splitFigures(this.dataset).headline.map((f) => f.id)).filter(
      (id) => id !== r.figure,
    );
    list.splice(place - 1, 0, r.figure);
    this.origins.set(`headlines:${r.figure}`, [{ row: r.row }]);
    const dropped = list.length > MAX_HEADLINES ? list.pop() : undefined;
    this.headlines = list;
    if (dropped !== undefined) {
      const label = (id: string) =>
        figures.get(id)?.figure.label ?? this.dataset.figures.find((f) => f.id === id)?.label ?? id;
      this.notices.push(
        `${r.row.at}: “${label(r.figure)}” is now headline ${Math.min(place, list.length)}, so “${label(dropped)}” is no longer a headline: there are at most ${MAX_HEADLINES}.`,
      );
    }
  }

  result(figures: Map<string, PlannedFigure>): SheetUpdate {
    const created = [...figures.values()].filter((p) => p.isNew).map((p) => p.figure);
    const changedFigures = [...created, ...this.ended.values()];
    const changedTopics = this.topics?.filter((t) => {
      const before = this.dataset.topics?.find((b) => b.id === t.id);
      return !before || before.figures.join() !== t.figures.join();
    });
    const update: PartialUpdate = {
      dataset: this.dataset.id,
      ...(this.headlines && { headlines: this.headlines }),
      ...(changedTopics?.length && { topics: changedTopics }),
      ...(this.sources.length > 0 && { sources: this.sources }),
      ...(this.citations.length > 0 && { citations: this.citations }),
      ...(changedFigures.length > 0 && { figures: changedFigures }),
      claims: this.claims,
      ...(this.events.size > 0 && { events: [...this.events.values()] }),
    };
    return { update, origins: this.origins, notices: this.notices };
  }
}
