import { describe, expect, it } from 'vitest';
import { prerenderPaths, resourceFor } from './routes';
import { previewFor } from './describe-page';
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

describe('every page rendered ahead of time', () => {
  const dataset = seedDataset();

  it.each(prerenderPaths(dataset).filter((path) => path !== '/404'))('%s has a description of its own', (path) => {
    expect(previewFor(path, dataset).description).not.toBe(previewFor('/404', dataset).description);
  });

  it('describes the about page as the about page', () => {
    expect(previewFor('/about', dataset).description).toMatch(/^Where the figures of .* come from/);
  });
});

describe('the resource each page reads', () => {
  it.each([
    ['/', { name: 'dashboard' }],
    ['/figures/blockade-duration', { name: 'figure', figureId: 'blockade-duration' }],
    ['/embed/figures/blockade-duration', { name: 'figure', figureId: 'blockade-duration' }],
    ['/sources', { name: 'sources' }],
    ['/update', { name: 'dashboard' }],
    ['/about', { name: 'dashboard' }],
    ['/404', { name: 'dashboard' }],
  ])('%s reads %o', (path, ref) => {
    expect(resourceFor(path)).toEqual(ref);
  });
});
