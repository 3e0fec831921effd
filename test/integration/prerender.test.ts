// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/entry-server';
import { seedDataset } from '../fixtures';

const dataset = seedDataset();
const data = { dataset, list: { datasets: [] } };

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
  });
});
