import { describe, expect, it } from 'vitest';
import { errorBody, revisionFrom } from './api-requests';

describe('revisionFrom', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ['7', 7],
    [' "4" ', 4],
  ])('reads %s as revision %i', (header, revision) => {
    expect(revisionFrom(header)).toBe(revision);
  });

  it.each([[null], [undefined], [''], ['"abc"'], ['"-1"'], ['*'], ['"1", "2"']])(
    'names no revision in %s',
    (header) => {
      expect(revisionFrom(header)).toBeNull();
    },
  );
});

describe('errorBody', () => {
  it('gives the message alone when there are no problems', () => {
    expect(errorBody('Gone')).toEqual({ error: { message: 'Gone' } });
    expect(errorBody('Gone', [])).toEqual({ error: { message: 'Gone' } });
  });

  it('keeps only the place and message of each problem', () => {
    expect(errorBody('Bad', [{ path: 'figures[0].id', message: 'Required', line: 3, column: 4 }])).toEqual({
      error: { message: 'Bad', issues: [{ path: 'figures[0].id', message: 'Required' }] },
    });
  });
});
