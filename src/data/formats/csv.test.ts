import { describe, expect, it } from 'vitest';
import seedJson from '../../../seeds/nagorno-karabakh-2023-09.json';
import type { Dataset } from '../schema/schema';
import { validateDataset } from '../checks/validate';
import { applySheetUpdate, csvToUpdate, jsonRows, rowsToUpdate, type SheetUpdate } from './csv';
import { decodeUpload } from '../checks/decode-upload';
import type { Validated } from '../schema/issues';
import { figureValueText, indexDataset } from '../words/figures';

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

describe('rows that record events, ends, topics and headlines', () => {
  const CITED = 'date,claimed_by,url';
  const EVENT_HEADER = `record,event_title,event_kind,${CITED}`;
  const apply = (text: string, dataset = seed()) => applySheetUpdate(dataset, converted(text, dataset), NOW);
  const appliedData = (text: string, dataset = seed()): Dataset => {
    const result = apply(text, dataset);
    if (!result.ok) throw new Error(problems(result).join('\n'));
    return result.data;
  };

  describe('the record column', () => {
    it('refuses a kind of record it does not know', () => {
      const text = `record,figure,value,${CITED}\nclaims,population-under-blockade,1,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual(['row 2, record: "claims" is not one of claim, event, end']);
    });

    it('reads a row with an empty record as a claim', () => {
      const text = `record,figure,value,${CITED}\n,population-under-blockade,1,2023-09-20,Medya News,${URL_A}\n`;
      expect(converted(text).update.claims).toHaveLength(1);
    });

    it('needs no figure or value column in a file that says what each row records', () => {
      const text = `${EVENT_HEADER}\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([]);
    });

    it('still needs the figure on a claim’s row there', () => {
      const text = `record,figure,value,${CITED}\nclaim,,1,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual(['row 2, figure: Must not be empty: give the figure id']);
    });
  });

  describe('an event’s row', () => {
    it('makes an event with an id from its date and title, cited to the row’s publication', () => {
      const { update } = converted(`${EVENT_HEADER}\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A}\n`);
      expect(update.events).toEqual([
        {
          id: '2023-09-20-convoy-turned-back',
          date: '2023-09-20',
          kind: 'access',
          title: 'Convoy turned back',
          citations: [update.citations![0]!.id],
        },
      ]);
    });

    it('makes an event of kind "other" when event_kind is empty', () => {
      const { update } = converted(`${EVENT_HEADER}\nevent,Convoy turned back,,2023-09-20,Medya News,${URL_A}\n`);
      expect(update.events?.[0]?.kind).toBe('other');
    });

    it('needs an event_title', () => {
      const text = `${EVENT_HEADER}\nevent,,access,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, event_title: Must not be empty: give the event’s title',
      ]);
    });

    it('refuses an event kind it does not know', () => {
      const text = `${EVENT_HEADER}\nevent,Convoy turned back,convoy,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, event_kind: "convoy" is not one of blockade, access, military, statement, humanitarian, other',
      ]);
    });

    it('needs the link to its publication', () => {
      const text = `${EVENT_HEADER}\nevent,Convoy turned back,access,2023-09-20,Medya News,\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, url: Must not be empty: give the link to the report',
      ]);
    });

    it('refuses a figure or a value on an event’s row', () => {
      const text = `${EVENT_HEADER},figure,value\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A},population-under-blockade,5\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, figure: A row whose record is "event" takes no figure: leave it empty',
        'row 2, value: A row whose record is "event" takes no value: leave it empty',
      ]);
    });

    it('refuses a topic on an event’s row', () => {
      const text = `${EVENT_HEADER},topic\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A},Access\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, topic: A row whose record is "event" takes no topic: leave it empty',
      ]);
    });

    it('refuses event_title on a claim’s row', () => {
      const text = `${HEADER},event_title\n${populationRow('1')},Convoy turned back\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, event_title: event_title is for a row whose record is "event": leave it empty on a claim’s row',
      ]);
    });

    it('gives one event the publications of every row that reports it', () => {
      const text = [
        `${EVENT_HEADER}`,
        `event,Convoy turned back,access,2023-09-20,Medya News,${URL_A}`,
        `event,Convoy turned back,,2023-09-20,Zartonk Media,https://example.org/b`,
      ].join('\n');
      const { update } = converted(text);
      expect(update.events?.map((e) => e.citations.length)).toEqual([2]);
    });

    it('adds its publication to an event already there with the same date and title', () => {
      const dataset = seed();
      const event = dataset.events[0]!;
      const text = `${EVENT_HEADER}\nevent,${event.title},,${event.date},Zartonk Media,https://example.org/b\n`;
      const after = appliedData(text, dataset);
      expect(after.events).toHaveLength(dataset.events.length);
      expect(after.events[0]!.citations).toHaveLength(event.citations.length + 1);
    });

    it('refuses two kinds for one event in one file', () => {
      const text = [
        `${EVENT_HEADER}`,
        `event,Convoy turned back,access,2023-09-20,Medya News,${URL_A}`,
        `event,Convoy turned back,military,2023-09-20,Medya News,${URL_A}`,
      ].join('\n');
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 3, event_kind: "Convoy turned back" is a access event on row 2',
      ]);
    });

    it('traces a problem found after merging back to the row: an event dated after the data', () => {
      const text = `${EVENT_HEADER}\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A}\n`;
      const dataset = seed();
      const sheet = converted(text, dataset);
      const result = applySheetUpdate(dataset, { ...sheet, update: { ...sheet.update, asOf: dataset.asOf } }, NOW);
      expect(problems(result)).toContain("row 2, date: Date 2023-09-20 is after the dataset's date (asOf 2023-09-19)");
    });
  });

  describe('an end’s row', () => {
    const END_HEADER = `record,figure,${CITED},title`;

    it('ends a duration on the row’s date, cited to its publication', () => {
      const text = `${END_HEADER}\nend,blockade-duration,2023-09-20,Medya News,${URL_A},The road reopens\n`;
      const duration = appliedData(text).figures.find((f) => f.id === 'blockade-duration');
      expect(duration).toMatchObject({ end: '2023-09-20', endCitation: 'medya-news-2023-09-20' });
    });

    it('refuses an end for a count', () => {
      const text = `${END_HEADER}\nend,population-under-blockade,2023-09-20,Medya News,${URL_A},\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, figure: "population-under-blockade" is a count: only a duration ends; give its values on claim rows',
      ]);
    });

    it('refuses an end for a figure that is not there', () => {
      const text = `${END_HEADER}\nend,siege-duration,2023-09-20,Medya News,${URL_A},\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, figure: Unknown figure "siege-duration": only a duration already in the data can end',
      ]);
    });

    it('refuses a second end for one duration', () => {
      const rows = ['2023-09-20', '2023-09-21'].map((d) => `end,blockade-duration,${d},Medya News,${URL_A},`);
      expect(problems(csvToUpdate(`${END_HEADER}\n${rows.join('\n')}\n`, seed()))).toEqual([
        'row 3, figure: "blockade-duration" already ends on row 2: give its end once',
      ]);
    });

    it('refuses a value on an end’s row', () => {
      const text = `${END_HEADER},value\nend,blockade-duration,2023-09-20,Medya News,${URL_A},,281\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, value: A row whose record is "end" takes no value: leave it empty',
      ]);
    });

    it('traces an end before the start back to the row’s date', () => {
      const text = `${END_HEADER}\nend,blockade-duration,2022-12-01,Medya News,${URL_A},\n`;
      expect(problems(apply(text))).toEqual(['row 2, date: Ends (2022-12-01) before it starts (2022-12-12)']);
    });

    it('refuses a claim’s row for a duration, pointing to an end’s row', () => {
      const text = `${HEADER}\nblockade-duration,,281,2023-09-19,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))[0]).toContain('its end is a row whose record is "end"');
    });
  });

  describe('the topic column', () => {
    const TOPIC_HEADER = `${HEADER},topic`;
    const withTopic = (): Dataset => ({
      ...seed(),
      topics: [{ id: 'deaths', label: 'Deaths and injuries', figures: ['casualties-19-september'] }],
    });

    it('creates a topic from a label, with an id made from it', () => {
      const after = appliedData(`${TOPIC_HEADER}\n${populationRow('1')},People under siege\n`);
      expect(after.topics).toEqual([
        { id: 'people-under-siege', label: 'People under siege', figures: ['population-under-blockade'] },
      ]);
    });

    it('finds a topic by its id', () => {
      const after = appliedData(`${TOPIC_HEADER}\n${populationRow('1')},deaths\n`, withTopic());
      expect(after.topics?.[0]?.figures).toEqual(['casualties-19-september', 'population-under-blockade']);
    });

    it('finds a topic by its label', () => {
      const after = appliedData(`${TOPIC_HEADER}\n${populationRow('1')},Deaths and injuries\n`, withTopic());
      expect(after.topics).toHaveLength(1);
    });

    it('moves a figure out of the topic it was in', () => {
      const text = `${TOPIC_HEADER}\ncasualties-19-september,killed,2,2023-09-19,Zartonk Media,${URL_A},Offensive\n`;
      const after = appliedData(text, withTopic());
      expect(after.topics?.map((t) => [t.id, t.figures])).toEqual([
        ['deaths', []],
        ['offensive', ['casualties-19-september']],
      ]);
    });

    it('leaves the topics as they are when the column is empty', () => {
      const after = appliedData(`${TOPIC_HEADER}\n${populationRow('1')},\n`, withTopic());
      expect(after.topics).toEqual(withTopic().topics);
    });

    it('refuses two topics for one figure in one file', () => {
      const text = `${TOPIC_HEADER}\n${populationRow('1')},People\n${populationRow('2')},Siege\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 3, topic: "population-under-blockade" is put in the topic "People" on row 2',
      ]);
    });

    it('refuses a topic on an end’s row', () => {
      const text = `record,figure,topic,${CITED}\nend,blockade-duration,Time,2023-09-20,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, topic: A row whose record is "end" takes no topic: leave it empty',
      ]);
    });

    it('traces a label the schema refuses back to the row', () => {
      const text = `${TOPIC_HEADER}\n${populationRow('1')},${'x'.repeat(121)}\n`;
      expect(problems(apply(text))).toEqual(['row 2, topic: Must be at most 120 characters']);
    });
  });

  describe('the headline column', () => {
    const HEADLINE_HEADER = `${HEADER},headline,figure_label`;
    const newFigure = (id: string, place: string) =>
      `${id},count,1,2023-09-19,Medya News,${URL_A},${place},Figure ${id}`;

    it('puts the figure at that place, the others keeping their order', () => {
      const after = appliedData(`${HEADLINE_HEADER}\n${newFigure('new-one', '2')}\n`);
      expect(after.headlines).toEqual([
        'population-under-blockade',
        'new-one',
        'casualties-19-september',
        'blockade-duration',
        'mine-blast-deaths-alleged',
      ]);
    });

    it('moves a figure that is a headline already', () => {
      const text = `${HEADLINE_HEADER}\nmine-blast-deaths-alleged,civilians,2,2023-09-19,Medya News,${URL_A},1,\n`;
      expect(appliedData(text).headlines?.[0]).toBe('mine-blast-deaths-alleged');
    });

    it('starts from the first four figures when the dataset lists no headlines', () => {
      const { headlines: _headlines, ...dataset } = seed();
      const after = appliedData(`${HEADLINE_HEADER}\n${newFigure('new-one', '5')}\n`, dataset);
      expect(after.headlines).toEqual([...seed().headlines!, 'new-one']);
    });

    it('lets the last fall off past six, and says so', () => {
      const text = [HEADLINE_HEADER, newFigure('a', '1'), newFigure('b', '1'), newFigure('c', '1')].join('\n');
      const sheet = converted(text);
      expect(sheet.update.headlines).toEqual([
        'c',
        'b',
        'a',
        'population-under-blockade',
        'casualties-19-september',
        'blockade-duration',
      ]);
      expect(sheet.notices).toEqual([
        'row 4: “Figure c” is now headline 1, so “Mine-blast deaths Azerbaijan gives as the reason for the operation” is no longer a headline: there are at most 6.',
      ]);
    });

    it.each([
      ['7', 'row 2, headline: 7 is past the last headline place: give a place from 1 to 6 (1 is the first card)'],
      ['0', 'row 2, headline: "0" is not a headline place: give a whole number from 1 to 6 (1 is the first card)'],
      [
        'first',
        'row 2, headline: "first" is not a headline place: give a whole number from 1 to 6 (1 is the first card)',
      ],
      ['1.5', 'row 2, headline: "1.5" is not a headline place: give a whole number from 1 to 6 (1 is the first card)'],
    ])('refuses the place %s', (place, problem) => {
      expect(problems(csvToUpdate(`${HEADLINE_HEADER}\n${newFigure('new-one', place)}\n`, seed()))).toEqual([problem]);
    });

    it('refuses two places for one figure in one file', () => {
      const text = [HEADLINE_HEADER, newFigure('a', '1'), `a,count,2,2023-09-19,Medya News,${URL_A},2,`].join('\n');
      expect(problems(csvToUpdate(text, seed()))).toEqual(['row 3, headline: "a" is put at headline 1 on row 2']);
    });

    it('refuses a headline place on an event’s row', () => {
      const text = `${EVENT_HEADER},headline\nevent,Convoy turned back,access,2023-09-20,Medya News,${URL_A},1\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, headline: A row whose record is "event" takes no headline: leave it empty',
      ]);
    });
  });

  describe('the published_by_kind column', () => {
    it('gives an outlet the row creates its kind', () => {
      const text = `${HEADER},published_by,published_by_kind\n${populationRow('1')},Example Radio,media\n`;
      expect(converted(text).update.sources).toEqual([{ id: 'example-radio', name: 'Example Radio', kind: 'media' }]);
    });

    it('refuses a kind it does not know', () => {
      const text = `${HEADER},published_by,published_by_kind\n${populationRow('1')},Example Radio,radio\n`;
      expect(problems(csvToUpdate(text, seed()))[0]).toMatch(
        /^row 2, published_by_kind: "radio" is not one of government/,
      );
    });

    it('refuses two kinds for one new source that both claims and publishes', () => {
      const text = `figure,value,${CITED},source_kind,published_by_kind\npopulation-under-blockade,1,2023-09-20,Example Radio,${URL_A},ngo,media\n`;
      expect(problems(csvToUpdate(text, seed()))).toEqual([
        'row 2, published_by_kind: "Example Radio" is both claimant and outlet here: give it one kind (ngo in source_kind)',
      ]);
    });
  });

  describe('a new figure whose rows name no measure', () => {
    const text = `figure,figure_label,value,${CITED}\ndisplaced,People displaced to Armenia,270,2023-09-19,Medya News,${URL_A}\n`;

    it('gets one measure labelled as the figure, never with the unit’s word alone', () => {
      const figure = converted(text).update.figures?.[0];
      expect(figure).toEqual({
        id: 'displaced',
        kind: 'count',
        label: 'People displaced to Armenia',
        unit: 'people',
        measures: [{ key: 'value', label: 'People displaced to Armenia', unit: 'people' }],
      });
    });

    it('reads on its card as the number and the unit', () => {
      const after = appliedData(text);
      const figure = after.figures.find((f) => f.id === 'displaced')!;
      expect(figureValueText(figure, after.asOf, indexDataset(after))).toBe('270 people');
    });

    it('refuses a row without a measure when the figure’s other rows name theirs', () => {
      const mixed = `figure,figure_label,measure,value,${CITED}\nfuel,Fuel,price,1,2023-09-19,Medya News,${URL_A}\nfuel,,,2,2023-09-19,Medya News,${URL_A}\n`;
      expect(problems(csvToUpdate(mixed, seed()))).toEqual([
        'row 3, measure: "fuel" is a new figure whose other rows name their measure: name this one too',
      ]);
    });
  });

  describe('the same file applied twice', () => {
    const daily = [
      `record,figure,figure_label,measure,value,${CITED},topic,headline,event_title,event_kind,published_by,published_by_kind`,
      `claim,population-under-blockade,,,100000,2023-09-19,Example Ombudsman,${URL_A},People,2,,,Example Radio,media`,
      `claim,displaced,People displaced,,270,2023-09-19,Example Ombudsman,https://example.org/d,People,,,,,`,
      `event,,,,,2023-09-19,Medya News,https://example.org/e,,,Convoy turned back,access,,`,
      `end,blockade-duration,,,,2023-09-19,Medya News,https://example.org/f,,,,,,`,
    ].join('\n');

    it('changes nothing the second time, and says how many claims and events were already there', () => {
      const once = appliedData(daily);
      const again = applySheetUpdate(once, converted(daily, once), '2023-09-23T12:00:00Z');
      expect(again).toEqual({ ok: true, data: once, alreadyInRecord: { claims: 2, events: 1 }, unchanged: true });
    });
  });
});
