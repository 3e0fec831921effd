import { describe, expect, it } from 'vitest';
import { previewSvg, renderPng, wrap } from './preview-image';
import { pngSize } from '../test/png';
import type { PreviewCard } from '../src/data/words/page-preview';

const CARD: PreviewCard = {
  kicker: 'Nagorno-Karabakh: blockade and offensive',
  heading: 'Casualties of the 19 September offensive',
  lines: ['2 civilians killed, of whom 1 child', '23 injured'],
  source: 'Source: Zartonk Media via Medya News',
  date: 'As of 19 September 2023',
};

/* The text of each <text> element, as an SVG reader gets it. */
function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe('wrap', () => {
  it('breaks at spaces, within the width', () => {
    expect(wrap('about 120,000 ethnic Armenians', 14)).toEqual(['about 120,000', 'ethnic', 'Armenians']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('previewSvg', () => {
  it('shows the dataset, the heading, each value line, the source, the date and the site', () => {
    const shown = texts(previewSvg(CARD, 'Nagorno-Karabakh dashboard')).join('\n');
    for (const text of ['Nagorno-Karabakh: blockade and offensive', '23 injured', 'Zartonk Media via Medya News'])
      expect(shown).toContain(text);
    expect(shown).toContain('As of 19 September 2023 · Nagorno-Karabakh dashboard');
    expect(shown.replace(/\n/g, ' ')).toContain('Casualties of the 19 September offensive');
  });

  it('keeps hostile text as text: escaped, without control characters', () => {
    const hostile = '</text><script>alert(1)</script> & "x"\u0007';
    const svg = previewSvg({ ...CARD, heading: hostile, source: hostile }, 'Site');
    expect(svg).not.toContain('<script');
    expect(texts(svg).join(' ')).toContain('</text><script>alert(1)</script> & "x"');
  });

  it('clips a value too long for the image, ending in an ellipsis', () => {
    const lines = texts(previewSvg({ ...CARD, lines: ['word '.repeat(400)] }, 'Site'));
    expect(lines.length).toBeLessThan(20);
    expect(lines.some((line) => line.endsWith('…'))).toBe(true);
  });
});

describe('renderPng', () => {
  it('draws a PNG of 1200×630', () => {
    expect(pngSize(renderPng(previewSvg(CARD, 'Site')))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the text: a card with words weighs more than one without', () => {
    const empty = { kicker: '', heading: '', lines: [], source: '', date: '' };
    expect(renderPng(previewSvg(CARD, 'Site')).length).toBeGreaterThan(renderPng(previewSvg(empty, '')).length + 5000);
  });
});
