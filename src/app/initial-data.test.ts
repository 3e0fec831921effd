import { describe, expect, it } from 'vitest';
import { parseInitialData, serializeInitialData } from './initial-data';
import { seedDataset } from '../../test/fixtures';

const list = { datasets: [] };

describe('initial data embedded in a page', () => {
  it('cannot close its script element or open a comment, whatever the strings hold', () => {
    const dataset = seedDataset();
    dataset.title = '</script><script>alert(1)</script><!-- \u2028';
    const text = serializeInitialData({ dataset, list });
    expect(text).not.toMatch(/<\/script|<!--|\u2028/i);
    expect(JSON.parse(text).dataset.title).toBe(dataset.title);
  });

  it('reads back what was written', () => {
    const dataset = seedDataset();
    const read = parseInitialData(serializeInitialData({ dataset, list, pathname: '/sources' }));
    expect(read).toEqual({ dataset, list, pathname: '/sources' });
  });

  it.each([
    ['not JSON', '{"dataset":'],
    ['not an object', '42'],
    ['a dataset without figures', JSON.stringify({ dataset: { ...seedDataset(), figures: 'none' }, list })],
    ['missing its list', JSON.stringify({ dataset: seedDataset() })],
    ['an array', JSON.stringify([seedDataset(), list])],
  ])('is refused when it is %s', (_, text) => {
    expect(parseInitialData(text)).toBeNull();
  });
});
