import { describe, expect, it } from 'vitest';
import { readRevisionParam, revisionPath } from './permalink';
import { revisionNotice, revisionProblem } from '../words/revision-text';

describe('readRevisionParam', () => {
  it('reads no parameter as the current revision', () => {
    expect(readRevisionParam(null)).toEqual({ kind: 'current' });
  });

  it.each([
    ['1', 1],
    ['3', 3],
    ['120', 120],
    ['9007199254740991', 9007199254740991],
  ])('reads %s as revision %d', (text, revision) => {
    expect(readRevisionParam(text)).toEqual({ kind: 'revision', revision });
  });

  it.each(['', 'abc', '0', '-1', '03', '1.5', '1e3', ' 2', '2 ', '+2', '0x10', '9007199254740993', '٣'])(
    'refuses %j, keeping what was given',
    (text) => {
      expect(readRevisionParam(text)).toEqual({ kind: 'invalid', text });
    },
  );
});

describe('revisionPath', () => {
  it('pins a page to a revision', () => {
    expect(revisionPath('/figures/casualties', 3)).toBe('/figures/casualties?revision=3');
    expect(revisionPath('/', 12)).toBe('/?revision=12');
  });
});

describe('revisionNotice', () => {
  const shown = { revision: 2, updatedAt: '2026-11-28T23:30:00Z' };

  it('says a newer revision exists, and which, with the day the one shown was written', () => {
    expect(revisionNotice(shown, 5)).toEqual({
      current: false,
      text: 'You are looking at revision 2 of 28 November 2026; newer numbers exist (revision 5).',
    });
  });

  it('says the revision shown is the current one', () => {
    expect(revisionNotice(shown, 2)).toEqual({
      current: true,
      text: 'This is revision 2 of 28 November 2026, the current revision; this address keeps showing these numbers.',
    });
  });

  it('dates the revision in UTC, whatever the offset it was written with', () => {
    expect(revisionNotice({ revision: 1, updatedAt: '2026-11-29T01:00:00+02:00' }, 4).text).toContain(
      'revision 1 of 28 November 2026;',
    );
  });

  it('hedges while the current revision is not known', () => {
    expect(revisionNotice(shown, undefined)).toEqual({
      current: false,
      text: 'You are looking at revision 2 of 28 November 2026; newer numbers may exist.',
    });
  });
});

describe('revisionProblem', () => {
  it('says what the address gave and of which dataset', () => {
    expect(revisionProblem({ kind: 'invalid', text: 'abc' }, 'Blockade')).toBe(
      'The address asks for revision “abc” of “Blockade”, which is not a revision number: revisions are numbered 1, 2, 3 and on.',
    );
    expect(revisionProblem({ kind: 'invalid', text: '' }, 'Blockade')).toContain('but gives no number');
    expect(revisionProblem({ kind: 'invalid', text: 'x'.repeat(500) }, 'Blockade')).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('says a revision number is not there', () => {
    expect(revisionProblem({ kind: 'revision', revision: 99 }, 'Blockade')).toBe(
      'There is no revision 99 of “Blockade” on this site.',
    );
  });
});
