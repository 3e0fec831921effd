import { describe, expect, it } from 'vitest';
import { embedHeight, embedPath, embedSnippet, isEmbedPath } from './embed';
import type { Figure } from '../schema/schema';

const casualties: Figure = {
  id: 'casualties-19-september',
  kind: 'count',
  label: 'Casualties of the "19 September" offensive & after',
  unit: 'people',
  measures: [
    { key: 'killed', label: 'killed' },
    { key: 'injured', label: 'injured' },
  ],
};

describe('embeds', () => {
  it('live under /embed/, apart from the pages that must not be framed', () => {
    expect(embedPath('blockade-duration')).toBe('/embed/figures/blockade-duration');
    expect(isEmbedPath('/embed/figures/blockade-duration')).toBe(true);
    expect(isEmbedPath('/figures/blockade-duration')).toBe(false);
    expect(isEmbedPath('/embedded')).toBe(false);
  });

  it('give a snippet with the absolute address, the figure as its title, escaped, and room for each measure', () => {
    expect(embedSnippet('https://dashboard.example.org', casualties)).toBe(
      '<iframe src="https://dashboard.example.org/embed/figures/casualties-19-september"' +
        ' title="Casualties of the &quot;19 September&quot; offensive &amp; after"' +
        ' width="100%" height="340" style="border:0" loading="lazy"></iframe>',
    );
    const one = { ...casualties, measures: casualties.measures.slice(0, 1) };
    expect(embedHeight(one)).toBeLessThan(embedHeight(casualties));
  });
});
