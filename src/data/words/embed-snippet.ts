import type { Figure } from '../schema/schema';
import { embedPath } from './embed';

/*
 * The HTML another site pastes to frame a figure's card, and the heights it
 * gives the frame. Apart from embed.ts, which the first screen loads to know
 * an embed's address: only the figure's page needs this.
 */

/** From this width (CSS pixels) the card gives each part one line, not two, and its frame is lower. */
export const EMBED_WIDE_FROM = 560;

/*
 * The card's sizes, as the stylesheet sets them (.embed-card in
 * src/app/styles.css: change both together), in rem of 16 pixels, the
 * browsers' default text size. A measure's line holds its large number,
 * which sits a little above the smaller words' baseline, so it counts a
 * little more than its line-height.
 */
const REM = 16;
const FRAME = {
  /** The borders (4 above, 2 below when the card is dashed for an allegation) and the credit's rule. */
  borders: 7,
  /** Padding above and below, the four gaps between the five parts, the status line and the credit's padding. */
  fixed: 1.5 + 4 * 0.4 + 1.5 + 0.4,
  label: 2 * 1.375,
  measureLine: 2.125,
  smallLine: 1.125,
};

/**
 * How high the frame must be for the figure's card never to be cut off: on a
 * narrow frame, where every part may take two lines, and on a wide one
 * (`EMBED_WIDE_FROM` and more), where each takes one but for the label and
 * the notes. It follows from the
 * figure's kind and number of measures alone, so a snippet pasted today
 * still fits the card after new claims, notes or longer names come.
 */
export function embedHeights(figure: Figure): { narrow: number; wide: number } {
  const height = (lines: number) => {
    // A count's measures, or a duration's days on one line and its dates below.
    const value =
      figure.kind === 'count'
        ? figure.measures.length * lines * FRAME.measureLine
        : FRAME.measureLine + lines * FRAME.smallLine;
    // The notes, two lines at any width, then the sources and the credit.
    const small = (2 + 2 * lines) * FRAME.smallLine;
    return Math.ceil(FRAME.borders + REM * (FRAME.fixed + FRAME.label + value + small));
  };
  return { narrow: height(2), wide: height(1) };
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The HTML another site pastes to show a figure. `origin` is where the
 * dashboard is served. The frame fills the width of its container and takes
 * the height its card needs at that width: the container is a size
 * container, so the frame's height can follow its width in CSS alone (a
 * step from the narrow height to the wide one at `EMBED_WIDE_FROM`, written
 * with min() and max() as inline styles carry no queries). A browser without
 * container units keeps the height attribute, the narrow height, which fits
 * at any width.
 */
export function embedSnippet(origin: string, figure: Figure): string {
  const src = `${origin}${embedPath(figure.id)}`;
  const { narrow, wide } = embedHeights(figure);
  const height = `max(${wide}px, min(${narrow}px, calc((${EMBED_WIDE_FROM}px - 100cqw) * 1000 + ${wide}px)))`;
  return (
    `<div style="container-type:inline-size">` +
    `<iframe src="${attribute(src)}" title="${attribute(figure.label)}" width="100%" height="${narrow}"` +
    ` style="display:block;border:0;height:${height}" loading="lazy"></iframe></div>`
  );
}
