// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/entry-server';
import { seedDataset, withHistoryAndRivalClaim } from '../fixtures';

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
    expect(html).toContain('Every claim');
    expect(html).toContain('Shown as the current value');
  });

  it('say in the HTML where parties disagree, and list every claim of the figure', async () => {
    const contested = { dataset: withHistoryAndRivalClaim(dataset), list: data.list };
    expect(await renderPage('/', contested)).toContain('2 parties disagree: 2 to 5 civilians killed');
    const html = await renderPage('/figures/casualties-19-september', contested);
    expect(html).toContain('Test Ombudsman');
    expect(html.match(/<tr id="claim-/g)).toHaveLength(3);
  });
});
