import { z } from 'zod';
import { isRealDate } from './dates';
import { findHiddenCharacter, hasLetterOrDigit, hiddenCharacterMessage } from './text';

/*
 * The one schema every dataset passes through: the seed files, API responses,
 * the command line and the import screen. Types are inferred from it, so a
 * field exists in the code only if it is checked here.
 *
 * Objects are strict: a misspelt key in hand-edited JSON is an error, not a
 * silently ignored field.
 */

/*
 * In a browser (page or worker) the Content Security Policy refuses eval.
 * Zod would still probe for it (to compile faster parsers), and each probe is
 * reported as a violation; its plain parsers give the same results. Node,
 * which has no `self`, keeps the faster path for the command line and build.
 */
if (typeof self !== 'undefined') z.config({ jitless: true });

/** Reports older than this are not what a situation dashboard holds. */
export const EARLIEST_DATE = '1900-01-01';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .max(80, 'An id has at most 80 characters')
  .regex(SLUG, 'An id uses lower-case letters, digits and single hyphens, like "population-under-blockade"');

/*
 * A problem found by one of the rules below, which go on to the next rule as
 * a superRefine's would. Rules push onto the issues directly: superRefine
 * makes a new reporting function for every value it sees, which over a
 * million claims costs more than the rules themselves.
 */
function problem(input: unknown, path: PropertyKey[], message: string): z.core.$ZodRawIssue {
  return { code: 'custom', path, message, input, continue: true };
}

const trimmed = (max: number) =>
  z.string().trim().normalize('NFC').min(1, 'Must not be empty').max(max, `Must be at most ${max} characters`);

/* Nothing a reader cannot see; tabs and line breaks only in text that may run over several lines. */
const visible = (max: number, lines: boolean) =>
  trimmed(max).check(({ value, issues }) => {
    const hidden = findHiddenCharacter(value, lines);
    if (hidden) issues.push(problem(value, [], hiddenCharacterMessage(hidden)));
  });

/* Names, labels and titles: one line, with something a reader can name. */
const text = (max: number) =>
  visible(max, false).refine(hasLetterOrDigit, { message: 'Must contain a letter or a digit', abort: true });

/* Units may be a symbol alone ("%", "$"). */
const unitText = (max: number) => visible(max, false);

/* Notes and descriptions. */
const prose = (max: number) => visible(max, true);

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD, like "2023-09-19"')
  .refine(isRealDate, 'This date does not exist in the calendar')
  // A year 0000 or 1066 here is a typing slip, and would stretch every duration and chart axis.
  .refine((date) => date >= EARLIEST_DATE, `A date before ${EARLIEST_DATE} is not plausible here`);

/* Only http(s) links ever reach an href: javascript:, data: and relative URLs are refused here. */
export const httpUrlSchema = z
  .string()
  .max(2000, 'A URL has at most 2000 characters')
  .refine((value) => {
    // new URL() alone would take "https:example.com" as valid, which a browser resolves as a relative link.
    if (!/^https?:\/\/[^/]/i.test(value)) return false;
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Must be a full http:// or https:// URL')
  /*
   * "https://www.icrc.org@evil.example/" goes to evil.example: whatever
   * stands before an @ is a user name, and it only serves to deceive.
   */
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.username === '' && url.password === '';
    } catch {
      return true;
    }
  }, 'A link must not carry a user name or password (the part before an @ in the host)');

/* JSON can say -0, which passes as not negative and then reads "-0 killed". */
function positiveZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

export const countSchema = z
  .number({ error: 'Must be a number' })
  // multipleOf rather than int(): zod's int() also rejects unsafe integers, with a message that would say "not whole".
  .multipleOf(1, 'Must be a whole number')
  .nonnegative('A count cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'Number is too large')
  .overwrite(positiveZero);

export const SOURCE_KINDS = [
  'government',
  'de-facto-authority',
  'armed-forces',
  'intergovernmental',
  'un-agency',
  'red-cross-red-crescent',
  'ngo',
  'media',
  'other',
] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);

