import { describe, expect, it } from 'vitest';
import { chartFileName, chartSources, chartSvg, escapeXml, wrapText, type ChartPicture } from './chart-svg';
import type { ChartPoint } from './chart-data';

function point(attribution: string): ChartPoint {
  return {
    time: 0,
    value: 1,
    marker: 'exact',
    claimId: 'c',
    when: '19 September 2023',
    valueText: '1',
    attribution,
    status: 'Reported',
  };
}

const picture: ChartPicture = {
  title: 'Casualties of the 19 September offensive',
  measure: 'civilians killed',
  series: [
    { name: 'Zartonk Media', colour: '#0b4f8a', shape: 'circle', points: [point('Zartonk Media via Medya News')] },
    {
      name: 'Test Ombudsman',
      colour: '#b3400a',
      shape: 'square',
      points: [point('Test Ombudsman'), point('Test Ombudsman via Medya News'), point('Test Ombudsman')],
    },
  ],
  dated: 'Data as of 19 September 2023 · revision 3 of 28 November 2026 · Nagorno-Karabakh dashboard',
  key: 'Filled: exact · ○ hollow: about',
  chart: {
    markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="280"><g id="plot"/></svg>',
    width: 600,
    height: 280,
  },
};

/* The text of every <text> element, in order, as a reader of the picture sees it. */
function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return [...doc.querySelectorAll('text')].map((t) => t.textContent);
}

describe('chartSvg', () => {
  it('writes the title, measure, every source, date and revision, and the legend into the picture', () => {
    const { svg } = chartSvg({ ...picture, chart: { ...picture.chart, width: 900 } });
    expect(texts(svg)).toEqual([
      'Casualties of the 19 September offensive',
      'civilians killed',
      'Sources: Zartonk Media via Medya News; Test Ombudsman; Test Ombudsman via Medya News',
      'Data as of 19 September 2023 · revision 3 of 28 November 2026 · Nagorno-Karabakh dashboard',
      'Zartonk Media',
      'Test Ombudsman',
      'Filled: exact · ○ hollow: about',
    ]);
    expect(svg).toContain('<g id="plot"/>');
  });

  it('is sized from the chart, on a white ground, with its colours and fonts as attributes', () => {
    const { svg, width, height } = chartSvg(picture);
    expect(width).toBe(632);
    expect(height).toBeGreaterThan(280 + 100);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="632" height="${height}" `));
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toMatch(/font-family="system-ui, [^"]*sans-serif"/);
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('fill="#0b4f8a"');
  });

  it('keeps a narrow chart wide enough for its lines, wrapping a long title', () => {
    const long = { ...picture, title: 'A very long title '.repeat(8).trim(), chart: { ...picture.chart, width: 300 } };
    const { svg, width } = chartSvg(long);
    expect(width).toBe(512);
    const lines = texts(svg);
    expect(lines.indexOf('civilians killed')).toBeGreaterThan(1);
    expect(lines.slice(0, lines.indexOf('civilians killed')).join(' ')).toBe(long.title);
  });

  it('writes hostile text as text: no markup, script or entity gets through, and the file still parses', () => {
    const hostile = '</text><script>alert(1)</script><a href="javascript:x">&amp; \u0000\u0007\uFFFF\uD800 "q" \'s\'';
    const { svg } = chartSvg({
      ...picture,
      title: hostile,
      measure: hostile,
      dated: hostile,
      series: [{ ...picture.series[0]!, name: hostile, points: [point(hostile)] }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<a ');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, a')).toBeNull();
    const visible = '</text><script>alert(1)</script><a href="javascript:x">&amp;  "q" \'s\'';
    expect(texts(svg).join(' ')).toContain('<script>alert(1)</script>');
    expect(doc.querySelector('title')?.textContent).toBe(`${visible}: ${visible}`);
  });
});

describe('escapeXml', () => {
  it('escapes the five characters XML reserves and drops the ones it cannot hold', () => {
    expect(escapeXml(`<a b="c" d='e'>&`)).toBe('&#60;a b=&#34;c&#34; d=&#39;e&#39;&#62;&#38;');
    expect(escapeXml('a\u0000b\u001Fc\té😀\uDC00')).toBe('abc\té😀');
  });
});

describe('wrapText', () => {
  it('breaks between words, and cuts a word longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrapText('  ', 10)).toEqual([]);
  });
});

describe('chartSources', () => {
  it('names each claimant and outlet drawn once, in order', () => {
    expect(chartSources(picture.series)).toEqual([
      'Zartonk Media via Medya News',
      'Test Ombudsman',
      'Test Ombudsman via Medya News',
    ]);
  });
});

describe('chartFileName', () => {
  it('is made of the figure, the measure when there are several, and the revision', () => {
    expect(chartFileName('casualties-19-september', 'killed', 3, 'png')).toBe('casualties-19-september-killed-r3.png');
    expect(chartFileName('population', undefined, 12, 'svg')).toBe('population-r12.svg');
    expect(chartFileName('a b/c', 'd', 1, 'svg')).toBe('a-b-c-d-r1.svg');
  });
});
