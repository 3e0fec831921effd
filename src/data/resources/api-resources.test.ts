import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../../test/fixtures';
import { allResources, cutResource, readResourcePath, resourcePath, type ResourceRef } from './api-resources';

const dataset = seedDataset();
const figureId = dataset.figures[0]!.id;

describe('the table of API resources', () => {
  it.each<[string, ResourceRef]>([
    ['nagorno-karabakh-2023-09', { name: 'dataset' }],
    ['nagorno-karabakh-2023-09/dashboard', { name: 'dashboard' }],
    ['nagorno-karabakh-2023-09/sources', { name: 'sources' }],
    ['nagorno-karabakh-2023-09/other-figures/2', { name: 'other-figures', page: '2' }],
    [`nagorno-karabakh-2023-09/figures/${figureId}`, { name: 'figure', figureId }],
  ])('reads %s back into its resource, and writes it the same', (path, ref) => {
    expect(readResourcePath(path)).toEqual({ id: 'nagorno-karabakh-2023-09', ref });
    expect(readResourcePath(`${path}.json`)).toEqual({ id: 'nagorno-karabakh-2023-09', ref });
    expect(resourcePath('nagorno-karabakh-2023-09', ref)).toBe(path);
  });

  it.each([
    ['an empty address', ''],
    ['the audit trail', 'nagorno-karabakh-2023-09/revisions'],
    ['a revision', 'nagorno-karabakh-2023-09/revisions/3'],
    ['an unknown part', 'nagorno-karabakh-2023-09/secrets'],
    ['a figure without an id', 'nagorno-karabakh-2023-09/figures'],
    ['a broken escape', 'nagorno-karabakh-2023-09/figures/%E0%A4%A'],
  ])('names no resource for %s', (_, path) => {
    expect(readResourcePath(path)).toBeNull();
  });

  it('decodes escaped ids', () => {
    expect(readResourcePath('a%20b/figures/c%2Fd')).toEqual({ id: 'a b', ref: { name: 'figure', figureId: 'c/d' } });
  });

  it('cuts each part, and says why when the dataset has none', () => {
    const figure = cutResource(dataset, { name: 'figure', figureId });
    expect(figure.ok && 'figures' in figure.body && figure.body.figures.map((f) => f.id)).toEqual([figureId]);
    expect(cutResource(dataset, { name: 'figure', figureId: 'nope' })).toEqual({
      ok: false,
      missing: 'There is no figure "nope" in this dataset',
    });
    expect(cutResource(dataset, { name: 'other-figures', page: 'x' })).toEqual({
      ok: false,
      missing: 'There is no page x of other figures in this dataset',
    });
    expect(cutResource(dataset, { name: 'dataset' })).toEqual({ ok: true, body: dataset });
  });

  it('lists every resource a static copy holds: one per figure and one per page of other figures', () => {
    const refs = allResources(dataset);
    expect(refs.filter((r) => r.name === 'figure')).toHaveLength(dataset.figures.length);
    expect(refs.filter((r) => r.name !== 'figure' && r.name !== 'other-figures').map((r) => r.name)).toEqual([
      'dataset',
      'dashboard',
      'sources',
    ]);
    expect(refs.every((ref) => cutResource(dataset, ref).ok)).toBe(true);
  });
});