export const STATUSES = ['reported', 'alleged', 'confirmed', 'estimated', 'disputed'] as const;
export const statusSchema = z.enum(STATUSES);

export const QUALIFIERS = ['exact', 'about', 'at-least', 'at-most'] as const;
export const qualifierSchema = z.enum(QUALIFIERS);

export const EVENT_KINDS = ['blockade', 'access', 'military', 'statement', 'humanitarian', 'other'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);

export const sourceSchema = z.strictObject({
  id: idSchema,
  name: text(200),
  kind: sourceKindSchema,
  url: httpUrlSchema.optional(),
});

export const citationSchema = z.strictObject({
  id: idSchema,
  claimedBy: idSchema,
  publishedBy: idSchema,
  title: text(500),
  url: httpUrlSchema,
  publishedOn: isoDateSchema,
  retrievedOn: isoDateSchema.optional(),
  note: prose(2000),
});

const citationIdsSchema = z.array(idSchema).min(1, 'Cite at least one citation');

/* `singular` is the label for a value of exactly 1 ("child" beside "children"). */
export const breakdownItemSchema = z.strictObject({
  label: text(120),
  singular: text(120).optional(),
  value: countSchema,
  qualifier: qualifierSchema,
});

/*
 * What a count figure measures (killed, injured; a price; a share). Values
 * live in claims; a measure only says what they count. Counts of people are
 * whole numbers; `decimals` allows fractions for percentages, money or tonnes.
 */
export const measureSchema = z.strictObject({
  key: idSchema,
  label: text(120),
  singular: text(120).optional(),
  unit: unitText(40).optional(),
  decimals: z.boolean().optional(),
});

