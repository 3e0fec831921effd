import { describe, expect, it } from 'vitest';
import { previewFor } from './link-preview-for';
import { seedDataset } from '../../test/fixtures';

describe('previewFor', () => {
  it('gives the dashboard and each figure’s page a card of its figures', () => {
    const dataset = seedDataset();
    expect(previewFor('/', dataset).card?.heading).toBe(dataset.title);
    const figure = previewFor('/figures/blockade-duration', dataset);
    expect(figure.description).toMatch(/^Blockade duration: 281 days, as of/);
    expect(figure.card?.lines).toEqual(['281 days']);
  });

  it('describes the other pages in plain words, with no card of their own', () => {
    const dataset = seedDataset();
    for (const path of ['/sources', '/update', '/404', '/figures/no-such-figure']) {
      const preview = previewFor(path, dataset);
      expect(preview.card).toBeUndefined();
      expect(preview.description).not.toBe('');
    }
    expect(previewFor('/sources', dataset).description).toContain(dataset.title);
  });
});
