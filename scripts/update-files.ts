import { decodeUpload } from '../src/data/checks/decode-upload';
import { diffDatasets, type FigureName } from '../src/data/formats/diff';
import type { AlreadyInRecord } from '../src/data/formats/update';
import { plural } from '../src/data/words/format';
import { exportDatasetText } from '../src/data/formats/export';
import { similarSources } from '../src/data/words/sources';
import type { Dataset } from '../src/data/schema/schema';
import { parseImport } from '../src/data/formats/import';
import { parseDataset, type Validated, type ValidationIssue } from '../src/data/checks/validate';
import { problemLine } from '../src/data/schema/issues';

export interface UpdateIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  /** The time written as updatedAt, ISO 8601. */
  now: string;
  print(line: string): void;
}

const USAGE = 'Usage: npm run update -- [--dry-run] [--now=2023-09-21T12:00:00Z] <dataset.json> <update files...>';

/*
 * npm run update: applies update files (partial updates, spreadsheet rows as
 * CSV or as a JSON array) in order to a dataset file and writes it back in
 * the export's stable order, so that git shows only what was added. Any
 * problem in any file writes nothing. Returns the exit code.
 */
export function runUpdate(args: string[], io: UpdateIo): number {
  const dryRun = args.includes('--dry-run');
  let now = io.now;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dry-run') continue;
    if (arg === '--now') now = args[++i] ?? '';
    else if (arg.startsWith('--now=')) now = arg.slice('--now='.length);
    else if (arg.startsWith('--')) return usage(io, `Unknown option ${arg}`);
    else paths.push(arg);
  }
  const [datasetPath, ...updatePaths] = paths;
  if (!datasetPath || updatePaths.length === 0) return usage(io, 'Give a dataset file and at least one update file');
  if (Number.isNaN(Date.parse(now))) return usage(io, `--now must be a date and time like 2023-09-21T12:00:00Z`);

  const original = readText(datasetPath, io);
  const parsed = original.ok ? parseDataset(original.data) : original;
  if (!parsed.ok) return fail(io, datasetPath, parsed.issues);
  for (const notice of parsed.notices) io.print(`${datasetPath}: ${notice}`);

  let dataset = parsed.data;
  const already: AlreadyInRecord = { claims: 0, events: 0 };
  for (const [n, path] of updatePaths.entries()) {
    const { result, alreadyInRecord } = applyFile(path, dataset, now, io);
    if (!result.ok) {
      fail(io, path, result.issues);
      const skipped = updatePaths.slice(n + 1);
      if (skipped.length > 0) io.print(`Not checked, as they may build on ${path}: ${skipped.join(', ')}`);
      io.print(`Nothing written: ${datasetPath} is unchanged.`);
      return 1;
    }
    already.claims += alreadyInRecord?.claims ?? 0;
    already.events += alreadyInRecord?.events ?? 0;
    dataset = result.data;
  }

  // An update that brings nothing new gives the dataset back as it was: the file is left alone, revision and all.
  if (dataset === parsed.data) {
    io.print(`Nothing new: ${alreadyText(already)} already in the record`);
    io.print(`Nothing written: ${datasetPath} is unchanged.`);
    return 0;
  }
  for (const line of describeChanges(parsed.data, dataset, updatePaths.length)) io.print(line);
  if (already.claims + already.events > 0) {
    io.print(`Already in the record, so not added again: ${alreadyText(already)}`);
  }
  if (dryRun) {
    io.print(`Dry run: ${datasetPath} is unchanged.`);
  } else {
    io.writeFile(datasetPath, exportDatasetText(dataset));
    io.print(`Wrote ${datasetPath}.`);
  }
  return 0;
}

function usage(io: UpdateIo, message: string): number {
  io.print(`${message}\n${USAGE}`);
  return 1;
}

function fail(io: UpdateIo, path: string, issues: ValidationIssue[]): number {
  for (const issue of issues) {
    io.print(problemLine(path, issue));
  }
  return 1;
}

function readText(path: string, io: UpdateIo): Validated<string> {
  try {
    return decodeUpload(io.readFile(path));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = code === 'ENOENT' ? 'No such file' : `Cannot read the file: ${String(error)}`;
    return { ok: false, issues: [{ path: '', message }] };
  }
}