export const measureValueSchema = z
  .number({ error: 'Must be a number' })
  .nonnegative('A value cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'Number is too large')
  .overwrite(positiveZero);

/*
 * One measure's value in a claim: a single number with its qualifier, or a
 * range ("between 50 and 1,000") given as low and high.
 */
export const claimValueSchema = z
  .strictObject({
    measure: idSchema,
    value: measureValueSchema.optional(),
    qualifier: qualifierSchema.optional(),
    low: measureValueSchema.optional(),
    high: measureValueSchema.optional(),
    breakdown: z.array(breakdownItemSchema).max(50).optional(),
  })
  .check(({ value: v, issues }) => {
    const range = v.low !== undefined || v.high !== undefined;
    if (v.value !== undefined && range) {
      issues.push(problem(v, ['value'], 'Give either "value" or a range ("low" and "high"), not both'));
    } else if (v.value === undefined && !range) {
      issues.push(problem(v, ['value'], 'Give "value", or a range with "low" and "high"'));
    } else if (range && (v.low === undefined || v.high === undefined)) {
      issues.push(problem(v, [v.low === undefined ? 'low' : 'high'], 'A range needs both "low" and "high"'));
    } else if (range && v.low! > v.high!) {
      issues.push(problem(v, ['high'], `The range ends (${v.high}) below where it starts (${v.low})`));
    }
    if (v.value !== undefined && v.qualifier === undefined) {
      issues.push(problem(v, ['qualifier'], 'A value needs a qualifier: exact, about, at-least or at-most'));
    }
    if (range && v.qualifier !== undefined) {
      issues.push(problem(v, ['qualifier'], 'A range has no qualifier: its low and high say it'));
    }
  });

export const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day is written HH:MM on a 24-hour clock, like "22:30"');

/*
 * The unit of data: one party's report about one figure at one moment, as
 * published. Claims are appended and never edited away; a correction is a new
 * claim that `supersedes` an earlier one, and a retraction a record that
 * `retracts` one (and carries no values). Both keep the earlier claim visible.
 */
export const claimSchema = z
  .strictObject({
    id: idSchema,
    figure: idSchema,
    date: isoDateSchema,
    time: timeSchema.optional(),
    values: z.array(claimValueSchema).max(10).optional(),
    status: statusSchema,
    citation: idSchema,
    note: prose(2000).optional(),
    supersedes: idSchema.optional(),
    retracts: idSchema.optional(),
  })
  .check(({ value: claim, issues }) => {
    if (claim.retracts !== undefined) {
      if (claim.values !== undefined) {
        issues.push(problem(claim, ['values'], 'A retraction carries no values: it withdraws the claim it names'));
      }
      if (claim.supersedes !== undefined) {
        issues.push(problem(claim, ['supersedes'], 'Give "supersedes" or "retracts", not both'));
      }
      if (claim.note === undefined) {
        issues.push(problem(claim, ['note'], 'A retraction needs a note saying why the claim was withdrawn'));
      }
    } else if (!claim.values?.length) {
      issues.push(problem(claim, ['values'], 'A claim needs at least one value'));
    }
  });

/* The claim maintainers chose to show instead of the latest one, and why. */
export const shownClaimSchema = z.strictObject({
  claim: idSchema,
  reason: prose(500),
});

const figureBase = {
  id: idSchema,
  label: text(160),
  note: prose(2000).optional(),
};

/* How many days may pass before a figure is expected to be reported again: a week, a month, a year. */
export const expectedUpdateDaysSchema = z
  .number({ error: 'Must be a number of days' })
  .int('Must be a whole number of days')
  .positive('Must be at least 1 day')
  .max(3660, 'Must be at most 3660 days (ten years)');

export const countFigureSchema = z.strictObject({
  ...figureBase,
  kind: z.literal('count'),
  unit: unitText(40),
  measures: z.array(measureSchema).min(1, 'A count needs at least one measure').max(10),
  cumulative: z.boolean().optional(),
  shown: shownClaimSchema.optional(),
  /** The maintainers' expectation for this figure alone, in place of the dataset's `about.expectedUpdateDays`. */
  expectedUpdateDays: expectedUpdateDaysSchema.optional(),
});

/*
 * A duration has no value field: it is always computed from its dates, so it
 * cannot drift from them. Its start is cited with the figure; an end is a
 * new fact, so it carries the citation that dates it.
 */
export const durationFigureSchema = z
  .strictObject({
    ...figureBase,
    kind: z.literal('duration'),
    status: statusSchema,
    citations: citationIdsSchema,
    start: isoDateSchema,
    end: isoDateSchema.optional(),
    endCitation: idSchema.optional(),
  })
  .check(({ value: figure, issues }) => {
    if (figure.end !== undefined && figure.endCitation === undefined) {
      issues.push(
        problem(
          figure,
          ['endCitation'],
          'End a duration with its cited end date: give "endCitation", the citation that dates its end',
        ),
      );
    }
    if (figure.end === undefined && figure.endCitation !== undefined) {
      issues.push(problem(figure, ['end'], 'An "endCitation" needs the "end" date it cites'));
    }
  });

export const figureSchema = z.discriminatedUnion('kind', [countFigureSchema, durationFigureSchema], {
  error: 'A figure needs "kind": "count" or "duration"',
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  kind: eventKindSchema,
  title: text(200),
  description: prose(2000).optional(),
  citations: citationIdsSchema,
});

/*
 * What the about page says of this dataset beyond the rules every dataset
 * follows: its license when not the default, how its maintainers choose and
 * read sources, how often it is updated, and how to report a mistake.
 */
export const datasetAboutSchema = z.strictObject({
  license: z.strictObject({ name: text(120), url: httpUrlSchema }).optional(),
  methodology: prose(4000).optional(),
  updateFrequency: prose(500).optional(),
  corrections: z.strictObject({ text: prose(2000), url: httpUrlSchema.optional() }).optional(),
  /** How often the maintainers expect each figure to be reported again, in days; 7 when not given. */
  expectedUpdateDays: expectedUpdateDaysSchema.optional(),
});

/* The most headline cards a dataset may choose: more would not fit a phone's first screen. */
export const MAX_HEADLINES = 6;

/* Figure ids in display order; that each is a figure, and once, is an integrity rule. */
export const headlinesSchema = z
  .array(idSchema)
  .min(1, 'Choose at least one headline figure, or leave "headlines" out to show the first four figures')
  .max(MAX_HEADLINES, `At most ${MAX_HEADLINES} figures are headlines`);

/*
 * A group of figures the dashboard lists under one heading, in order. Its
 * figures exist and belong to no other topic: integrity rules.
 */
export const topicSchema = z.strictObject({
  id: idSchema,
  label: text(120),
  figures: z.array(idSchema).max(100_000),
});

export const datasetShapeSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: idSchema,
  title: text(200),
  region: text(200),
  asOf: isoDateSchema,
  updatedAt: z.iso.datetime({ offset: true, error: 'Must be a date and time like "2023-09-19T18:00:00Z"' }),
  revision: z.number().int().positive('The revision starts at 1'),
  about: datasetAboutSchema.optional(),
  headlines: headlinesSchema.optional(),
  topics: z.array(topicSchema).max(1000).optional(),
  sources: z.array(sourceSchema).max(10_000),
  citations: z.array(citationSchema).max(1_000_000),
  figures: z.array(figureSchema).max(100_000),
  claims: z.array(claimSchema).max(2_000_000),
  events: z.array(eventSchema).max(100_000),
});

