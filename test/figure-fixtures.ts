import type { Citation, Claim, ClaimValue, CountFigure, Dataset, Source } from '../src/data/schema/schema';
import { validateDataset } from '../src/data/checks/validate';

/*
 * A figure as a real record holds it after a few weeks: ten parties, some
 * with long names in Armenian, Cyrillic and Arabic script, published by
 * themselves or by a wire service; seven of them reporting on the same day;
 * a correction, a withdrawal, long notes and short ones. Every party, claim
 * and number here is invented for tests.
 */

export const BUSY_FIGURE_ID = 'test-busy-figure';
export const BUSY_FIGURE_LABEL = 'People killed in the invented test offensive';
/** The day on which seven parties report at once. */
export const BUSY_DAY = '2023-09-19';
/** A claim with one value and a short note, by a party with a short name. */
export const SHORT_NOTE_CLAIM = 'busy-short-note';

const WIRE: Source = { id: 'test-wire', name: 'Test Wire Service', kind: 'media' };

export const BUSY_PARTIES: Source[] = [
  { id: 'test-ministry', name: 'Test Ministry of Health', kind: 'government' },
  {
    id: 'test-defender',
    name: 'Թեստային Մարդու իրավունքների պաշտպանի գրասենյակ (invented)',
    kind: 'de-facto-authority',
  },
  { id: 'test-defence', name: 'Тестовое министерство обороны (invented)', kind: 'armed-forces' },
  { id: 'test-observatory', name: 'المرصد التجريبي لحقوق الإنسان (invented)', kind: 'ngo' },
  { id: 'test-relief', name: 'Test Relief Coordination Office for the South Caucasus Region', kind: 'un-agency' },
  { id: 'test-red-cross', name: 'Test Red Cross Delegation', kind: 'red-cross-red-crescent' },
  { id: 'test-monitor', name: 'Test Monitor', kind: 'ngo' },
  { id: 'test-council', name: 'Test Regional Council', kind: 'government' },
  { id: 'test-medics', name: 'Test Field Medics', kind: 'ngo' },
  { id: 'test-observers', name: 'Test Observers', kind: 'intergovernmental' },
];

const LONG_NOTE =
  'Counted from the hospital registers of three towns and from the lists of names the families gave; ' +
  'the party says the count is incomplete because two districts could not be reached, and that bodies ' +
  'recovered later will be added in its next report. Invented for tests.';

function citationOf(party: Source, viaWire: boolean): Citation {
  return {
    id: `${party.id}-statement`,
    claimedBy: party.id,
    publishedBy: viaWire ? WIRE.id : party.id,
    title: `Statement of ${party.name}`,
    url: `https://example.org/${party.id}`,
    publishedOn: '2023-08-20',
    note: 'A statement invented for tests.',
  };
}

const day = (offset: number) => new Date(Date.UTC(2023, 7, 21 + offset)).toISOString().slice(0, 10);

/*
 * `count` claims (at least 12): the first ones spread over the weeks before
 * the busy day, one party at a time, then seven parties on the busy day. Each
 * party's own count only grows, so the cumulative rule holds.
 */
function busyClaims(count: number): Claim[] {
  const claims: Claim[] = [];
  const spread = count - 9;
  const lastOf = new Map<string, number>();
  const value = (party: number, n: number): number => {
    const next = Math.max(lastOf.get(BUSY_PARTIES[party]!.id) ?? 0, 10 + n * 2 + party * 3);
    lastOf.set(BUSY_PARTIES[party]!.id, next);
    return next;
  };
  for (let n = 0; n < spread; n++) {
    const party = n % BUSY_PARTIES.length;
    const v = value(party, n);
    const values: ClaimValue[] =
      n % 5 === 3
        ? [{ measure: 'killed', low: v, high: v + 6 }]
        : [{ measure: 'killed', value: v, qualifier: n % 4 === 1 ? 'about' : n % 4 === 2 ? 'at-least' : 'exact' }];
    if (n % 3 === 0) values.push({ measure: 'injured', value: v * 3, qualifier: 'about' });
    claims.push({
      id: `busy-${n}`,
      figure: BUSY_FIGURE_ID,
      date: day(Math.floor((n * 28) / spread)),
      ...(n % 6 === 5 ? { time: '14:30' } : {}),
      values,
      status: n % 7 === 4 ? 'alleged' : 'reported',
      citation: `${BUSY_PARTIES[party]!.id}-statement`,
      ...(n % 5 === 2 ? { note: LONG_NOTE } : {}),
    });
  }
  // Seven parties on the same day, none with a time, so every marker falls on one instant.
  for (let p = 0; p < 7; p++) {
    const v = value(p, spread + p);
    claims.push({
      id: p === 6 ? SHORT_NOTE_CLAIM : `busy-day-${p}`,
      figure: BUSY_FIGURE_ID,
      date: BUSY_DAY,
      values: [{ measure: 'killed', value: v, qualifier: p % 2 === 0 ? 'exact' : 'about' }],
      status: 'reported',
      citation: `${BUSY_PARTIES[p]!.id}-statement`,
      ...(p === 6 ? { note: 'Morning briefing.' } : {}),
    });
  }
  // A correction of the first party's earliest claim, and a withdrawal of the second party's.
  claims.push(
    {
      id: 'busy-correction',
      figure: BUSY_FIGURE_ID,
      date: day(1),
      time: '20:00',
      values: [{ measure: 'killed', value: 12, qualifier: 'exact' }],
      status: 'reported',
      citation: `${BUSY_PARTIES[0]!.id}-statement`,
      supersedes: 'busy-0',
      note: 'Two deaths counted twice in the first report. Invented for tests.',
    },
    {
      id: 'busy-withdrawal',
      figure: BUSY_FIGURE_ID,
      date: day(3),
      status: 'reported',
      citation: `${BUSY_PARTIES[1]!.id}-statement`,
      retracts: 'busy-1',
      note: 'The party withdrew its first count. Invented for tests.',
    },
  );
  return claims;
}

/** The dataset with the busy figure added: `count` claims (30 by default) from ten parties. */
export function withBusyFigure(dataset: Dataset, count = 30): Dataset {
  const next = structuredClone(dataset);
  const figure: CountFigure = {
    id: BUSY_FIGURE_ID,
    kind: 'count',
    label: BUSY_FIGURE_LABEL,
    unit: 'people',
    measures: [
      { key: 'killed', label: 'people killed', singular: 'person killed' },
      { key: 'injured', label: 'injured' },
    ],
    cumulative: true,
  };
  next.figures.push(figure);
  next.sources.push(WIRE, ...BUSY_PARTIES);
  next.citations.push(...BUSY_PARTIES.map((party, i) => citationOf(party, i % 3 === 1)));
  next.claims.push(...busyClaims(count));
  const result = validateDataset(next);
  if (!result.ok) throw new Error(`The busy figure does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.data;
}
