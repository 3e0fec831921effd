import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../../test/fixtures';
import { revisionChanges } from './revisions';

describe('revisionChanges', () => {
  const before = seedDataset();

  it('counts nothing, and names no curation, when nothing changed', () => {
    const { curation, ...lists } = revisionChanges(before, before);
    expect(curation).toBeUndefined();
    expect(Object.values(lists).every((list) => list.added + list.changed + list.removed === 0)).toBe(true);
  });

  it('names the headlines, topics and about page when a revision changes only those', () => {
    const [first, second] = before.figures;
    const after = {
      ...before,
      headlines: [second!.id, first!.id],
      topics: [{ id: 'people', label: 'People', figures: [first!.id] }],
      about: { ...before.about, expectedUpdateDays: 14 },
    };
    expect(revisionChanges(before, after).curation).toEqual(['headlines', 'topics', 'about']);
  });

  it('names only what changed', () => {
    const after = { ...before, topics: [{ id: 'people', label: 'People', figures: [] }] };
    expect(revisionChanges(before, after).curation).toEqual(['topics']);
  });
});
