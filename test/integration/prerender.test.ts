// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialDataFor, prerenderPaths, renderPage, serializeInitialData } from '../../src/entry-server';
import { largeDataset, seedDataset, withCorrectionAndWithdrawal, withHistoryAndRivalClaim } from '../fixtures';
import { sourcesSlice } from '../../src/data/resources/sources-slice';

const dataset = seedDataset();
const { id, title, asOf, revision } = dataset;
const data = { dataset, list: { datasets: [{ id, title, asOf, revision }] } };

describe('pages rendered ahead of time', () => {
  it('hold the headline figures, their sources and dates in the HTML itself', async () => {
    const html = await renderPage('/', data);
    expect(html).toContain('120,000');
    expect(html).toContain('Medya News');
    expect(html).toMatch(/<time datetime="2023-09-19"/i);
    expect(html).not.toContain('Loading');
  });

  it('render a figure page with its lazily loaded code, not a loading state', async () => {
    const html = await renderPage('/figures/casualties-19-september', data);
    expect(html).toContain('Casualties of the 19 September offensive');
    expect(html).toContain('Zartonk Media');
    expect(html).not.toContain('Loading the page');
    expect(html).toContain('Every claim');
    expect(html).toContain('Current value');
  });

  it('say in the HTML where parties disagree, and list every claim of the figure', async () => {
    const contested = { dataset: withHistoryAndRivalClaim(dataset), list: data.list };
    expect(await renderPage('/', contested)).toContain('2 parties disagree: 2 to 5 civilians killed');
    const html = await renderPage('/figures/casualties-19-september', contested);
    expect(html).toContain('Test Ombudsman');
    expect(html.match(/<tr id="claim-/g)).toHaveLength(3);
  });

  /*
   * Past about 12 KB of HTML React would write a page's content after its
   * loading fallback and swap them with an inline script, which the Content
   * Security Policy blocks: without that, every page must come whole.
   */
  it('come whole at any size: no inline script, no loading state, no duplicate ids', async () => {
    const large = { dataset: largeDataset(75, 200), list: data.list };
    for (const pathname of prerenderPaths(large.dataset)) {
      const html = await renderPage(pathname, initialDataFor(pathname, large.dataset, large.list));
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), pathname).toBeNull();
      expect(html, pathname).not.toContain('Loading');
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        pathname,
      ).toEqual([]);
    }
    const figure = await renderPage('/figures/large-figure-3', large);
    expect(figure).toContain('Large figure 3');
    expect(figure).toContain('<tr id="claim-large-3-199"');
    expect(await renderPage('/sources', initialDataFor('/sources', large.dataset, large.list))).toContain(
      'Source large-monitor',
    );
  }, 120_000);

  it('look the same rendered from the slice each page embeds as from the whole dataset', async () => {
    for (const whole of [withCorrectionAndWithdrawal(dataset), largeDataset(12, 40)]) {
      for (const pathname of prerenderPaths(whole)) {
        const slice = initialDataFor(pathname, whole, data.list);
        // The sources page reads a shape of its own, never a dataset: data/sources-slice tests it against the whole.
        const full = pathname === '/sources' ? sourcesSlice(whole) : whole;
        expect(await renderPage(pathname, slice), pathname).toBe(
          await renderPage(pathname, { ...data, dataset: full, renderedOn: slice.renderedOn }),
        );
      }
    }
  }, 120_000);

  it('embed a dashboard, update and figure pages whose data does not grow with the history', () => {
    const size = (claims: number, pathname: string) =>
      serializeInitialData(initialDataFor(pathname, largeDataset(10, claims), data.list)).length;
    expect(size(400, '/')).toBeLessThan(size(4, '/') * 1.05);
    expect(size(400, '/update')).toBeLessThan(size(4, '/update') * 1.05);
    expect(size(400, '/figures/large-figure-2')).toBeLessThan(size(400, '/') + 400 * 300);
  });

  it('carry the notice that the data is historical, so it does not push the figures down later', async () => {
    const html = await renderPage('/', initialDataFor('/', dataset, data.list));
    expect(html).toContain('Historical data:');
    expect(html.indexOf('Historical data:')).toBeLessThan(html.indexOf('figures-heading'));
  });
});