export const datasetSummarySchema = z.strictObject({
  id: idSchema,
  title: text(200),
  asOf: isoDateSchema,
  revision: z.number().int().positive(),
});

export const datasetListSchema = z.strictObject({
  datasets: z.array(datasetSummarySchema),
  /** What the server wants every reader to know, such as a damaged saved copy it set aside. */
  notices: z.array(z.string()).optional(),
});

/* Saved copies the mocked API found damaged and set aside in this browser, kept whole for the maintainer. */
export const setAsideListSchema = z.strictObject({
  copies: z.array(
    z.strictObject({
      key: z.string(),
      dataset: z.string(),
      setAsideAt: z.string(),
      text: z.string(),
    }),
  ),
});

const listChangesSchema = z.strictObject({
  added: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});

export const REVISION_ACTIONS = ['seed', 'put', 'update', 'undo', 'reset'] as const;

/* What a revision may change beyond the lists of records: the dashboard's curation and the about page. */
export const CURATION_PARTS = ['headlines', 'topics', 'about'] as const;

/* One entry of a dataset's audit trail: who changed it, when, how, and how much. */
export const revisionSummarySchema = z.strictObject({
  revision: z.number().int().positive(),
  editor: z.string().max(200),
  at: z.string().max(40),
  action: z.enum(REVISION_ACTIONS),
  changes: z.strictObject({
    figures: listChangesSchema,
    claims: listChangesSchema,
    sources: listChangesSchema,
    citations: listChangesSchema,
    events: listChangesSchema,
    /** Left out when none changed (and by revisions stored before it was counted). */
    curation: z.array(z.enum(CURATION_PARTS)).max(CURATION_PARTS.length).optional(),
  }),
});

/* A page of the audit trail, newest first; `next` is the `before` to ask for the page after it. */
export const revisionListSchema = z.strictObject({
  revisions: z.array(revisionSummarySchema),
  next: z.number().int().positive().optional(),
});

/* The editor a token belongs to. */
export const whoamiSchema = z.strictObject({ editor: z.string().max(200) });

/* Every error the API sends has this shape, whatever the status. */
export const errorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type BreakdownItem = z.infer<typeof breakdownItemSchema>;
export type ClaimValue = z.infer<typeof claimValueSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ShownClaim = z.infer<typeof shownClaimSchema>;
export type CountFigure = z.infer<typeof countFigureSchema>;
export type DurationFigure = z.infer<typeof durationFigureSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type CrisisEvent = z.infer<typeof eventSchema>;
export type DatasetAbout = z.infer<typeof datasetAboutSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Dataset = z.infer<typeof datasetShapeSchema>;
/** The dashboard's part of a dataset: its headline figures, and how many others it lists below them. */
export type DashboardData = Dataset & { otherFigures: number };
export type DatasetSummary = z.infer<typeof datasetSummarySchema>;
export type DatasetList = z.infer<typeof datasetListSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type SetAsideList = z.infer<typeof setAsideListSchema>;
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
export type RevisionList = z.infer<typeof revisionListSchema>;
export type Whoami = z.infer<typeof whoamiSchema>;
