import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { PreviewCard } from '../src/data/words/page-preview';
import { escapeHtml } from './html';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './link-preview';

/*
 * A page's preview image, drawn as SVG and turned into PNG at build time
 * (social sites refuse SVG images). The font comes from a package rather
 * than the system, so the image is the same on every machine, a bare
 * container included. resvg cannot wrap text, so lines are broken here by
 * an estimate of the font's width: generous, so a line never runs off.
 */

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = 'DejaVu Sans';
const FONT_FILES = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

const MARGIN = 72;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * MARGIN;
// The widest an average character of DejaVu Sans runs, in ems; bold runs wider.
const CHAR_EM = { normal: 0.55, bold: 0.6 };
const COLORS = { bg: '#f7f6f2', text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b4f8a' };

type Weight = keyof typeof CHAR_EM;

/* Text as one line of XML character data: no control characters, which XML forbids, and no line breaks. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML refuses
  return text.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
}

function capacity(size: number, weight: Weight): number {
  return Math.floor(TEXT_WIDTH / (size * CHAR_EM[weight]));
}

/** Breaks `text` into lines of at most `max` characters, at spaces where it can. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(/\s+/)) {
    for (let rest = word; rest;) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= max) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/* At most `count` lines; the last one ends in an ellipsis when text was left out. */
function clip(lines: string[], count: number, max: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  kept[count - 1] = `${kept[count - 1]!.slice(0, max - 1).trimEnd()}…`;
  return kept;
}

interface Block {
  lines: string[];
  size: number;
}

/* The largest size from `sizes` at which the texts, each wrapped, fit in `height`; the smallest, clipped, otherwise. */
function fit(texts: string[], sizes: number[], height: number, weight: Weight, leading: number): Block {
  for (const size of sizes) {
    const lines = texts.flatMap((text) => wrap(text, capacity(size, weight)));
    if (lines.length * size * leading <= height) return { lines, size };
  }
  const size = sizes.at(-1)!;
  const lines = texts.flatMap((text) => wrap(text, capacity(size, weight)));
  return { lines: clip(lines, Math.max(1, Math.floor(height / (size * leading))), capacity(size, weight)), size };
}

function oneLine(text: string, size: number, weight: Weight): string {
  const max = capacity(size, weight);
  return clip(wrap(text, max), 1, max)[0] ?? '';
}

function textLines(lines: string[], x: number, top: number, size: number, leading: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${Math.round(top + size + i * size * leading)}" font-size="${size}" ${attrs}>${escapeHtml(line)}</text>`,
    )
    .join('');
}

/** The preview image as SVG: the dataset's title, the heading, the value, its source and date, and the site's name. */
export function previewSvg(card: PreviewCard, siteName: string): string {
  const leading = 1.2;
  const kickerSize = 28;
  const kickerTop = 56;
  const heading = fit([card.heading], [54, 46], 2 * 54 * leading, 'bold', leading);
  const headingTop = kickerTop + kickerSize * leading + 16;
  const valueTop = headingTop + heading.lines.length * heading.size * leading + 24;
  const footTop = 470;
  const value = fit(card.lines, [64, 52, 44, 36, 30, 26], footTop - valueTop - 16, 'bold', leading);
  const small = 30;
  const font = `font-family="${FONT}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="${COLORS.bg}"/>`,
    `<rect width="100%" height="14" fill="${COLORS.accent}"/>`,
    textLines(
      [oneLine(card.kicker, kickerSize, 'normal')],
      MARGIN,
      kickerTop,
      kickerSize,
      leading,
      `${font} fill="${COLORS.muted}"`,
    ),
    textLines(
      heading.lines,
      MARGIN,
      headingTop,
      heading.size,
      leading,
      `${font} font-weight="bold" fill="${COLORS.text}"`,
    ),
    textLines(value.lines, MARGIN, valueTop, value.size, leading, `${font} font-weight="bold" fill="${COLORS.accent}"`),
    `<rect x="${MARGIN}" y="${footTop}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.muted}"/>`,
    textLines(
      [oneLine(card.source, small, 'normal')],
      MARGIN,
      footTop + 16,
      small,
      leading,
      `${font} fill="${COLORS.text}"`,
    ),
    textLines(
      [oneLine(`${card.date} · ${siteName}`, small, 'normal')],
      MARGIN,
      footTop + 16 + small * leading + 8,
      small,
      leading,
      `${font} fill="${COLORS.muted}"`,
    ),
    '</svg>',
  ].join('');
}

/** The SVG drawn as a PNG of its own size, with the bundled font only. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}
