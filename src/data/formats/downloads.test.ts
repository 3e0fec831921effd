import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { seedDataset, withCorrectionAndWithdrawal } from '../../../test/fixtures';
import {
  claimRows,
  claimsCsv,
  claimsFileName,
  claimsJson,
  downloadMeta,
  hxlTags,
  measureTag,
  ROW_COLUMNS,
  valueTag,
  type ClaimRow,
} from './downloads';

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('claimRows', () => {
  it('gives one row per value, with the claimant, the outlet and the article', () => {
    const rows = claimRows(seedDataset(), ['casualties-19-september']);
    expect(rows.map((r) => [r.measure, r.value, r.qualifier])).toEqual([
      ['killed', 2, 'exact'],
      ['injured', 23, 'exact'],
    ]);
    expect(rows[0]).toMatchObject({
      figure: 'casualties-19-september',
      figure_label: 'Casualties of the 19 September offensive',
      measure_label: 'civilians killed',
      unit: 'people',
      date: '2023-09-19',
      status: 'reported',
      standing: 'active',
      claimed_by: 'Zartonk Media',
      published_by: 'Medya News',
      published_on: '2023-09-19',
      claim: 'casualties-19-september-2023-09-19',
      revision: seedDataset().revision,
    });
    expect(rows[0]!.url).toMatch(/^https:\/\/medyanews\.net\//);
  });

  it('covers every count figure when none is named, and no duration', () => {
    const figures = new Set(claimRows(seedDataset()).map((r) => r.figure));
    expect([...figures]).toEqual(['population-under-blockade', 'casualties-19-september', 'mine-blast-deaths-alleged']);
  });

  it('gives a range as low and high, with no value or qualifier', () => {
    const rows = claimRows(withCorrectionAndWithdrawal(seedDataset()), ['casualties-19-september']);
    expect(rows.find((r) => r.claim === 'test-ombudsman-range')).toMatchObject({
      value: null,
      qualifier: '',
      value_low: 1,
      value_high: 4,
    });
  });

  it('keeps superseded and retracted claims, marked, and a retraction as one row without a value', () => {
    const rows = claimRows(withCorrectionAndWithdrawal(seedDataset()), ['casualties-19-september']);
    const standing = (claim: string) => rows.filter((r) => r.claim === claim).map((r) => r.standing);
    expect(standing('test-casualties-earlier')).toEqual(['superseded', 'superseded']);
    expect(standing('test-ombudsman-range')).toEqual(['retracted']);
    const withdrawal = rows.filter((r) => r.claim === 'test-ombudsman-withdrawal');
    expect(withdrawal).toHaveLength(1);
    expect(withdrawal[0]).toMatchObject({
      standing: 'retraction',
      retracts: 'test-ombudsman-range',
      measure: '',
      value: null,
      note: 'Counted twice.',
      time: '09:00',
    });
    expect(rows.find((r) => r.claim === 'test-casualties-corrected')?.supersedes).toBe('test-casualties-earlier');
  });

  it('orders a figure’s rows oldest first', () => {
    const dates = claimRows(withCorrectionAndWithdrawal(seedDataset()), ['casualties-19-september']).map(
      (r) => `${r.date} ${r.time}`,
    );
    expect(dates).toEqual([...dates].sort());
  });
});

describe('HXL tags', () => {
  it('reads what a measure counts from its key', () => {
    expect(measureTag('killed')).toBe('#affected +killed');
    expect(measureTag('injured')).toBe('#affected +injured');
    expect(measureTag('population')).toBe('#population');
    expect(measureTag('people-displaced')).toBe('#affected +displaced');
  });

  it('falls back on the label when the key does not say', () => {
    expect(measureTag('police-officers', 'police officers killed')).toBe('#affected +killed');
    expect(measureTag('price-of-fuel', 'price of fuel')).toBeUndefined();
  });

  it('tags the value column by its measure when all rows share one, else as an indicator', () => {
    const row = (measure: string, label = measure) => ({ measure, measure_label: label });
    expect(valueTag([row('killed'), row('killed')])).toBe('#affected +killed');
    expect(valueTag([row('killed'), row('injured')])).toBe('#indicator +value');
    expect(valueTag([row('price')])).toBe('#indicator +value');
    expect(valueTag([row('population'), row('', '')])).toBe('#population');
  });

  it('gives every column a tag, the value range as +min and +max', () => {
    const tags = hxlTags(claimRows(seedDataset(), ['population-under-blockade']));
    expect(ROW_COLUMNS.every((c) => tags[c].startsWith('#'))).toBe(true);
    expect(tags.value).toBe('#population +num');
    expect(tags.value_low).toBe('#population +num +min');
    expect(tags.claimed_by).toBe('#meta +source');
    expect(tags.url).toBe('#meta +url');
    expect(tags.date).toBe('#date');
  });
});

describe('claimsCsv', () => {
  const rows = () => claimRows(seedDataset(), ['casualties-19-september']);

  it('starts with a byte order mark and ends lines with CRLF', () => {
    const csv = claimsCsv(rows());
    expect(csv.startsWith('\uFEFFfigure,figure_label,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows().length + 3);
  });

  it('has the header, the HXL row, then one line per row', () => {
    const [header, tags, ...lines] = parse(claimsCsv(rows()));
    expect(header).toEqual([...ROW_COLUMNS]);
    expect(tags![ROW_COLUMNS.indexOf('value')]).toBe('#indicator +value +num');
    expect(lines.map((l) => l[ROW_COLUMNS.indexOf('value')])).toEqual(['2', '23']);
    expect(lines[0]![ROW_COLUMNS.indexOf('claimed_by')]).toBe('Zartonk Media');
  });

  it('makes cells a spreadsheet would run as formulas inert', () => {
    const hostile: ClaimRow[] = ['=cmd|"/c calc"!A1', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain'].map((note) => ({
      ...rows()[0]!,
      note,
    }));
    const notes = parse(claimsCsv(hostile))
      .slice(2)
      .map((line) => line[ROW_COLUMNS.indexOf('note')]);
    expect(notes).toEqual(['\'=cmd|"/c calc"!A1', "'+1+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'plain']);
  });

  it('quotes commas, quotes and line breaks so they stay in their cell', () => {
    const row = { ...rows()[0]!, note: 'Two, "maybe"\nthree' };
    expect(parse(claimsCsv([row]))[2]![ROW_COLUMNS.indexOf('note')]).toBe('Two, "maybe"\nthree');
  });
});

describe('claimsJson', () => {
  it('carries the rows under a header with the revision, license, citation and meanings', () => {
    const dataset = seedDataset();
    const rows = claimRows(dataset);
    const parsed = JSON.parse(claimsJson(downloadMeta(dataset, rows, 'The site'), rows)) as {
      meta: ReturnType<typeof downloadMeta>;
      rows: ClaimRow[];
    };
    expect(parsed.rows).toEqual(rows);
    expect(parsed.meta).toMatchObject({
      title: dataset.title,
      revision: dataset.revision,
      asOf: dataset.asOf,
      license: { name: 'CC BY 4.0' },
    });
    expect(parsed.meta.howToCite).toContain(`revision ${dataset.revision}`);
    expect(parsed.meta.howToCite).toContain('The site');
    expect(Object.keys(parsed.meta.statuses)).toEqual(['reported', 'alleged', 'confirmed', 'estimated', 'disputed']);
    expect(Object.keys(parsed.meta.standings)).toEqual(['active', 'superseded', 'retracted', 'retraction']);
  });
});

describe('claimsFileName', () => {
  it('names the dataset, the figure when there is one, and the revision', () => {
    expect(claimsFileName({ id: 'crisis', revision: 3 }, undefined, 'csv')).toBe('crisis.claims.r3.csv');
    expect(claimsFileName({ id: 'crisis', revision: 3 }, 'killed', 'json')).toBe('crisis.killed.claims.r3.json');
  });
});
