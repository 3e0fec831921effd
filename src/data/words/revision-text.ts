import { formatDate } from '../schema/dates';
import type { RevisionAsked } from '../schema/permalink';

/*
 * What a page pinned to a revision says, in words for the reader. Apart from
 * permalink.ts, which the first screen needs to read the address, so this
 * text loads only with a pinned page.
 */

/* The calendar day, in UTC, a revision was written. */
function revisionDay(updatedAt: string): string {
  const instant = new Date(updatedAt);
  return Number.isNaN(instant.getTime()) ? updatedAt : formatDate(instant.toISOString().slice(0, 10), 'long');
}

/** "revision 3 of 28 November 2026": a revision and the day it was written. */
export function revisionLabel(shown: { revision: number; updatedAt: string }): string {
  return `revision ${shown.revision} of ${revisionDay(shown.updatedAt)}`;
}

export interface RevisionNotice {
  /** Whether the revision shown is the current one, as far as the list of datasets says. */
  current: boolean;
  text: string;
}

/**
 * What a page pinned to a revision says at its top. `current` is the
 * dataset's current revision, undefined while it is not known.
 */
export function revisionNotice(
  shown: { revision: number; updatedAt: string },
  current: number | undefined,
): RevisionNotice {
  const what = revisionLabel(shown);
  if (current === undefined) return { current: false, text: `You are looking at ${what}; newer numbers may exist.` };
  // A list older than the revision fetched says nothing newer exists either.
  if (current <= shown.revision) {
    return { current: true, text: `This is ${what}, the current revision; this address keeps showing these numbers.` };
  }
  return { current: false, text: `You are looking at ${what}; newer numbers exist (revision ${current}).` };
}

/** What is wrong with the revision an address asks for, in words for the reader. */
export function revisionProblem(asked: Exclude<RevisionAsked, { kind: 'current' }>, datasetTitle: string): string {
  if (asked.kind === 'invalid') {
    if (asked.text.trim() === '') {
      return `The address asks for a revision of “${datasetTitle}” but gives no number: revisions are numbered 1, 2, 3 and on.`;
    }
    const given = asked.text.length > 40 ? `${asked.text.slice(0, 40)}…` : asked.text;
    return `The address asks for revision “${given}” of “${datasetTitle}”, which is not a revision number: revisions are numbered 1, 2, 3 and on.`;
  }
  return `There is no revision ${asked.revision} of “${datasetTitle}” on this site.`;
}
