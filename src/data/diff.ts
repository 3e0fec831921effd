import type { Claim, Dataset, Figure, Source } from './schema';
import { figureDate, figureValueText, indexDataset, type DatasetIndex } from './figures';
import { similarSources } from './sources';

export interface FigureState {
  /** As the dashboard shows it, such as "about 120,000 ethnic Armenians". */
  value: string;
  date: string;
}

export interface FigureChange {
  id: string;
  label: string;
  change: 'changed' | 'added' | 'removed';
  before?: FigureState;
  after?: FigureState;
  /** Claims about this figure that the import adds, oldest first in ledger order. */
  newClaims: Claim[];
}

export interface NewSource {
  source: Source;
  /** Existing sources whose names suggest the same party: a hint against duplicates. */
  similar: Source[];
}

export interface ListChanges {
  added: number;
  changed: number;
  removed: number;
}

export interface TextChange {
  before: string;
  after: string;
}

/** What an import would change, for a preview before it is applied. Revision and updatedAt always change, so they are left out. */
export interface DatasetDiff {
  figures: FigureChange[];
  newSources: NewSource[];
  sources: ListChanges;
  claims: ListChanges;
  citations: ListChanges;
  events: ListChanges;
  asOf?: TextChange;
  title?: TextChange;
  region?: TextChange;
}

/*
 * A figure counts as changed when anything in it differs, history included:
 * an import that only corrects an old value is still a change to show, or
 * the preview would call it empty.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.figures.map((f) => [f.id, f]));
  const kept = new Set(after.figures.map((f) => f.id));
  const beforeIndex = indexDataset(before);
  const afterIndex = indexDataset(after);
  const state = (figure: Figure, asOf: string, index: DatasetIndex): FigureState => ({
    value: figureValueText(figure, asOf, index),
    date: figureDate(figure, asOf, index),
  });
  const oldClaims = new Set(before.claims.map((c) => c.id));
  const added = new Map<string, Claim[]>();
  for (const claim of after.claims) {
    if (oldClaims.has(claim.id)) continue;
    const list = added.get(claim.figure);
    if (list) list.push(claim);
    else added.set(claim.figure, [claim]);
  }

  const figures: FigureChange[] = [];
  for (const figure of after.figures) {
    const previous = old.get(figure.id);
    const newClaims = added.get(figure.id) ?? [];
    if (!previous) {
      figures.push({
        id: figure.id,
        label: figure.label,
        change: 'added',
        after: state(figure, after.asOf, afterIndex),
        newClaims,
      });
    } else {
      // A duration without an end changes when only the dataset's date moves, so the shown value is compared too.
      const was = state(previous, before.asOf, beforeIndex);
      const now = state(figure, after.asOf, afterIndex);
      if (!sameJson(previous, figure) || !sameJson(was, now) || newClaims.length > 0) {
        figures.push({ id: figure.id, label: figure.label, change: 'changed', before: was, after: now, newClaims });
      }
    }
  }
  for (const figure of before.figures) {
    if (!kept.has(figure.id)) {
      figures.push({
        id: figure.id,
        label: figure.label,
        change: 'removed',
        before: state(figure, before.asOf, beforeIndex),
        newClaims: [],
      });
    }
  }
  const knownSources = new Set(before.sources.map((s) => s.id));
  const newSources = after.sources
    .filter((s) => !knownSources.has(s.id))
    .map((source) => ({ source, similar: similarSources(source.name, before.sources) }));

  return {
    figures,
    newSources,
    sources: listChanges(before.sources, after.sources),
    claims: listChanges(before.claims, after.claims),
    citations: listChanges(before.citations, after.citations),
    events: listChanges(before.events, after.events),
    ...textChange('asOf', before.asOf, after.asOf),
    ...textChange('title', before.title, after.title),
    ...textChange('region', before.region, after.region),
  };
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  const lists = [diff.sources, diff.citations, diff.claims, diff.events];
  return (
    diff.figures.length === 0 &&
    lists.every((l) => l.added + l.changed + l.removed === 0) &&
    !diff.asOf &&
    !diff.title &&
    !diff.region
  );
}

function listChanges<T extends { id: string }>(before: T[], after: T[]): ListChanges {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  let added = 0;
  let changed = 0;
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) added++;
    else if (!sameJson(previous, item)) changed++;
  }
  return { added, changed, removed: before.filter((item) => !ids.has(item.id)).length };
}

function textChange<K extends 'asOf' | 'title' | 'region'>(key: K, before: string, after: string) {
  return before === after ? {} : ({ [key]: { before, after } } as Record<K, TextChange>);
}

/* Key order differs between a hand-edited file and a merged object without meaning anything, so keys are sorted first. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
