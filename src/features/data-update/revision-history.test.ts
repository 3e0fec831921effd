import { describe, expect, it } from 'vitest';
import { changesText } from './revision-history';

const none = { added: 0, changed: 0, removed: 0 };
const nothing = { figures: none, claims: none, sources: none, citations: none, events: none };

describe('changesText', () => {
  it('says when a revision changed nothing', () => {
    expect(changesText(nothing)).toBe('no change');
  });

  it('counts records, then names the curation that changed', () => {
    expect(
      changesText({ ...nothing, claims: { added: 2, changed: 0, removed: 0 }, curation: ['headlines', 'about'] }),
    ).toBe('2 claims added, headline figures changed, about page changed');
  });

  it('names a change of topics alone', () => {
    expect(changesText({ ...nothing, curation: ['topics'] })).toBe('topics changed');
  });
});
