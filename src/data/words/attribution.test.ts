import { describe, it, expect } from 'vitest';
import { attributionLine, attributionOf, attributionText, type Attribution } from './attribution';
import type { Source } from '../schema/schema';

function sources(): Map<string, Source> {
  const list: Source[] = [
    { id: 'medya-news', name: 'Medya News', kind: 'media' },
    { id: 'zartonk-media', name: 'Zartonk Media', kind: 'media' },
    { id: 'france', name: 'Government of France', kind: 'government' },
  ];
  return new Map(list.map((s) => [s.id, s]));
}

const medya: Attribution = { claimant: 'Medya News' };
const zartonk: Attribution = { claimant: 'Zartonk Media', via: 'Medya News' };
const france: Attribution = { claimant: 'Government of France', via: 'Medya News' };
const eu: Attribution = { claimant: 'European Union', via: 'Medya News' };

describe('attributionOf', () => {
  it('names only the claimant when the claimant published it', () => {
    expect(attributionOf({ claimedBy: 'medya-news', publishedBy: 'medya-news' }, sources())).toEqual({
      claimant: 'Medya News',
    });
  });

  it('has no via when the claimant published it', () => {
    const attribution = attributionOf({ claimedBy: 'medya-news', publishedBy: 'medya-news' }, sources());
    expect(attribution).not.toHaveProperty('via');
  });

  it('names the outlet as via when another source published it', () => {
    expect(attributionOf({ claimedBy: 'zartonk-media', publishedBy: 'medya-news' }, sources())).toEqual({
      claimant: 'Zartonk Media',
      via: 'Medya News',
    });
  });

  it('falls back to the id of an unknown claimant', () => {
    expect(attributionOf({ claimedBy: 'unknown-outlet', publishedBy: 'medya-news' }, sources()).claimant).toBe(
      'unknown-outlet',
    );
  });

  it('falls back to the id of an unknown outlet', () => {
    expect(attributionOf({ claimedBy: 'france', publishedBy: 'unknown-outlet' }, sources()).via).toBe('unknown-outlet');
  });

  it('falls back to the id when no sources are known at all', () => {
    expect(attributionOf({ claimedBy: 'a', publishedBy: 'a' }, new Map())).toEqual({ claimant: 'a' });
  });
});

describe('attributionText', () => {
  it('is the claimant alone without an outlet', () => {
    expect(attributionText(medya)).toBe('Medya News');
  });

  it('joins claimant and outlet with "via"', () => {
    expect(attributionText(zartonk)).toBe('Zartonk Media via Medya News');
  });
});

describe('attributionLine', () => {
  it('says "No source" for no attributions', () => {
    expect(attributionLine([])).toBe('No source');
  });

  it('shows a single attribution in full', () => {
    expect(attributionLine([zartonk])).toBe('Zartonk Media via Medya News');
  });

  it('counts one further source in the singular', () => {
    expect(attributionLine([zartonk, medya])).toBe('Zartonk Media via Medya News and 1 other source');
  });

  it('counts further sources in the plural', () => {
    expect(attributionLine([zartonk, medya, france])).toBe('Zartonk Media via Medya News and 2 other sources');
  });

  it('counts a repeated attribution once', () => {
    expect(attributionLine([zartonk, { ...zartonk }])).toBe('Zartonk Media via Medya News');
  });

  it('keeps the first occurrence order when removing duplicates', () => {
    expect(attributionLine([france, zartonk, france])).toBe('Government of France via Medya News and 1 other source');
  });

  it('treats the same claimant through different outlets as different sources', () => {
    expect(attributionLine([zartonk, { claimant: 'Zartonk Media' }])).toBe(
      'Zartonk Media via Medya News and 1 other source',
    );
  });

  it('lists two shown attributions with "and"', () => {
    expect(attributionLine([medya, zartonk], 2)).toBe('Medya News and Zartonk Media via Medya News');
  });

  it('lists three shown attributions with commas and a final "and"', () => {
    expect(attributionLine([medya, zartonk, france], 3)).toBe(
      'Medya News, Zartonk Media via Medya News and Government of France via Medya News',
    );
  });

  it('shows as many as asked and counts the rest', () => {
    expect(attributionLine([medya, zartonk, france, eu], 2)).toBe(
      'Medya News, Zartonk Media via Medya News and 2 other sources',
    );
  });

  it('shows at least one attribution even when asked for none', () => {
    expect(attributionLine([medya, zartonk], 0)).toBe('Medya News and 1 other source');
  });
});
