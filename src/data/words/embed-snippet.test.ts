import { describe, expect, it } from 'vitest';
import { EMBED_WIDE_FROM, embedHeights, embedSnippet } from './embed-snippet';
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

describe('embed snippets', () => {
  it('give a snippet with the absolute address, and the figure as its title, escaped', () => {
    const snippet = embedSnippet('https://dashboard.example.org', casualties);
    expect(snippet).toContain('<iframe src="https://dashboard.example.org/embed/figures/casualties-19-september"');
    expect(snippet).toContain(' title="Casualties of the &quot;19 September&quot; offensive &amp; after"');
  });

  /* 375 = 7 px of borders and 16 px × (5 rem of padding, gaps and the status line, 2.75 of label, 2 measures × 2 lines × 2.125, 6 small lines × 1.125). */
  it('give a frame that fills its container, in a container whose width the frame’s height can follow', () => {
    expect(embedSnippet('https://dashboard.example.org', casualties)).toBe(
      '<div style="container-type:inline-size">' +
        '<iframe src="https://dashboard.example.org/embed/figures/casualties-19-september"' +
        ' title="Casualties of the &quot;19 September&quot; offensive &amp; after" width="100%" height="375"' +
        ' style="display:block;border:0;height:max(271px, min(375px, calc((560px - 100cqw) * 1000 + 271px)))"' +
        ' loading="lazy"></iframe></div>',
    );
  });

  it('give the narrow height as the height attribute, for browsers without container units', () => {
    expect(embedSnippet('https://x.org', casualties)).toContain(`height="${embedHeights(casualties).narrow}"`);
  });

  it('step down to the wide height where the card takes one line a part', () => {
    expect(EMBED_WIDE_FROM).toBe(560);
    const { narrow, wide } = embedHeights(casualties);
    expect(wide).toBeLessThan(narrow);
  });

  it('make room for each measure', () => {
    const one = { ...casualties, measures: casualties.measures.slice(0, 1) };
    expect(embedHeights(casualties).narrow - embedHeights(one).narrow).toBe(68);
    expect(embedHeights(casualties).wide - embedHeights(one).wide).toBe(34);
  });

  it('make room for a duration’s days and its dates', () => {
    const duration: Figure = {
      id: 'blockade-duration',
      kind: 'duration',
      label: 'Blockade duration',
      status: 'reported',
      start: '2022-12-12',
      citations: ['c'],
    };
    // The 2-measure count's frame with one line of 2.125rem for the days in place of its measures, and the dates' lines.
    expect(embedHeights(duration)).toEqual({ narrow: 375 - 4 * 34 + 34 + 2 * 18, wide: 271 - 2 * 34 + 34 + 18 });
  });
});
