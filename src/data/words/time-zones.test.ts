import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * process.env.TZ cannot be changed reliably inside a running process, so each
 * zone gets its own Node process, started with TZ set and tsx loaded to import
 * the TypeScript sources directly.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const moduleUrl = (file: string) => pathToFileURL(resolve(root, 'src/data', file)).href;

interface Zone {
  tz: string;
  /** Names ICU may report for the zone (Node 20 reports Asia/Kolkata as its alias Asia/Calcutta). */
  names: string[];
  /** Date.prototype.getTimezoneOffset() at 2023-09-19T12:00Z, in minutes (positive west of Greenwich). */
  offset: number;
}

const ZONES: Zone[] = [
  { tz: 'Pacific/Kiritimati', names: ['Pacific/Kiritimati'], offset: -14 * 60 },
  { tz: 'America/Los_Angeles', names: ['America/Los_Angeles'], offset: 7 * 60 },
  { tz: 'Asia/Kolkata', names: ['Asia/Kolkata', 'Asia/Calcutta'], offset: -(5 * 60 + 30) },
  { tz: 'UTC', names: ['UTC', 'Etc/UTC'], offset: 0 },
];

interface ChildResult {
  zone: string;
  offset: number;
  days: number;
  durationDays: number;
  long: string;
  newYear: string;
  springForward: number;
  fallBack: number;
}

/* Runs in the child. Throws (so the child exits non-zero) if the zone it was given was not applied. */
function childCode(zone: Zone): string {
  return `
    (async () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const offset = new Date('2023-09-19T12:00:00Z').getTimezoneOffset();
      const names = ${JSON.stringify(zone.names)};
      if (!names.includes(zone)) throw new Error('TZ ignored: wanted ' + names.join(' or ') + ', got ' + zone);
      if (offset !== ${zone.offset}) throw new Error('TZ ignored: wanted offset ${zone.offset}, got ' + offset);
      const dates = await import(${JSON.stringify(moduleUrl('schema/dates.ts'))});
      const figures = await import(${JSON.stringify(moduleUrl('words/figures.ts'))});
      console.log(JSON.stringify({
        zone,
        offset,
        days: dates.daysBetween('2022-12-12', '2023-09-19'),
        durationDays: figures.durationOf({ start: '2022-12-12' }, '2023-09-19').days,
        long: dates.formatDate('2023-09-19', 'long'),
        newYear: dates.formatDate('2023-01-01', 'long'),
        springForward: dates.daysBetween('2023-03-11', '2023-03-13'),
        fallBack: dates.daysBetween('2023-11-04', '2023-11-06'),
      }));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
}

function runIn(zone: Zone): ChildResult {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '-e', childCode(zone)], {
    cwd: root,
    env: { ...process.env, TZ: zone.tz },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(lastLine) as ChildResult;
}

describe.each(ZONES)('with TZ=$tz', (zone) => {
  let result: ChildResult;
  beforeAll(() => {
    result = runIn(zone);
  }, 60_000);

  it('runs the child in that time zone', () => {
    expect(zone.names).toContain(result.zone);
  });

  it('has the local offset of that zone', () => {
    expect(result.offset).toBe(zone.offset);
  });

  it('counts 281 days from 2022-12-12 to 2023-09-19 with daysBetween', () => {
    expect(result.days).toBe(281);
  });

  it('counts 281 days for an ongoing duration with durationOf', () => {
    expect(result.durationDays).toBe(281);
  });

  it('formats 2023-09-19 as 19 September', () => {
    expect(result.long).toContain('19');
  });

  it('formats 2023-09-19 in September', () => {
    expect(result.long).toContain('September');
  });

  it('formats 2023-09-19 in 2023', () => {
    expect(result.long).toContain('2023');
  });

  it('formats the first day of a year without moving it to the previous year', () => {
    expect(result.newYear).toBe('1 January 2023');
  });

  it('counts 2 days across the US spring daylight-saving change', () => {
    expect(result.springForward).toBe(2);
  });

  it('counts 2 days across the US autumn daylight-saving change', () => {
    expect(result.fallBack).toBe(2);
  });
});