/* "3 claims", "3 claims and 1 event". */
function alreadyText(already: AlreadyInRecord): string {
  const claims = `${already.claims} ${plural(already.claims, 'claim')}`;
  return already.events > 0 ? `${claims} and ${already.events} ${plural(already.events, 'event')}` : claims;
}

/* A .csv file is spreadsheet rows; a JSON file is a partial update or the same rows as an array of objects. */
function applyFile(
  path: string,
  dataset: Dataset,
  now: string,
  io: UpdateIo,
): { result: Validated<Dataset>; alreadyInRecord?: AlreadyInRecord } {
  const text = readText(path, io);
  if (!text.ok) return { result: text };
  const { result, notices, alreadyInRecord } = parseImport(text.data, dataset, now, {
    fileName: path,
    updatesOnly: true,
  });
  for (const notice of notices) io.print(`${path}: ${notice}`);
  return { result, alreadyInRecord };
}

/* What a maintainer checks before committing: new figures and sources, each figure's new claims and shown value. */
export function describeChanges(before: Dataset, after: Dataset, files: number): string[] {
  const diff = diffDatasets(before, after);
  const asOf = diff.asOf ? `${diff.asOf.before} → ${diff.asOf.after}` : `${after.asOf} (unchanged)`;
  const lines = [
    `Applied ${files} update file${files === 1 ? '' : 's'}: revision ${before.revision} → ${after.revision}, asOf ${asOf}, updatedAt ${after.updatedAt}`,
  ];
  // Several files may add sources: each new one is also compared with those added before it.
  diff.newSources.forEach(({ source, similar }, i) => {
    const earlier = similarSources(
      source.name,
      diff.newSources.slice(0, i).map((n) => n.source),
    );
    const hint = [...similar, ...earlier].map((s) => `looks like existing source "${s.name}" (${s.id})`).join('; ');
    lines.push(`New source ${source.id}: "${source.name}" (${source.kind})${hint ? ` — ${hint}` : ''}`);
  });
  for (const figure of diff.figures) {
    const head =
      figure.change === 'added' ? `New figure ${figure.id}: "${figure.label}"` : `${figure.label} (${figure.id})`;
    const ids = figure.newClaims.map((c) => c.id);
    const claims =
      ids.length === 0 ? 'no new claims' : `${ids.length} new claim${ids.length === 1 ? '' : 's'} (${ids.join(', ')})`;
    lines.push(`${head}: ${claims}`);
    const was = figure.before ? `${figure.before.value} (${figure.before.date})` : undefined;
    const now = figure.after ? `${figure.after.value} (${figure.after.date})` : 'removed';
    lines.push(`  shown: ${was && was !== now ? `${was} → ${now}` : now}`);
  }
  for (const ended of diff.ended) {
    const moved = ended.before ? ` (was ${ended.before})` : '';
    lines.push(`${ended.label} (${ended.id}) ends on ${ended.end}${moved}, according to ${ended.source}`);
  }
  for (const event of diff.newEvents)
    lines.push(`New event ${event.id}: ${event.date} "${event.title}" (${event.kind})`);
  if (diff.headlines) {
    const names = (list: FigureName[]) => (list.length ? list.map((f) => f.id).join(', ') : '(none)');
    lines.push(`Headlines: ${names(diff.headlines.before)} → ${names(diff.headlines.after)}`);
    for (const f of diff.headlines.removed) lines.push(`  ${f.id} is no longer a headline`);
  }
  if (diff.topics) {
    const { added, removed, renamed, moved, reordered } = diff.topics;
    for (const t of added) lines.push(`New topic ${t.id}: "${t.label}"`);
    for (const t of removed) lines.push(`Topic removed: ${t.id} ("${t.label}")`);
    for (const t of renamed) lines.push(`Topic ${t.id} renamed: "${t.before}" → "${t.after}"`);
    for (const m of moved) {
      lines.push(`Topic of ${m.figure.id}: ${m.from?.label ?? '(none)'} → ${m.to?.label ?? '(none)'}`);
    }
    if (reordered) lines.push('Topics put in a new order');
  }
  for (const change of diff.about) lines.push(`About, ${change.field}: ${change.before} → ${change.after}`);
  const { citations, events } = diff;
  lines.push(`Citations: ${citations.added} added, ${citations.changed} changed; events: ${events.added} added`);
  return lines;
}
