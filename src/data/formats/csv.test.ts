import { describe, expect, it } from 'vitest';
import seedJson from '../../../seeds/nagorno-karabakh-2023-09.json';
import type { Dataset } from '../schema/schema';
import { validateDataset } from '../checks/validate';
import { applySheetUpdate, csvToUpdate, jsonRows, rowsToUpdate, type SheetUpdate } from './csv';
import { decodeUpload } from '../checks/decode-upload';
import type { Validated } from '../schema/issues';

const NOW = '2023-09-22T12:00:00Z';
const HEADER = 'figure,measure,value,date,claimed_by,url';
const URL_A = 'https://example.org/report-a';

function seed(): Dataset {
  const result = validateDataset(structuredClone(seedJson));
  if (!result.ok) throw new Error('The seed must be valid for these tests');
  return result.data;
}

function converted(text: string, dataset = seed()): SheetUpdate {
  const result = csvToUpdate(text, dataset);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.data;
}

function problems<T>(result: Validated<T>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

const populationRow = (value: string, extra = '') =>
  `population-under-blockade,population,${value},2023-09-20,Medya News,${URL_A}${extra}`;

describe('csvToUpdate', () => {
  it('reads quoted cells with doubled quotes inside', () => {
    const text = `figure,value,date,claimed_by,url,note\npopulation-under-blockade,100000,2023-09-20,Medya News,${URL_A},"She said ""about 100,000"""\n`;
    expect(converted(text).update.claims?.[0]?.note).toBe('She said "about 100,000"');
  });

  it('keeps commas inside quoted cells, including in numbers', () => {
    const text = `figure,value,date,claimed_by,url,title\npopulation-under-blockade,"120,000",2023-09-20,Medya News,${URL_A},"Blockade, day 283"\n`;
    const { update } = converted(text);
    expect(update.claims?.[0]?.values?.[0]?.value).toBe(120000);
    expect(update.citations?.[0]?.title).toBe('Blockade, day 283');
  });

  it('ignores a byte order mark before the header', () => {
    const { update } = converted(`\uFEFF${HEADER}\n${populationRow('100000')}\n`);
    expect(update.claims?.[0]?.figure).toBe('population-under-blockade');
  });

  it('reads Windows line endings', () => {
    const { update } = converted(`${HEADER}\r\n${populationRow('100000')}\r\n${populationRow('99000')}\r\n`);
    expect(update.claims?.map((c) => c.values?.[0]?.value)).toEqual([100000, 99000]);
  });

  it('skips empty lines but keeps the spreadsheet row numbers', () => {
    const result = csvToUpdate(`${HEADER}\n\n${populationRow('100000')}\n,,,,,\n${populationRow('lots')}\n\n`, seed());
    expect(problems(result)).toEqual(['row 5, value: "lots" must be a number, like 120000, 120,000 or 3.4']);
  });

  it('skips an HXL hashtag row under the header', () => {
    const text = `${HEADER}\n#indicator,#meta,#affected,#date,#org,#meta+url\n${populationRow('100000')}\n`;
    expect(converted(text).update.claims).toHaveLength(1);
  });

  it('names a missing required column', () => {
    const result = csvToUpdate(`figure,value,date,url\n${'population-under-blockade,1,2023-09-20,' + URL_A}\n`, seed());
    expect(problems(result)).toEqual(['row 1: Missing column "claimed_by"']);
  });

  it('names an unknown column and lists the known ones', () => {
    const result = csvToUpdate(`${HEADER},source\n${populationRow('1')},x\n`, seed());
    expect(problems(result)).toHaveLength(1);
    expect(problems(result)[0]).toMatch(
      /^row 1: Unknown column "source": the columns are figure, figure_label, measure/,
    );
  });

  it('refuses bytes that are not UTF-8 by the encoding they look like', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('claimed_by\nOmbudsman '), 0xe9]);
    const windows = Uint8Array.from([0x93, 0x41, 0x94]);
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00]);
    expect(problems(decodeUpload(latin1))[0]).toContain('not UTF-8 (looks like Latin-1)');
    expect(problems(decodeUpload(windows))[0]).toContain('not UTF-8 (looks like Windows-1252)');
    expect(problems(decodeUpload(utf16))[0]).toContain('not UTF-8 (looks like UTF-16)');
    expect(decodeUpload(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, data: 'A' });
  });

  it('needs figure_label to create a figure', () => {
    const text = `${HEADER}\nfuel-price,price,500,2023-09-20,Medya News,${URL_A}\n`;
    expect(problems(csvToUpdate(text, seed()))).toEqual([
      'row 2, figure_label: "fuel-price" is a new figure: give its label on at least one of its rows',
    ]);
    const { update } = converted(
      `${HEADER},figure_label,unit\nfuel-price,price,500,2023-09-20,Medya News,${URL_A},Fuel price,AMD\n`,
    );
    expect(update.figures).toEqual([
      {
        id: 'fuel-price',
        kind: 'count',
        label: 'Fuel price',
        unit: 'AMD',
        measures: [{ key: 'price', label: 'price', unit: 'AMD' }],
      },
    ]);
  });

  it('creates a source for an unknown name, with an id made from it', () => {
    const text = `${HEADER},source_kind\npopulation-under-blockade,,100000,2023-09-20,Example Ombudsman,${URL_A},de-facto-authority\n`;
    const { update } = converted(text);
    expect(update.sources).toEqual([
      { id: 'example-ombudsman', name: 'Example Ombudsman', kind: 'de-facto-authority' },
    ]);
    expect(update.citations?.[0]).toMatchObject({ claimedBy: 'example-ombudsman', publishedBy: 'example-ombudsman' });
  });

  it('finds a source by its exact name and reuses a citation with the same link and parties', () => {
    const dataset = seed();
    const existing = dataset.citations.find((c) => c.id === 'medya-blockade-population')!;
    const text = `${HEADER}\npopulation-under-blockade,,100000,2023-09-20,Medya News,${existing.url}\n`;
    const { update } = converted(text, dataset);
    expect(update.sources).toBeUndefined();
    expect(update.citations).toBeUndefined();
    expect(update.claims?.[0]?.citation).toBe('medya-blockade-population');
  });

  it('reads a range from value_low and value_high', () => {
    const text = `figure,value_low,value_high,date,claimed_by,url\npopulation-under-blockade,50,"1,000",2023-09-20,Medya News,${URL_A}\n`;
    expect(converted(text).update.claims?.[0]?.values).toEqual([{ measure: 'population', low: 50, high: 1000 }]);
  });

  it('keeps the time of day and numbers claims per figure and date', () => {
    const text = `${HEADER},time\n${populationRow('25')},\n${populationRow('27')},22:30\n`;
    const claims = converted(text).update.claims!;
    expect(claims.map((c) => [c.id, c.time])).toEqual([
      ['population-under-blockade-2023-09-20-1', undefined],
      ['population-under-blockade-2023-09-20-2', '22:30'],
    ]);
  });

  it('defaults status, qualifier and publication date', () => {
    const { update } = converted(`${HEADER}\n${populationRow('100000')}\n`);
    expect(update.claims?.[0]).toMatchObject({
      status: 'reported',
      values: [{ measure: 'population', value: 100000, qualifier: 'exact' }],
    });
    expect(update.citations?.[0]).toMatchObject({
      publishedOn: '2023-09-20',
      title: 'Medya News on 2023-09-20',
      note: 'Imported from a spreadsheet row.',
    });
  });

  it('refuses a bad number and an ambiguous comma', () => {
    const result = csvToUpdate(`${HEADER}\n${populationRow('12k')}\n${populationRow('"1,5"')}\n`, seed());
    expect(problems(result)).toEqual([
      'row 2, value: "12k" must be a number, like 120000, 120,000 or 3.4',
      'row 3, value: "1,5" is ambiguous: a comma is read only between groups of three digits ("120,000"); write decimals with a point ("1.5")',
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD or not in the calendar', () => {
    const rows = [
      `population-under-blockade,,1,20/09/2023,Medya News,${URL_A}`,
      `population-under-blockade,,1,2023-02-30,Medya News,${URL_A}`,
    ];
    expect(problems(csvToUpdate(`${HEADER}\n${rows.join('\n')}\n`, seed()))).toEqual([
      'row 2, date: A date is written YYYY-MM-DD, like "2023-09-19"',
      'row 3, date: This date does not exist in the calendar',
    ]);
  });

  it('reports every problem of every row at once', () => {
    const text = `${HEADER},qualifier,status\n${populationRow('-3', ',roughly,rumoured')}\ncasualties-19-september,,2,2023-09-20,,${URL_A},,\n`;
    expect(problems(csvToUpdate(text, seed()))).toEqual([
      'row 2, status: "rumoured" is not one of reported, alleged, confirmed, estimated, disputed',
      'row 2, value: A value cannot be negative',
      'row 2, qualifier: "roughly" is not one of exact, about, at-least, at-most',
      'row 3, claimed_by: Must not be empty: give the claimant: a source id or its exact name',
    ]);
  });

  it('changes nothing when one row is wrong: no update is returned', () => {
    const text = `${HEADER},figure_label\nfuel-price,price,500,2023-09-20,Example Ombudsman,${URL_A},Fuel price\n${populationRow('1', ',')}\ncasualties-19-september,,2,2023-09-20,Medya News,${URL_A},\n`;
    const result = csvToUpdate(text, seed());
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual([
      'row 4, measure: "casualties-19-september" has several measures (killed, injured): name one',
    ]);
  });

  it('maps a problem found after merging back to its row and column', () => {
    const dataset = seed();
    const text = `${HEADER}\ncasualties-19-september,killed,2.5,2023-09-20,Zartonk Media,${URL_A}\ncasualties-19-september,injured,3,2023-09-20,Zartonk Media,${URL_A}\n`;
    const result = applySheetUpdate(dataset, converted(text, dataset), NOW);
    expect(problems(result)).toEqual([
      'row 2, note; row 3, note: "injured" is a cumulative count but falls from 23 to 3 on 2023-09-20 in zartonk-media\'s own reports; add a note saying why',
      'row 2, value: Must be a whole number: "killed" counts whole people',
    ]);
  });

  it('merges rows of one report into one claim, and the result passes applyUpdate against the seed', () => {
    const dataset = seed();
    const text = [
      `${HEADER},figure_label,unit,qualifier,time,note`,
      `casualties-19-september,killed,30,2023-09-20,Zartonk Media,${URL_A},,,at-least,18:00,`,
      `casualties-19-september,injured,200,2023-09-20,Zartonk Media,${URL_A},,,about,18:00,`,
      `displacement-share,share,3.4,2023-09-20,Example Ombudsman,https://example.org/share,Share displaced,%,,,Invented`,
    ].join('\n');
    const sheet = converted(text, dataset);
    expect(sheet.update.claims).toHaveLength(2);
    expect(sheet.update.claims?.[0]?.values?.map((v) => v.measure)).toEqual(['killed', 'injured']);
    expect(sheet.update.figures?.[0]?.kind === 'count' && sheet.update.figures[0].measures).toEqual([
      { key: 'share', label: 'share', unit: '%', decimals: true },
    ]);
    const result = applySheetUpdate(dataset, sheet, NOW);
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.data.claims.length).toBe(dataset.claims.length + 2);
  });

  it('reads the same rows from a JSON array of objects, numbers included', () => {
    const rows = jsonRows([
      { figure: 'population-under-blockade', value: 100000, date: '2023-09-20', claimed_by: 'medya-news', url: URL_A },
      { figure: 'population-under-blockade', value: 'many', date: '2023-09-20', claimed_by: 'medya-news', url: URL_A },
    ]);
    if (!rows.ok) throw new Error('rows should be read');
    expect(problems(rowsToUpdate(rows.data, seed()))).toEqual([
      '[1].value: "many" must be a number, like 120000, 120,000 or 3.4',
    ]);
    expect(problems(jsonRows([{ figur: 'x' }]))[0]).toMatch(/^\[0\]\.figur: Unknown column "figur"/);
  });
});
