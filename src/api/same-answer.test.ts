import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../test/fixtures';
import { etagRevision, isRevisionShown, sameJson } from './same-answer';

describe('etagRevision', () => {
  it('reads the revision from the API’s own ETag, weak or strong, and nothing from any other', () => {
    expect(etagRevision('"12"')).toBe('12');
    expect(etagRevision('W/"3"')).toBe('3');
    expect(etagRevision('W/"5f3c-18a2b"')).toBeUndefined();
    expect(etagRevision('12')).toBeUndefined();
    expect(etagRevision(null)).toBeUndefined();
  });
});

describe('isRevisionShown', () => {
  const shown = seedDataset();

  it('holds for an answer with the id, revision and updatedAt on screen, whatever else it carries', () => {
    expect(isRevisionShown({ ...shown, title: 'Changed', claims: 'not even a list' }, shown, null)).toBe(true);
    expect(isRevisionShown({ id: shown.id, revision: shown.revision, updatedAt: shown.updatedAt }, shown, '"1"')).toBe(
      true,
    );
  });

  it('ignores an ETag a static host made of its own', () => {
    expect(isRevisionShown(structuredClone(shown), shown, 'W/"5f3c-18a2b"')).toBe(true);
  });

  it('fails for another revision, dataset or update time, and when the ETag names another revision', () => {
    expect(isRevisionShown({ ...shown, revision: shown.revision + 1 }, shown, null)).toBe(false);
    expect(isRevisionShown({ ...shown, revision: String(shown.revision) }, shown, null)).toBe(false);
    expect(isRevisionShown({ ...shown, id: 'syria-2024' }, shown, null)).toBe(false);
    expect(isRevisionShown({ ...shown, updatedAt: '2030-01-01T00:00:00Z' }, shown, null)).toBe(false);
    expect(isRevisionShown(structuredClone(shown), shown, `"${shown.revision + 1}"`)).toBe(false);
  });

  it('fails for a body that is not an object', () => {
    for (const body of [null, 1, 'text', [shown]]) expect(isRevisionShown(body, shown, null)).toBe(false);
  });
});

describe('sameJson', () => {
  it('compares values in depth, whatever the order of keys', () => {
    expect(sameJson({ a: [1, { b: null, c: 'x' }] }, { a: [1, { c: 'x', b: null }] })).toBe(true);
    expect(sameJson([], [])).toBe(true);
  });

  it('tells apart any difference of value, key, length or kind', () => {
    expect(sameJson({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
