import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, type Dataset } from '../../src/data/schema/schema';
import { validateDataset } from '../../src/data/checks/validate';
import { checkIntegrity } from '../../src/data/ledger/integrity';
import { applySheetUpdate, csvToUpdate } from '../../src/data/formats/csv';
import { exportDatasetText } from '../../src/data/formats/export';
import { claimantLookup, currentDisagreements, indexClaims } from '../../src/data/ledger/claims';
import { figureDate, figureGroups, indexDataset, splitFigures } from '../../src/data/words/figures';
import { claimFreshness, expectedUpdateDays } from '../../src/data/words/staleness';
import {
  BUSY_FIGURE,
  ENDED_DURATION,
  realisticDailyFile,
  realisticDataset,
  RUNNING_DURATION,
  STALE_FIGURE,
} from '../fixtures/realistic';

/* The invented record other tests lean on: what it promises them, checked. */

const dataset = realisticDataset();
const NOW = '2024-02-16T10:00:00Z';

function applied(text: string, to: Dataset) {
  const sheet = csvToUpdate(text, to);
  if (!sheet.ok) throw new Error(JSON.stringify(sheet.issues));
  return applySheetUpdate(to, sheet.data, NOW);
}

describe('realisticDataset', () => {
  it('passes the schema and every integrity rule', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(checkIntegrity(dataset)).toEqual([]);
  });

  it('says it is invented, in its title and its method', () => {
    expect(dataset.title).toMatch(/^Invented for tests/);
    expect(dataset.about?.methodology).toContain('Invented for tests: no figure, name or link here is real.');
  });

  it('is the same on every call, and a fresh copy each time', () => {
    const again = realisticDataset();
    expect(exportDatasetText(again)).toBe(exportDatasetText(dataset));
    expect(again).not.toBe(dataset);
    expect(again.claims[0]).not.toBe(dataset.claims[0]);
  });

  it('links only to invented addresses', () => {
    const links = [
      ...dataset.citations.map((c) => c.url),
      ...dataset.sources.flatMap((s) => (s.url ? [s.url] : [])),
      dataset.about!.corrections!.url!,
    ];
    expect(links.every((url) => /^https:\/\/example\.(org|net|com)\//.test(url))).toBe(true);
  });

  it('runs from December 2022 to a date in February 2024', () => {
    const dates = dataset.claims.map((c) => c.date).sort();
    expect([dates[0]!.slice(0, 7), dataset.asOf.slice(0, 7)]).toEqual(['2022-12', '2024-02']);
  });

  it('has at least 75 figures, in at least 5 topics, some in none', () => {
    const inTopics = new Set(dataset.topics!.flatMap((t) => t.figures));
    expect(dataset.figures.length).toBeGreaterThanOrEqual(75);
    expect(dataset.topics!.length).toBeGreaterThanOrEqual(5);
    expect(dataset.figures.filter((f) => !inTopics.has(f.id)).length).toBeGreaterThan(0);
  });

  it('lists six headlines, and groups the other figures by topic', () => {
    expect(dataset.headlines).toHaveLength(6);
    const groups = figureGroups(dataset);
    expect(groups.at(-1)!.topic).toBeNull();
    expect(groups.flatMap((g) => g.figures)).toHaveLength(dataset.figures.length - 6);
  });

  it('has at least 180 claims and 12 events', () => {
    expect(dataset.claims.length).toBeGreaterThanOrEqual(180);
    expect(dataset.events.length).toBeGreaterThanOrEqual(12);
  });

  it('has at least 130 sources, of every kind, each making or carrying a report', () => {
    const used = new Set(dataset.citations.flatMap((c) => [c.claimedBy, c.publishedBy]));
    expect(dataset.sources.length).toBeGreaterThanOrEqual(130);
    expect(new Set(dataset.sources.map((s) => s.kind))).toEqual(new Set(SOURCE_KINDS));
    expect(dataset.sources.filter((s) => !used.has(s.id))).toEqual([]);
  });

  it('has outlets of several kinds carrying other parties’ reports', () => {
    const kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
    const outlets = dataset.citations.filter((c) => c.publishedBy !== c.claimedBy).map((c) => kinds.get(c.publishedBy));
    expect(new Set(outlets).size).toBeGreaterThanOrEqual(5);
  });

  it('has long source names and names in Armenian, Cyrillic, Azerbaijani and Arabic script', () => {
    const names = dataset.sources.map((s) => s.name);
    expect(names.filter((n) => n.length >= 60).length).toBeGreaterThanOrEqual(5);
    expect({
      armenian: names.some((n) => /\p{Script=Armenian}/u.test(n)),
      cyrillic: names.some((n) => /\p{Script=Cyrillic}/u.test(n)),
      azerbaijani: names.some((n) => /[əƏğşçöüı]/.test(n)),
      arabic: names.some((n) => /\p{Script=Arabic}/u.test(n)),
    }).toEqual({ armenian: true, cyrillic: true, azerbaijani: true, arabic: true });
  });

  describe('the busy figure', () => {
    const claims = dataset.claims.filter((c) => c.figure === BUSY_FIGURE);
    const claimantOf = claimantLookup(new Map(dataset.citations.map((c) => [c.id, c])));

    it('has exactly 30 claims from 10 parties', () => {
      expect([claims.length, new Set(claims.map(claimantOf)).size]).toEqual([30, 10]);
    });

    it('has several claims on one day, one correction and one retraction', () => {
      const perDay = new Map<string, number>();
      for (const c of claims) perDay.set(c.date, (perDay.get(c.date) ?? 0) + 1);
      expect(Math.max(...perDay.values())).toBeGreaterThan(2);
      expect(claims.filter((c) => c.supersedes).length).toBe(1);
      expect(claims.filter((c) => c.retracts).length).toBe(1);
    });

    it('has parties that disagree', () => {
      const figure = dataset.figures.find((f) => f.id === BUSY_FIGURE)!;
      const disagreements =
        figure.kind === 'count' ? currentDisagreements(figure, indexClaims(dataset.claims), claimantOf) : [];
      expect(disagreements.length).toBeGreaterThan(0);
    });
  });

  it('has a figure whose shown value is months older than the data', () => {
    const figure = dataset.figures.find((f) => f.id === STALE_FIGURE)!;
    const date = figureDate(figure, dataset.asOf, indexDataset(dataset));
    const freshness = claimFreshness(date, dataset.asOf, expectedUpdateDays(figure, dataset));
    expect([freshness.stale, freshness.text]).toEqual([true, '5 months older than the data’s date']);
  });

  it('has a duration that ended, with its end cited, and one still running', () => {
    const ended = dataset.figures.find((f) => f.id === ENDED_DURATION);
    const running = dataset.figures.find((f) => f.id === RUNNING_DURATION);
    expect(ended?.kind === 'duration' && [ended.end, ended.endCitation !== undefined]).toEqual(['2023-09-30', true]);
    expect(running?.kind === 'duration' && running.end).toBeUndefined();
  });

  it('shows the durations among the headlines', () => {
    expect(splitFigures(dataset).headline.map((f) => f.kind)).toContain('duration');
  });
});

describe('realisticDailyFile', () => {
  it('applies to the invented record', () => {
    const result = applied(realisticDailyFile(), dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.data.claims.length).toBe(dataset.claims.length + 3);
  });

  it('changes nothing applied a second time: the dataset is the same, byte for byte', () => {
    const once = applied(realisticDailyFile(), dataset);
    if (!once.ok) throw new Error('The daily file should apply');
    const twice = applied(realisticDailyFile(), once.data);
    expect(twice).toMatchObject({ ok: true, unchanged: true, alreadyInRecord: { claims: 3, events: 1 } });
    expect(twice.ok && exportDatasetText(twice.data)).toBe(exportDatasetText(once.data));
  });
});
