import type { ChartSeries } from './chart-data';
import { shapePath } from './marker-shape';

/*
 * The history chart as a file of its own: the chart drawn on screen, with
 * its title, sources, date, revision and legend written into the picture,
 * so the numbers keep their sources wherever the image goes. Colours are
 * the light scheme's and every style is an attribute: the file looks the
 * same in any viewer, whatever the page's CSS or colour scheme was.
 */

export interface ChartPicture {
  /** The figure's label. */
  title: string;
  /** The measure drawn: "civilians killed". */
  measure: string;
  series: Pick<ChartSeries, 'name' | 'colour' | 'shape' | 'points'>[];
  /** "Data as of 19 September 2023 · revision 3 of 28 November 2026 · Nagorno-Karabakh dashboard". */
  dated: string;
  /** How to read the markers, as under the chart on screen. */
  key: string;
  /** The chart's own <svg> element as markup, and its size. */
  chart: { markup: string; width: number; height: number };
}

const PAD = 16;
const MIN_WIDTH = 480;
const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Helvetica, Arial, sans-serif";
/* An average glyph is about this share of the font size wide: enough to wrap lines without measuring text. */
const GLYPH = 0.56;

/* Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE and U+FFFF) are dropped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for an SVG text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Words in lines of at most `max` characters; a word longer than a line is cut. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, max));
      line = '';
      rest = rest.slice(max);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Who is drawn: each claimant with the outlet that published them, once, in the order first met. */
export function chartSources(series: ChartPicture['series']): string[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.attribution)))];
}

/** A file name from the figure, the measure when the figure has several, and the revision. */
export function chartFileName(figureId: string, measure: string | undefined, revision: number, ext: 'svg' | 'png') {
  return `${[figureId, measure, `r${revision}`].filter(Boolean).join('-')}.${ext}`.replace(/[^\w.-]+/g, '-');
}

interface Block {
  lines: string[];
  size: number;
  colour: string;
  bold?: boolean;
}

/** The whole picture as an SVG document, with its size in CSS pixels. */
export function chartSvg(picture: ChartPicture): { svg: string; width: number; height: number } {
  const width = Math.max(MIN_WIDTH, Math.ceil(picture.chart.width)) + 2 * PAD;
  const inner = width - 2 * PAD;
  const wrap = (text: string, size: number) => wrapText(text, Math.floor(inner / (size * GLYPH)));
  const sources = chartSources(picture.series);

  const parts: string[] = [];
  let y = PAD;
  const write = ({ lines, size, colour, bold }: Block) => {
    for (const line of lines) {
      y += size * 1.3;
      parts.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" fill="${colour}"${bold ? ' font-weight="700"' : ''}>${escapeXml(line)}</text>`,
      );
    }
  };

  write({ lines: wrap(picture.title, 20), size: 20, colour: TEXT, bold: true });
  write({ lines: wrap(picture.measure, 15), size: 15, colour: TEXT });
  write({
    lines: wrap(`${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`, 13),
    size: 13,
    colour: TEXT,
  });
  write({ lines: wrap(picture.dated, 13), size: 13, colour: MUTED });

  y += 8;
  const { markup, height: chartHeight } = picture.chart;
  // The chart's own text inherits the size it has on screen.
  parts.push(`<g transform="translate(${PAD} ${y.toFixed(1)})" font-size="16">${markup}</g>`);
  y += chartHeight + 8;

  // The legend in rows, as on screen: a marker, then the claimant's name.
  const size = 14;
  let x = PAD;
  y += size * 1.3;
  for (const s of picture.series) {
    const label = s.name.replace(NOT_XML, '');
    const entry = 22 + Math.ceil(label.length * size * GLYPH) + 16;
    if (x > PAD && x + entry > width - PAD) {
      x = PAD;
      y += size * 1.6;
    }
    parts.push(
      `<path d="${shapePath(s.shape, x + 8, y - size * 0.35, 5)}" fill="${escapeXml(s.colour)}"/>`,
      `<text x="${x + 22}" y="${y.toFixed(1)}" font-size="${size}" fill="${TEXT}">${escapeXml(label)}</text>`,
    );
    x += entry;
  }
  y += 6;
  write({ lines: wrap(picture.key, 12), size: 12, colour: MUTED });

  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(`${picture.title}: ${picture.measure}`)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
